/**
 * Importing skill and CMBOK sheets on the in-memory workbook, from plain CSV
 * fixtures: rows land in the Skills / CMBOK_Assessment table (created from the
 * template or appended, columns matched by meaning), flagged rows and extra
 * columns are kept, text stays text, the Import Report says what happened, and
 * the source file is only read.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { CMBOK_COMPETENCIES, SKILL_ITEMS } from "../../src/core/catalog";
import type { TableData } from "../../src/core/sheets/sheet-table";
import {
  buildCmbokCoverage,
  buildSkillsReport,
  createCmbokAssessment,
  createSkillsSheet,
} from "../../src/app/skills";
import {
  applyCmbokImport,
  applySkillsImport,
  assessmentImportDoneMessage,
  planCmbokImport,
  planSkillsImport,
  sourceFromFile,
} from "../../src/app/skills-import";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const file = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A table's rows as objects keyed by header. */
function records(data: TableData): Record<string, unknown>[] {
  return data.rows.map((row) => Object.fromEntries(data.headers.map((h, i) => [String(h), row[i]])));
}

async function importSkills(wb: MemoryWorkbook, name: string, lang: "en" | "ja" = "en") {
  const bytes = file(name);
  const before = sha(bytes);
  const source = await sourceFromFile(bytes, name);
  const planned = await planSkillsImport(wb, source, { lang });
  const outcome = await applySkillsImport(wb, source, planned.plan, lang);
  expect(sha(bytes)).toBe(before); // the source is only read
  return { planned, outcome };
}

async function importCmbok(wb: MemoryWorkbook, name: string, lang: "en" | "ja" = "en") {
  const bytes = file(name);
  const before = sha(bytes);
  const source = await sourceFromFile(bytes, name);
  const planned = await planCmbokImport(wb, source, { lang });
  const outcome = await applyCmbokImport(wb, source, planned.plan, lang);
  expect(sha(bytes)).toBe(before);
  return { planned, outcome };
}

