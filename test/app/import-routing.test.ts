/**
 * Clear routing: the roster import recognises a skill or CMBOK sheet and offers the
 * import that fits, instead of flagging every row and adding a column per rating.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { importOffer, planWorkbookImport, sourceFromFile } from "../../src/app/import";
import { planCmbokImport, planSkillsImport } from "../../src/app/skills-import";

const fixture = (...path: string[]) =>
  new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", ...path)));
const source = (...path: string[]) => sourceFromFile(fixture(...path), path[path.length - 1] ?? "");

describe("the roster import recognises ratings sheets", () => {
  it.each([
    [["import", "skills-sheet-ja.csv"], "skills"],
    [["import", "cmbok-1.0-sheet.csv"], "cmbok"],
    [["import", "cmbok-2.0-sheet.csv"], "cmbok"],
  ] as const)("offers %j to the %s import, which reads it", async (path, kind) => {
    const wb = new MemoryWorkbook();
    const src = await source(...path);
    const planned = await planWorkbookImport(wb, src, { mode: "update", lang: "en" }).catch(
      (e: { offer?: unknown }) => ({ offer: e.offer }),
    );
    expect(planned.offer).toMatchObject({ kind, message: { en: expect.stringMatching(/not a roster/) } });
    expect(importOffer(src)?.kind).toBe(kind);
    // The offered import takes it.
    const offered =
      kind === "skills"
        ? await planSkillsImport(wb, src, { lang: "en" })
        : await planCmbokImport(wb, src, { lang: "en" });
    expect(offered.plan.rows.length).toBeGreaterThan(0);
  });

  it.each([
    ["import", "skills-ja.xlsx"],
    ["import", "hr-export-en.xlsx"],
    ["roster-ja.csv"],
    ["rounds-self-manager.csv"],
  ])("offers nothing for a roster (%s)", async (...path) => {
    const wb = new MemoryWorkbook();
    const planned = await planWorkbookImport(wb, await source(...path), { mode: "update", lang: "en" });
    expect(planned.offer).toBeNull();
  });
});
