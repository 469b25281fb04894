/**
 * Importing a CMBOK sheet into the CMBOK Assessment table, in the core: every
 * CMBOK 1.0 competency carried to its 2.0 column (or kept as a dropped extra)
 * with its ratings unchanged, the version told from the sheet, ratings 0-4 read
 * in full width too, and the change list for the Import Report.
 */
import fc from "fast-check";
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "../../../src/core/catalog";
import type { AssessmentProblem } from "../../../src/core/import/assessment-import";
import {
  cmbokColumnMeaning,
  cmbokVersion,
  planCmbokSheet,
  readCmbokRating,
  type CmbokImportOptions,
} from "../../../src/core/import/cmbok-import";
import type { CellValue, SheetRows } from "../../../src/core/import";

const v1 = CMBOK_COMPETENCIES.filter((c) => c.version === "1.0");
const v2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0");
const noCells = () => null;

function planned(rows: SheetRows, options: Partial<CmbokImportOptions> = {}) {
  const result = planCmbokSheet(rows, { lang: "en", ...options });
  if (!result.ok) throw new Error(result.message.en);
  return result;
}

/** A planned row's values keyed by the column they land in (competency code, identity key or extra header). */
function byColumn(
  plan: ReturnType<typeof planned>["plan"],
  row: number,
): Record<string, CellValue | undefined> {
  return Object.fromEntries(plan.columns.map((c, i) => [c.target ?? c.header, plan.rows[row]?.values[i]]));
}

/** Every 1.0 code as a column, each person rated differently per column. */
const HEADERS = ["社員番号", "氏名", ...v1.map((c) => c.code), "コメント"];
const RATING = (person: number, column: number) => (person + column) % 5;
const ALL_1_0: SheetRows = [
  ["CMBOK 1.0 コンピテンシー評価"],
  HEADERS,
  ...[0, 1, 2].map((p) => [`C00${p}`, `Person ${p}`, ...v1.map((_, i) => String(RATING(p, i))), `note ${p}`]),
];

describe("a CMBOK 1.0 sheet with every 1.0 competency", () => {
  const result = planned(ALL_1_0);
  const { plan } = result;

  it("is read as 1.0 (its title says so) and migrated", () => {
    expect(result).toMatchObject({ version: "1.0", versionBasis: "title" });
    expect(result.migration).not.toBeNull();
    expect(plan.report.sheetNotes[0]?.en).toBe(
      "Read as a CMBOK 1.0 sheet (as its title or file name says). Its columns were migrated to CMBOK 2.0; every change is listed below.",
    );
  });

  it.each(v1.map((c, i) => [c.code, i] as const))(
    "%s lands in its 2.0 column, or as a dropped extra column, with every rating unchanged",
    (code, i) => {
      const successor = v2.find((c) => c.from === code);
      const source = HEADERS.indexOf(code);
      const columns = plan.columns.filter((c) => c.sourceIndex === source);
      expect(columns).toHaveLength(1);
      const column = columns[0]!;
      if (successor) expect(column.target).toBe(successor.code);
      else
        expect(column).toMatchObject({
          target: `CMBOK 1.0 ${code}`,
          header: `CMBOK 1.0 ${code} ${v1[i]?.nameEn}`,
        });
      const at = plan.columns.indexOf(column);
      expect(plan.rows.map((r) => r.values[at])).toEqual([0, 1, 2].map((p) => RATING(p, i)));
    },
  );

  it("keeps exactly the competencies 2.0 dropped as extra columns", () => {
    const dropped = plan.columns.filter((c) => c.header.startsWith("CMBOK 1.0 ")).map((c) => c.header);
    expect(dropped.map((h) => h.split(" ")[2]).sort()).toEqual(
      CMBOK_DROPPED_FROM_1_0.map((d) => d.code).sort(),
    );
  });

  it("leaves new 2.0 competencies empty, and keeps identity and other columns", () => {
    for (const c of v2.filter((c) => c.change === "new")) {
      const column = plan.columns.find((col) => col.target === c.code);
      expect(column?.sourceIndex).toBeNull();
      expect(byColumn(plan, 0)[c.code]).toBeNull();
    }
    expect(byColumn(plan, 1)).toMatchObject({ employeeId: "C001", name: "Person 1", コメント: "note 1" });
  });

  it("lists every rename, move and drop in the report's changes, with the ratings each moved", () => {
    const changes = plan.report.changes;
    const migration = result.migration!;
    const lines = changes.map((c) => c.examples[0]?.note.en);
    for (const change of migration.changes) expect(lines).toContain(change.message.en);
    const moved = changes.find((c) => c.header === "CS-1");
    expect(moved).toMatchObject({ column: HEADERS.indexOf("CS-1"), count: 3 });
    expect(moved?.examples[0]?.note.en).toBe("CS-1 Customer Handling -> CS-5 (moved)");
    expect(changes.find((c) => c.header === "OP-8")?.examples[0]?.note.ja).toBe(
      "OP-8 業務プロセス監査：CMBOK 2.0に引き継ぐコンピテンシーがないため、追加列「CMBOK 1.0 OP-8 業務プロセス監査」として残します",
    );
    const kinds = new Set(migration.changes.map((c) => c.kind));
    expect([...kinds].sort()).toEqual(["dropped", "moved", "new", "renamed"]);
  });

  it("writes no problem for a clean sheet", () => {
    expect(plan.report.summary).toMatchObject({ read: 3, imported: 3, flagged: 0, problems: 0, changed: 0 });
  });
});

