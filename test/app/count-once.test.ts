/**
 * One person, one count: Score and Distribution count a person once when the roster
 * holds self and manager rows (the agreed level, else the manager's, else the self-
 * assessment) and say which they used; an empty row is nobody. On the memory workbook
 * and on the Excel double under both host profiles.
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { WorkbookAdapter } from "../../src/adapters/workbook";
import { createRoster, drawDistribution, peopleCountedMessage, scoreRoster } from "../../src/app/roster";
import { compareSelfManager } from "../../src/app/rounds";
import type { SheetCell } from "../../src/core/sheets/sheet-table";
import { HEADER, hardware, type Person } from "../core/rounds/roster";
import { ExcelDouble, type Profile } from "../helpers/excel-double";

const excel = (profile: Profile) => (): WorkbookAdapter => {
  new ExcelDouble({}, profile).install();
  return new ExcelWorkbook();
};
const ADAPTERS: [string, () => WorkbookAdapter][] = [
  ["memory", () => new MemoryWorkbook()],
  ["Excel desktop", excel("desktop")],
  ["Excel web", excel("web")],
];

const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;

async function roster(wb: WorkbookAdapter, people: readonly Person[]): Promise<void> {
  const rows = people.map((p) => HEADER.map((h) => String(p[h] ?? "")) as SheetCell[]);
  await wb.writeTables([
    { sheet: "Roster", table: "Roster", headers: [...HEADER], rows, text: HEADER.map(() => true) },
  ]);
}

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
const ito = { "Employee ID": "E002", Name: "Ito", Department: "Desk" };
const mori = { "Employee ID": "E003", Name: "Mori", Department: "Desk" };

describe.each(ADAPTERS)("counting people once on %s", (_, make) => {
  it("counts self and manager rows as one person, at the manager's level, else the self-assessment", async () => {
    const wb = make();
    await roster(wb, [
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(4) },
      { ...ito, "Assessed by": "本人", ...hardware(3) },
      { ...ito, "Assessed by": "上長", ...hardware(3) },
      { ...mori, "Assessed by": "Self", ...hardware(4) },
      {}, // an empty row is nobody
    ]);
    const scored = await scoreRoster(wb, { ...options, mode: "values" });
    expect(scored.scored).toBe(5);
    expect(scored.invalid).toEqual([]);
    expect(scored.perLevel.reduce((a, b) => a + b, 0)).toBe(3);
    expect(scored.perLevel[4]).toBe(2); // Sato (manager's 4, not self's 5) and Mori (self 4)
    expect(scored.perLevel[3]).toBe(1);
    expect(scored.people).toMatchObject({
      count: 3,
      rows: 5,
      perAssessor: true,
      basis: { agreed: 0, manager: 2, self: 1, row: 0 },
    });
    expect(peopleCountedMessage(scored.people)?.en).toBe(
      "5 rows counted as 3 people: the manager's for 2, the self-assessment for 1.",
    );
    const drawn = await drawDistribution(wb, options);
    expect(drawn).toMatchObject({ total: 3, invalid: 0 });
  });

  it("uses the agreed level from the Self vs Manager sheet when it settles today's difference", async () => {
    const wb = make();
    await roster(wb, [
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(3) },
    ]);
    await compareSelfManager(wb, { lang: "en", edition: "V3" });
    const sheet = await wb.readTable("Self_vs_Manager");
    const agreedAt = (sheet?.headers ?? []).indexOf("Agreed level");
    expect(agreedAt).toBeGreaterThan(0);
    const row = [...(sheet?.rows[0] ?? [])];
    row[agreedAt] = 4;
    await wb.writeTables([
      {
        sheet: "Self vs Manager",
        table: "Self_vs_Manager",
        headers: (sheet?.headers ?? []).map(String),
        rows: [row],
      },
    ]);
    const drawn = await drawDistribution(wb, options);
    expect(drawn.people.basis).toEqual({ agreed: 1, manager: 0, self: 0, row: 0 });
    const scored = await scoreRoster(wb, { ...options, mode: "values" });
    expect(scored.perLevel[4]).toBe(1);
    expect(peopleCountedMessage(scored.people)?.ja).toBe("2行を1人として数えました（合意レベル1人）。");
  });

  it("without an Assessed by column every non-empty row is a person, and says nothing more", async () => {
    const wb = make();
    await createRoster(wb, { lang: "en", sampleRows: false, useCompanyRules: false, edition: "V3" });
    const scored = await scoreRoster(wb, { ...options, mode: "values" });
    // The template's one empty row: no row needs attention, nobody is counted.
    expect(scored).toMatchObject({
      scored: 0,
      emptyRows: 1,
      invalid: [],
      people: { count: 0, perAssessor: false },
    });
    expect(peopleCountedMessage(scored.people)).toBeNull();
    expect(await drawDistribution(wb, options)).toMatchObject({ total: 0, invalid: 0 });
  });
});
