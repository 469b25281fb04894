/**
 * Importing the skill sheets HR already keeps, on the in-memory workbook, from
 * fixtures written by LibreOffice (scripts/make-fixtures.py): Japanese and English
 * headers, merged title rows, units, Shift_JIS, bad values and formula-like text.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createRoster, loadStandard } from "../../src/app/roster";
import {
  applyImport,
  MAPPINGS_SETTING,
  planWorkbookImport,
  sourceFromFile,
  sourceFromSheet,
} from "../../src/app/import";
import type { ImportMode } from "../../src/core/import";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const file = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function workbookWithRoster(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadStandard(wb, "en", { overwriteEdits: false });
  await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
  return wb;
}

async function importFile(wb: MemoryWorkbook, name: string, mode: ImportMode, lang: "en" | "ja" = "en") {
  const source = await sourceFromFile(file(name), name);
  const planned = await planWorkbookImport(wb, source, { mode, lang });
  const outcome = await applyImport(wb, source, planned.plan, planned.mapping, lang);
  return { source, planned, outcome };
}

describe("importing a Japanese skill sheet (xlsx written by LibreOffice)", () => {
  it("finds the header below the merged title, maps the Japanese headers and stops at the totals row", async () => {
    const wb = await workbookWithRoster();
    const source = await sourceFromFile(file("skills-ja.xlsx"), "skills-ja.xlsx");
    const planned = await planWorkbookImport(wb, source, { mode: "append", lang: "en" });
    expect(planned.detection.headerRowNumber).toBe(4);
    expect(planned.detection.dataRows.map((r) => r.rowNumber)).toEqual([5, 6, 7, 8]);
    expect(planned.mapping.columns.map((c) => c.target)).toEqual([
      "employeeId",
      "name",
      "department",
      "field",
      "role",
      "projects",
      "complexity",
      "scope",
      "themes",
      "succession",
      "mentoring",
      "ap",
      "extra",
    ]);
    // ハードウエア (row 7) is a common spelling of ハードウェア: read, not flagged.
    expect(planned.plan.report.summary).toMatchObject({ read: 4, imported: 4, flagged: 0 });
    expect(planned.plan.report.problems).toEqual([]);
  });

  it("appends every row to the Roster table, flagged rows included, and the formula columns score the new rows", async () => {
    const wb = await workbookWithRoster();
    const before = (await wb.readTable("Roster"))!.rows.length;
    const { outcome } = await importFile(wb, "skills-ja.xlsx", "append");
    expect(outcome).toMatchObject({ sheet: "Roster", table: "Roster", summary: { imported: 4, flagged: 0 } });
    const roster = (await wb.readTable("Roster"))!;
    expect(roster.rows).toHaveLength(before + 4);
    const added = roster.rows.slice(before);
    const col = (name: string) => roster.headers.indexOf(name);
    expect(added.map((r) => r[col("Employee ID")])).toEqual(["0012", "0013", "0014", "0015"]);
    expect(added.map((r) => r[col("Projects")])).toEqual([1, 2, 1, 3]); // "１" and "2件" read as numbers
    expect(added.map((r) => r[col("Specialty Field")])).toEqual([
      "ハードウェア",
      "ハードウェア",
      "ハードウェア", // written ハードウエア: the standard's spelling lands
      "ファシリティマネジメント",
    ]);
    // 0015 (Facility Management) names no facility size, so level 3 is not reached.
    expect(added.map((r) => r[col("ITSS Level")])).toEqual([3, 4, 3, 2]);
    // The extra column is kept, after the roster's columns.
    expect(roster.headers.at(-1)).toBe("備考");
  });

  it("lands text that starts with =, +, - or @ as text, never as a formula", async () => {
    const wb = await workbookWithRoster();
    await importFile(wb, "skills-ja.xlsx", "append");
    const roster = (await wb.readTable("Roster"))!;
    const sheet = wb.sheet("Roster")!;
    const notes = roster.headers.indexOf("備考");
    const added = sheet.cells.slice(roster.rows.length - 3, roster.rows.length + 1).map((r) => r?.[notes]);
    expect(added.map((c) => c?.value)).toEqual([
      '=HYPERLINK("http://example.com","詳細")',
      "+81-3-1234-5678",
      "-5",
      "@SUM(A1)",
    ]);
    for (const c of added) {
      expect(c?.formula).toBeUndefined();
      expect(c?.text).toBe(true);
    }
  });

  it("writes an Import Report with the counts, every problem and the values it changed", async () => {
    const wb = await workbookWithRoster();
    await importFile(wb, "skills-ja.xlsx", "append", "ja");
    const summary = (await wb.readTable("ImportSummary"))!;
    expect(summary.rows.slice(1, 4)).toEqual([
      ["読み込んだ行", 4],
      ["取り込んだ行", 4],
      ["要確認の行（取り込み済み・修正が必要）", 0],
    ]);
    const problems = (await wb.readTable("ImportProblems"))!;
    expect(problems.rows).toEqual([[null, null, null, "問題はありません", null]]);
    const changes = (await wb.readTable("ImportChanges"))!;
    expect(changes.rows.map((r) => r[0])).toContain("実績件数");
  });

  it("reads the Shift_JIS and UTF-8 CSV exports of the same sheet alike", async () => {
    const wb = new MemoryWorkbook();
    const utf8 = await planWorkbookImport(wb, await sourceFromFile(file("skills-ja-utf8.csv"), "a.csv"), {
      mode: "new-sheet",
      lang: "ja",
    });
    const sjis = await planWorkbookImport(wb, await sourceFromFile(file("skills-ja-sjis.csv"), "b.csv"), {
      mode: "new-sheet",
      lang: "ja",
    });
    expect(sjis.plan.rows.map((r) => r.values)).toEqual(utf8.plan.rows.map((r) => r.values));
    expect(utf8.plan.rows[0]?.values.slice(0, 6)).toEqual([
      "0012",
      "山田 太郎",
      "保守第一課",
      null,
      "ハードウェア",
      "メンバー",
    ]);
  });
});

describe("importing an English HR export", () => {
  it("maps near-miss headers, reads units and money in yen, and flags the bad role", async () => {
    const wb = await workbookWithRoster();
    const { planned } = await importFile(wb, "hr-export-en.xlsx", "append");
    const target = (h: string) => planned.mapping.columns.find((c) => c.header === h)?.target;
    expect([
      target("Speciality Feild"),
      target("Position"),
      target("Annual Contract Value"),
      target("Grade"),
    ]).toEqual(["field", "role", "value", "extra"]);
    const value = planned.plan.columns.findIndex((c) => c.key === "value");
    expect(planned.plan.rows.map((r) => r.values[value])).toEqual([150, 420, 30, 30]);
    expect(planned.plan.report.problems.map((p) => [p.row, p.value])).toEqual([[5, "Boss"]]);
    const roster = (await wb.readTable("Roster"))!;
    expect(roster.rows.slice(-4).map((r) => r[roster.headers.indexOf("ITSS Level")])).toEqual([
      4,
      5,
      4,
      "#VALUE!",
    ]);
  });

  it("replace swaps the Roster rows; new-sheet leaves the Roster alone", async () => {
    const wb = await workbookWithRoster();
    await importFile(wb, "hr-export-en.xlsx", "replace");
    expect((await wb.readTable("Roster"))!.rows.map((r) => r[0])).toEqual([
      "A-100",
      "A-101",
      "A-102",
      "A-103",
    ]);
    const other = await workbookWithRoster();
    const { outcome } = await importFile(other, "hr-export-en.xlsx", "new-sheet");
    expect(outcome).toMatchObject({ sheet: "Import 1", table: "Import_1" });
    expect((await other.readTable("Roster"))!.rows).toHaveLength(16);
    expect((await other.readTable("Import_1"))!.rows).toHaveLength(4);
  });

  it("remembers a corrected mapping for the next import of the same layout", async () => {
    const wb = await workbookWithRoster();
    const source = await sourceFromFile(file("hr-export-en.xlsx"), "hr-export-en.xlsx");
    const grade = 12;
    const first = await planWorkbookImport(wb, source, {
      mode: "append",
      lang: "en",
      overrides: [
        { index: grade, target: "department" },
        { index: 2, target: "extra" },
      ],
    });
    await applyImport(wb, source, first.plan, first.mapping, "en");
    expect(await wb.readSetting(MAPPINGS_SETTING)).toMatch(/layout-v1/);
    const again = await planWorkbookImport(wb, source, { mode: "append", lang: "en" });
    expect(again.recalled).toBe(true);
    expect(again.mapping.columns[grade]?.target).toBe("department");
  });
});

describe("the source is never changed", () => {
  it("leaves a file's bytes as they were", async () => {
    const bytes = file("skills-ja.xlsx");
    const before = sha(bytes);
    const wb = await workbookWithRoster();
    const source = await sourceFromFile(bytes, "skills-ja.xlsx");
    const planned = await planWorkbookImport(wb, source, { mode: "append", lang: "en" });
    await applyImport(wb, source, planned.plan, planned.mapping, "en");
    expect(sha(bytes)).toBe(before);
    expect(sha(file("skills-ja.xlsx"))).toBe(before);
  });

  it("leaves a source sheet of the workbook cell for cell as it was", async () => {
    const wb = await workbookWithRoster();
    const sheetRows = [
      ["Team list"],
      [],
      ["Employee ID", "Specialty Field", "Role", "Projects", "Complexity", "Scope", "Themes"],
      ["Z1", "Software", "Member", "1", "2", "Specific users", "1"],
      ["Z2", "Softwear", "Member", "=1+1", "2", "Specific users", "1"],
    ];
    wb.putSheet("Team", sheetRows);
    const before = JSON.stringify(wb.sheet("Team"));
    const source = await sourceFromSheet(wb, "Team");
    const planned = await planWorkbookImport(wb, source, { mode: "append", lang: "en" });
    await applyImport(wb, source, planned.plan, planned.mapping, "en");
    expect(JSON.stringify(wb.sheet("Team"))).toBe(before);
    expect(planned.plan.report.summary).toMatchObject({ read: 2, imported: 2 });
  });
});