describe("ratings", () => {
  it("reads 0-4 as numbers, full width too, with a note when spelled otherwise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.boolean(), (n, wide) => {
        const raw = wide ? String.fromCharCode(0xff10 + n) : String(n);
        const read = readCmbokRating(raw, noCells);
        expect(read).toMatchObject({ ok: true, value: n });
        expect(read.ok && read.note !== undefined).toBe(wide);
      }),
    );
  });

  it("flags anything else, saying what is valid", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 5, max: 1000 }), fc.integer({ max: -1 })), (n) => {
        expect(readCmbokRating(String(n), noCells)).toMatchObject({ ok: false });
      }),
    );
    const bad = readCmbokRating("Lv3", noCells);
    expect(bad).toMatchObject({
      ok: false,
      valid: { en: expect.stringMatching(/^a whole number from 0 to 4/) },
    });
  });

  it("keeps a bad rating as it is in its migrated column and flags the row with the source column", () => {
    const { plan } = planned([
      ["Name", "OP-2 スタッフィングとスケジューリング", "OP-3"],
      ["Sato", "５", "３"],
    ]);
    expect(byColumn(plan, 0)).toMatchObject({ "OP-3": "５", "OP-4": 3 });
    const problem = plan.report.problems[0] as AssessmentProblem;
    expect(problem).toMatchObject({ row: 2, column: 1, value: "５", target: "OP-3" });
    expect(problem.message.en).toBe(
      'Row 2, column "OP-2 スタッフィングとスケジューリング": "５" is not a CMBOK rating. Valid: a whole number from 0 to 4 (0 Not yet, 1 Knows the basics, 2 Can do it with support, 3 Can do it independently, 4 Can teach others), or blank.',
    );
    expect(plan.report.summary).toMatchObject({ flagged: 1, imported: 1 });
  });
});

describe("telling the version", () => {
  const detection = (headers: string[], title = "") => ({
    headers,
    skippedAbove: title ? [{ rowNumber: 1, reason: "title" as const, text: title }] : [],
  });

  it("reads 2.0-only codes, and names that fit one version, from the headers", () => {
    expect(cmbokVersion(detection(["ST-1", "LF-1"]), {})).toEqual({ version: "2.0", basis: "headers" });
    expect(cmbokVersion(detection(["OP-2 スタッフィングとスケジューリング"]), {})).toEqual({
      version: "1.0",
      basis: "headers",
    });
    expect(cmbokVersion(detection(["OP-3 要員計画とシフト計画・調整"]), {})).toEqual({
      version: "2.0",
      basis: "headers",
    });
  });

  it("falls back on a title row or the file name, then assumes 1.0", () => {
    expect(cmbokVersion(detection(["ST-1"], "ＣＭＢＯＫ２.０ 評価"), {})).toEqual({
      version: "2.0",
      basis: "title",
    });
    expect(cmbokVersion(detection(["ST-1"]), { sourceName: "cmbok-1.0-sheet.csv" })).toEqual({
      version: "1.0",
      basis: "title",
    });
    expect(cmbokVersion(detection(["ST-1"]), {})).toEqual({ version: "1.0", basis: "assumed" });
    expect(cmbokVersion(detection(["LF-1"]), { version: "1.0" })).toEqual({
      version: "1.0",
      basis: "chosen",
    });
  });
});

describe("a CMBOK 2.0 sheet", () => {
  const result = planned([
    ["Employee ID", "Name", "ST-1", "OP-8", "LF-1", "LF-9", "Assessed by"],
    ["C101", "Kato", "3", "４", "1", "7", "上長"],
  ]);

  it("imports without migration: every code stays in its column", () => {
    expect(result).toMatchObject({ version: "2.0", versionBasis: "headers", migration: null });
    expect(byColumn(result.plan, 0)).toMatchObject({
      "ST-1": 3,
      "OP-8": 4,
      "LF-1": 1,
      assessedBy: "上長",
      "LF-9": "7",
    });
    expect(result.plan.report.changes.map((c) => c.header)).toEqual(["OP-8"]); // only the full-width ４
  });

  it("notes a code CMBOK 2.0 does not have and keeps its column", () => {
    expect(result.plan.report.sheetNotes.map((n) => n.en)).toContain(
      'Column "LF-9": LF-9 is not a CMBOK 2.0 competency code; if the sheet is CMBOK 1.0, migrate it first.',
    );
  });
});

describe("refusals and meanings", () => {
  it("refuses a sheet with no competency column", () => {
    const result = planCmbokSheet(
      [
        ["Name", "Department"],
        ["Sato", "A"],
      ],
      { lang: "en" },
    );
    expect(result.ok).toBe(false);
  });

  it("reads the CMBOK Assessment table's headers by meaning", () => {
    const headers = [
      "OP-3",
      "ＯＰ－３",
      "社員番号",
      "Name",
      "評価者",
      "CMBOK 1.0 OP-8 Business Process Audit",
      "CMBOK 1.0 OP-8 業務プロセス監査",
      "OP-2 Staffing and Scheduling", // a 1.0 name under a 2.0 code: not that column
      "Notes",
    ];
    expect(headers.map(cmbokColumnMeaning)).toEqual([
      "OP-3",
      "OP-3",
      "employeeId",
      "name",
      "assessedBy",
      "CMBOK 1.0 OP-8",
      "CMBOK 1.0 OP-8",
      null,
      null,
    ]);
  });
});