describe("importing a skill sheet", () => {
  it("creates the Skills table from its template and lands every row, flagged ones included", async () => {
    const wb = new MemoryWorkbook();
    const { planned, outcome } = await importSkills(wb, "skills-sheet-ja.csv");
    expect(planned.detection.headerRowNumber).toBe(4);
    expect(outcome).toMatchObject({
      sheet: "Skills",
      table: "Skills",
      created: true,
      summary: { read: 5, imported: 5, flagged: 3 },
    });
    const skills = (await wb.readTable("Skills"))!;
    const rows = records(skills);
    expect(rows.map((r) => r["Employee ID"])).toEqual(["0101", "0102", "0103", "0104", "0105"]);
    expect(rows[0]).toMatchObject({
      Name: "山田 太郎",
      Department: "保守第一課",
      "Specialty Field": "ハードウェア",
      "System maintenance management": 3, // Lv3
      Technology: 3,
      "Project Management": 3, // レベル3
      Leadership: 3, // ３
      Communication: 3, // Lv.3
      Negotiation: 3, // L3
      "Hardware technology": 3,
      Target: 4,
      "Assessed by": "上長",
    });
    // Flagged rows keep their values as the source has them.
    expect(rows[1]?.["Specialty Field"]).toBe("ハードウア");
    expect(rows[3]?.Technology).toBe("Lv9");
    expect(rows[4]?.["Specialty Field"]).toBe("運用管理");
    expect(rows[2]?.["Assessed by"]).toBe("本人"); // 自己評価
  });

  it("keeps the template's validation and scores the imported rows with the Skill Level formula", async () => {
    const wb = new MemoryWorkbook();
    await importSkills(wb, "skills-sheet-ja.csv");
    const skills = (await wb.readTable("Skills"))!;
    expect(wb.table("Skills")?.validation?.[4]).toEqual({
      kind: "custom",
      formula: expect.stringMatching(/^=OR\(E2="",/),
    });
    const levels = records(skills).map((r) => r["Skill Level"]);
    expect(levels[0]).toBe(3); // every Hardware item at 3
    expect(levels[2]).toBe(1); // Project Management at 1
    expect(skills.rows).toHaveLength(5); // the template's blank row is gone
  });

  it("keeps the unmapped column as an extra column, its formula-like text as text", async () => {
    const wb = new MemoryWorkbook();
    await importSkills(wb, "skills-sheet-ja.csv");
    const skills = (await wb.readTable("Skills"))!;
    const at = skills.headers.indexOf("備考");
    expect(at).toBe(skills.headers.length - 1);
    const cells = wb
      .sheet("Skills")!
      .cells.slice(1, 5)
      .map((r) => r?.[at]);
    expect(cells.map((c) => c?.value)).toEqual([
      '=HYPERLINK("http://example.com","詳細")',
      "+81-3-1234-5678",
      "-5",
      "@SUM(A1)",
    ]);
    for (const c of cells) {
      expect(c?.formula).toBeUndefined();
      expect(c?.text).toBe(true);
    }
    const id = wb.sheet("Skills")!.cells[1]?.[0];
    expect(id).toMatchObject({ value: "0101", text: true });
  });

  it("appends below the rows of an existing Japanese Skills table, matching columns by meaning", async () => {
    const wb = new MemoryWorkbook();
    await createSkillsSheet(wb, { lang: "ja", sampleRows: true });
    const { outcome } = await importSkills(wb, "skills-sheet-ja.csv", "en");
    expect(outcome.created).toBe(false);
    const skills = (await wb.readTable("Skills"))!;
    expect(skills.rows).toHaveLength(8 + 5);
    const added = records(skills).slice(8);
    expect(added[0]).toMatchObject({
      社員番号: "0101",
      専門分野: "ハードウェア",
      リーダーシップ: 3,
      目標レベル: 4,
    });
    expect(records(skills)[0]).toMatchObject({ 社員番号: "E001" }); // the existing rows are untouched
    expect(skills.headers.slice(-2)).toEqual(["スキル熟達度レベル", "備考"]);
    expect(added[0]?.["スキル熟達度レベル"]).toBe(3);
  });

  it("writes an Import Report with the counts, every problem and the ratings it read", async () => {
    const wb = new MemoryWorkbook();
    await importSkills(wb, "skills-sheet-ja.csv", "ja");
    const summary = (await wb.readTable("ImportSummary"))!;
    expect(summary.rows.slice(0, 4)).toEqual([
      ["skills-sheet-ja.csv", null],
      ["読み込んだ行", 5],
      ["取り込んだ行", 5],
      ["要確認の行（取り込み済み・修正が必要）", 3],
    ]);
    const problems = (await wb.readTable("ImportProblems"))!;
    expect(problems.rows.map((r) => r.slice(0, 3))).toEqual([
      [6, "専門分野", "ハードウア"],
      [8, "テクノロジー", "Lv9"],
      [9, "専門分野", "運用管理"],
    ]);
    expect(problems.rows[0]?.[3]).toBe(
      "6行目「専門分野」列：「ハードウア」は専門分野として無効です。有効な値：ハードウェア、ソフトウェア、ファシリティマネジメント。 もしかして「ハードウェア」ですか？",
    );
    const changes = records((await wb.readTable("ImportChanges"))!);
    expect(changes.find((c) => c["列"] === "システム保守管理")).toMatchObject({ 変換したセル数: 1 });
    expect(String(changes.find((c) => c["列"] === "リーダーシップ（レベル）")?.["例"])).toBe(
      "「３」を3として取り込みます",
    );
  });

  it("imports again under the same columns, adding no row the table already holds; the Skills report reads the rows once", async () => {
    const wb = new MemoryWorkbook();
    await importSkills(wb, "skills-sheet-ja.csv", "en");
    const { outcome } = await importSkills(wb, "skills-sheet-ja.csv", "ja");
    expect(outcome.alreadyInTable).toBe(5);
    const skills = (await wb.readTable("Skills"))!;
    // a column added again would make every row new: 10 rows
    expect(skills.rows).toHaveLength(5);
    expect(skills.headers.filter((h) => String(h).startsWith("備考"))).toEqual(["備考"]);
    const report = await buildSkillsReport(wb, { lang: "en" });
    expect(report.people).toBe(5);
    expect(report.perLevel[3]).toBe(1); // 0101 once
  });

  it("says what it did in both languages", async () => {
    const wb = new MemoryWorkbook();
    const { outcome } = await importSkills(wb, "skills-sheet-ja.csv");
    expect(assessmentImportDoneMessage(outcome)).toEqual({
      en: "Imported 5 of 5 rows into Skills; 3 flagged rows need fixing (see Import Report).",
      ja: "5行中5行を「Skills」に取り込みました。3行は修正が必要です（取り込みレポートを参照）。",
    });
    const again = await importSkills(wb, "skills-sheet-ja.csv");
    expect(assessmentImportDoneMessage(again.outcome)).toEqual({
      en: "Imported 0 of 5 rows into Skills; 5 rows were already there with the same values and were not added again.",
      ja: "5行中0行を「Skills」に取り込みました。5行は同じ値で既にあるため、再度は追加していません。",
    });
    const summary = (await wb.readTable("ImportSummary"))!;
    expect(summary.rows).toContainEqual([
      "Rows already in the Skills table with the same values, not added again (source rows 5, 6, 7, 8, 9)",
      5,
    ]);
  });

  it("refuses a sheet that is no skill sheet, before writing anything", async () => {
    const source = await sourceFromFile(file("skills-ja-utf8.csv"), "skills-ja-utf8.csv");
    await expect(planSkillsImport(new MemoryWorkbook(), source, { lang: "en" })).rejects.toMatchObject({
      detail: { en: expect.stringMatching(/names no skill item/) },
    });
  });
});

describe("importing a CMBOK 1.0 sheet", () => {
  const v1 = CMBOK_COMPETENCIES.filter((c) => c.version === "1.0");
  const v2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0");
  /** The fixture's ratings: person p, 1.0 column i. */
  const rating = (p: number, i: number) => (p + i) % 5;

  it("migrates every 1.0 column into the CMBOK_Assessment table: carried to its 2.0 column or kept as a dropped extra", async () => {
    const wb = new MemoryWorkbook();
    const { planned, outcome } = await importCmbok(wb, "cmbok-1.0-sheet.csv");
    expect(planned).toMatchObject({ version: "1.0", versionBasis: "title" });
    expect(outcome).toMatchObject({
      table: "CMBOK_Assessment",
      created: true,
      summary: { imported: 3, flagged: 1 },
    });
    const table = (await wb.readTable("CMBOK_Assessment"))!;
    const rows = records(table);
    expect(rows.map((r) => r["Employee ID"])).toEqual(["C001", "C002", "C003"]);
    v1.forEach((c, i) => {
      const successor = v2.find((s) => s.from === c.code);
      const header = successor ? successor.code : `CMBOK 1.0 ${c.code} ${c.nameEn}`;
      expect(table.headers).toContain(header);
      expect(rows[0]?.[header]).toBe(rating(0, i));
    });
    // New 2.0 competencies stay empty.
    for (const c of v2.filter((c) => c.change === "new")) expect(rows[0]?.[c.code]).toBeNull();
  });

  it("reads full-width ratings, keeps a bad one flagged, and blanks stay blank", async () => {
    const wb = new MemoryWorkbook();
    await importCmbok(wb, "cmbok-1.0-sheet.csv");
    const rows = records((await wb.readTable("CMBOK_Assessment"))!);
    expect(rows[1]).toMatchObject({ "ST-1": 3, "OP-5": "5" }); // "３"; 1.0 OP-4 is 2.0 OP-5
    expect(rows[2]).toMatchObject({
      "CMBOK 1.0 OP-8 Business Process Audit": null,
      "CMBOK 1.0 AR-4 Auditing Business and Procurement Processes": 4,
    });
    const problems = records((await wb.readTable("ImportProblems"))!);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ "Source row": 5, Column: "OP-4", Value: "5" });
  });

  it("keeps identity, Assessed by and the comment column; the comment's formula-like text lands as text", async () => {
    const wb = new MemoryWorkbook();
    await importCmbok(wb, "cmbok-1.0-sheet.csv");
    const table = (await wb.readTable("CMBOK_Assessment"))!;
    expect(records(table)[0]).toMatchObject({
      Name: "山田 太郎",
      Department: "第一センター",
      "Assessed by": "上長",
      コメント: "=再評価",
    });
    const at = table.headers.indexOf("コメント");
    expect(wb.sheet("CMBOK Assessment")!.cells[1]?.[at]).toMatchObject({ value: "=再評価", text: true });
    expect(wb.sheet("CMBOK Assessment")!.cells[1]?.[at]?.formula).toBeUndefined();
  });

  it("lists every rename, move and drop of the migration in the Import Report", async () => {
    const wb = new MemoryWorkbook();
    const { planned } = await importCmbok(wb, "cmbok-1.0-sheet.csv");
    const changes = records((await wb.readTable("ImportChanges"))!);
    const examples = changes.map((c) => String(c.Example));
    const migration = planned.migration!;
    const listed = migration.changes.filter(
      (c) => c.kind === "renamed" || c.kind === "moved" || c.kind === "dropped",
    );
    expect(listed.length).toBeGreaterThan(10);
    for (const change of listed) expect(examples).toContain(change.message.en);
    expect(
      changes.find(
        (c) =>
          c.Example === "OP-2 Staffing and Scheduling -> OP-3 Staff Planning and Shift Scheduling (renamed)",
      ),
    ).toMatchObject({
      Column: "OP-2",
      "Cells changed": 3,
    });
    const summary = (await wb.readTable("ImportSummary"))!;
    expect(summary.rows.map((r) => r[0])).toContain(
      "Read as a CMBOK 1.0 sheet (as its title or file name says). Its columns were migrated to CMBOK 2.0; every change is listed below.",
    );
  });

  it("imports again under the same columns whatever the language, adding no row twice; the coverage reads the rows", async () => {
    const wb = new MemoryWorkbook();
    await importCmbok(wb, "cmbok-1.0-sheet.csv", "en");
    const { outcome } = await importCmbok(wb, "cmbok-1.0-sheet.csv", "ja");
    expect(outcome.alreadyInTable).toBe(3);
    const table = (await wb.readTable("CMBOK_Assessment"))!;
    expect(table.rows).toHaveLength(3);
    expect(table.headers.filter((h) => String(h).startsWith("CMBOK 1.0"))).toEqual([
      "CMBOK 1.0 OP-8 Business Process Audit",
      "CMBOK 1.0 AR-4 Auditing Business and Procurement Processes",
    ]);
    expect(records(table)[0]?.["CMBOK 1.0 OP-8 Business Process Audit"]).toBe(
      rating(
        0,
        v1.findIndex((c) => c.code === "OP-8"),
      ),
    );
    const coverage = await buildCmbokCoverage(wb, { lang: "en" });
    expect(coverage.people).toBe(3);
    expect(coverage.problems.map((p) => p.value)).toEqual(["5"]); // the flagged rating, kept in the table
  });

  it("names the columns it adds in the language of an existing table", async () => {
    const wb = new MemoryWorkbook();
    await createCmbokAssessment(wb, { lang: "ja", sampleRows: false });
    await importCmbok(wb, "cmbok-1.0-sheet.csv", "en");
    const table = (await wb.readTable("CMBOK_Assessment"))!;
    expect(table.headers.slice(0, 3)).toEqual(["社員番号", "氏名", "部署"]);
    expect(table.headers).toContain("CMBOK 1.0 OP-8 業務プロセス監査");
    expect(table.rows).toHaveLength(3); // the template's blank row made way
  });

  it("appends to an existing CMBOK Assessment table without touching its rows", async () => {
    const wb = new MemoryWorkbook();
    await createCmbokAssessment(wb, { lang: "en", sampleRows: true });
    const before = (await wb.readTable("CMBOK_Assessment"))!;
    const { outcome } = await importCmbok(wb, "cmbok-1.0-sheet.csv");
    expect(outcome.created).toBe(false);
    const after = (await wb.readTable("CMBOK_Assessment"))!;
    expect(after.rows).toHaveLength(before.rows.length + 3);
    expect(after.rows.slice(0, before.rows.length).map((r) => r.slice(0, before.headers.length))).toEqual(
      before.rows,
    );
    expect(after.headers.slice(0, before.headers.length)).toEqual(before.headers);
  });
});

describe("importing a CMBOK 2.0 sheet", () => {
  it("lands every code in its own column, without migration", async () => {
    const wb = new MemoryWorkbook();
    const { planned } = await importCmbok(wb, "cmbok-2.0-sheet.csv");
    expect(planned).toMatchObject({ version: "2.0", migration: null });
    const table = (await wb.readTable("CMBOK_Assessment"))!;
    const rows = records(table);
    expect(rows[0]).toMatchObject({
      "ST-1": 3,
      "OP-3": 2,
      "OP-8": 1,
      "AU-2": 0,
      "LF-1": 4,
      "PE-10": 3,
      "Assessed by": "Manager",
      Notes: "first round",
    });
    expect(rows[1]).toMatchObject({ "ST-1": 4, "LF-1": "x", Notes: "@mention" });
    expect(table.headers.filter((h) => String(h).startsWith("CMBOK 1.0"))).toEqual([]);
    const problems = records((await wb.readTable("ImportProblems"))!);
    expect(problems.map((p) => [p["Source row"], p.Column, p.Value])).toEqual([[3, "LF-1", "x"]]);
  });
});

it("the fixtures hold every skill item's name the import reads", () => {
  // Guards the fixture against catalog renames: a renamed item would silently become an extra column.
  const header = readFileSync(join(FIXTURES, "skills-sheet-ja.csv"), "utf8").split(/\r?\n/)[3] ?? "";
  for (const item of SKILL_ITEMS.filter((s) => s.id !== "technology" && s.id !== "leadership"))
    expect(header).toContain(item.name.ja);
});
