/**
 * Importing a skill sheet into the Skills table, in the core: which header row,
 * which column feeds which Skills column, how ratings are read and noted, and
 * what is flagged (never dropped).
 */
import fc from "fast-check";
import { SKILL_ITEMS } from "../../../src/core/catalog";
import { noteMessage } from "../../../src/core/import";
import type { AssessmentProblem } from "../../../src/core/import/assessment-import";
import { mapSkillsImportColumns, matchSkillsHeader } from "../../../src/core/import/skills-columns-import";
import {
  planSkillSheet,
  readAssessedBy,
  readSkillRating,
  readSkillsField,
  readSkillsTarget,
  skillsColumnMeaning,
} from "../../../src/core/import/skills-import";
import type { CellValue, SheetRows } from "../../../src/core/import";

const noCells = () => null;

function planned(rows: SheetRows, lang: "en" | "ja" = "en") {
  const result = planSkillSheet(rows, { lang });
  if (!result.ok) throw new Error(result.message.en);
  return result;
}

/** A planned row's values keyed by the Skills column they feed (extras by header). */
function byTarget(plan: ReturnType<typeof planned>["plan"], row = 0): Record<string, CellValue | undefined> {
  return Object.fromEntries(plan.columns.map((c, i) => [c.target ?? c.header, plan.rows[row]?.values[i]]));
}

describe("matchSkillsHeader", () => {
  it.each(SKILL_ITEMS.flatMap((s) => [[s.name.en, s.id] as const, [s.name.ja, s.id] as const]))(
    "%s names the skill item %s exactly",
    (header, id) => expect(matchSkillsHeader(header)).toEqual({ key: id, confidence: "exact" }),
  );

  it.each([
    ["テクノロジー", "technology"],
    ["交渉力", "negotiation"],
    ["ハードウエア技術", "hardware-technology"],
    ["ＬＥＡＤＥＲＳＨＩＰ", "leadership"],
    ["リーダーシップ（レベル）", "leadership"],
    ["Leadership Lv", "leadership"],
    ["目標", "target"],
    ["評価区分", "assessedBy"],
  ])("accepts the spelling %s for %s", (header, key) => expect(matchSkillsHeader(header)?.key).toBe(key));

  it("reads identity columns with the roster import's names and near misses", () => {
    expect(matchSkillsHeader("社員コード")).toEqual({ key: "employeeId", confidence: "alias" });
    expect(matchSkillsHeader("所属")).toEqual({ key: "department", confidence: "alias" });
    expect(matchSkillsHeader("Speciality Feild")?.key).toBe("field");
  });

  it("takes near misses as close matches, and leaves other columns alone", () => {
    expect(matchSkillsHeader("Comunication")).toEqual({ key: "communication", confidence: "close" });
    expect(matchSkillsHeader("ハードウェア技")).toEqual({ key: "hardware-technology", confidence: "close" });
    for (const header of ["役割", "Notes", "", "3", "Skill Level", "Projects"])
      expect(matchSkillsHeader(header)).toBeUndefined();
  });
});

describe("mapSkillsImportColumns", () => {
  it("gives each Skills column one source column; a second one is kept as an extra with a note", () => {
    const columns = mapSkillsImportColumns(["Name", "Leadership", "リーダーシップ", "Comunication", "Memo"]);
    expect(columns.map((c) => c.target)).toEqual(["name", "leadership", "extra", "communication", "extra"]);
    expect(columns[2]?.note?.en).toBe(
      '"リーダーシップ" (column C) also names Leadership, which "Leadership" (column B) already fills; it is kept as an extra column.',
    );
    expect(columns[3]?.note?.ja).toBe(
      "「Comunication」を「コミュニケーション」と見なしました。正しいか確認してください。",
    );
  });

  it("prefers an exact name over an earlier near miss", () => {
    const columns = mapSkillsImportColumns(["Comunication", "Communication"]);
    expect(columns.map((c) => c.target)).toEqual(["extra", "communication"]);
  });
});

describe("reading ratings", () => {
  /** Digits (and a minus) in full width, as Japanese IME input gives them. */
  const fullWidth = (n: number) =>
    String(n).replace(/[0-9-]/g, (ch) => (ch === "-" ? "－" : String.fromCharCode(0xff10 + Number(ch))));
  const FORMATS: readonly ((n: number) => string | number)[] = [
    (n) => n,
    (n) => String(n),
    (n) => `Lv${n}`,
    (n) => `Lv.${n}`,
    (n) => `lv ${n}`,
    (n) => `L${n}`,
    (n) => `Level ${n}`,
    (n) => `レベル${n}`,
    (n) => fullWidth(n),
    (n) => `Ｌｖ．${fullWidth(n)}`,
    (n) => ` ${n} `,
  ];

  it("reads every spelling of a level 1-7 as the number, with a note exactly when the text is not the number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.constantFrom(...FORMATS), (level, format) => {
        const raw = format(level);
        const read = readSkillRating(raw, noCells);
        expect(read).toMatchObject({ ok: true, value: level });
        const spelledAsNumber = typeof raw === "number" || raw.trim() === String(level);
        expect(read.ok && read.note !== undefined).toBe(!spelledAsNumber);
        if (read.ok && read.note) expect(read.note.en).toBe(`"${String(raw).trim()}" imported as ${level}`);
      }),
    );
  });

  it("flags numbers that are not a level 1-7, in any spelling, saying what is valid", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 8, max: 500 })),
        fc.constantFrom(...FORMATS),
        (n, format) => {
          const read = readSkillRating(format(n), noCells);
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.valid.en).toMatch(/^a level from 1 to 7/);
        },
      ),
    );
    for (const bad of [2.5, "2.5", "A", "Lv", "三", true])
      expect(readSkillRating(bad, noCells).ok).toBe(false);
  });

  it("never throws and keeps blank as blank", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.date()), (raw) => {
        expect(() => readSkillRating(raw, noCells)).not.toThrow();
      }),
    );
    for (const blank of [null, "", "  "])
      expect(readSkillRating(blank, noCells)).toEqual({ ok: true, value: null });
  });
});

describe("reading fields, targets and assessors", () => {
  it("writes a field's standard name in the source's language and refuses fields without skill items", () => {
    expect(readSkillsField("ﾊｰﾄﾞｳｪｱ", noCells)).toMatchObject({ ok: true, value: "ハードウェア" });
    expect(readSkillsField("software", noCells)).toEqual({ ok: true, value: "Software" });
    expect(readSkillsField("運用管理", noCells)).toMatchObject({
      ok: false,
      problem: { en: "is a specialty field without skill items in the standard" },
    });
    // ウエア is a common spelling of ウェア: read as the standard's name, not refused.
    expect(readSkillsField("ハードウエア", noCells)).toMatchObject({ ok: true, value: "ハードウェア" });
    expect(readSkillsField("ハードウヱア", noCells)).toMatchObject({ ok: false, suggestion: "ハードウェア" });
    expect(readSkillsField("", noCells)).toMatchObject({ ok: false, problem: { en: "is empty" } });
  });

  it("checks Target against the levels the row's field can attain", () => {
    const hardware = (key: string) => (key === "field" ? "Hardware" : null);
    expect(readSkillsTarget("Lv5", hardware)).toMatchObject({ ok: true, value: 5 });
    const seven = readSkillsTarget("7", hardware);
    expect(seven).toMatchObject({ ok: false, valid: { en: "a skill level of Hardware, 1-5, or blank" } });
    expect(readSkillsTarget("7", noCells)).toMatchObject({ ok: true, value: 7 });
  });

  it("reads Assessed by in either language and writes the drop-down's name", () => {
    expect(readAssessedBy("自己評価", noCells)).toMatchObject({ ok: true, value: "本人" });
    expect(readAssessedBy("manager", noCells)).toEqual({ ok: true, value: "Manager" });
    expect(readAssessedBy("boss", noCells)).toMatchObject({
      ok: false,
      valid: { en: "self, manager, 本人, 上長, or blank" },
    });
  });
});

describe("planSkillSheet", () => {
  const SHEET: SheetRows = [
    ["2026年度 スキル評価シート"],
    ["※ レベルは1～7で記入"],
    [],
    [
      "社員番号",
      "氏名",
      "専門分野",
      "リーダーシップ",
      "Negotiation",
      "Comunication",
      "目標レベル",
      "備考",
      "",
    ],
    ["0101", "山田 太郎", "ハードウェア", "Lv3", "レベル4", "３", "4", '=HYPERLINK("x")', ""],
    ["0102", "佐藤 花子", "Hardwear", "4", "Lv9", 4, "", "-5", ""],
  ];

  it("finds the header row below titles and notes by its skill item names", () => {
    const { detection } = planned(SHEET);
    expect(detection).toMatchObject({ headerRowNumber: 4, basis: "recognised" });
    expect(detection.dataRows.map((r) => r.rowNumber)).toEqual([5, 6]);
  });

  it("writes ratings as numbers and says what it changed", () => {
    const { plan } = planned(SHEET);
    expect(byTarget(plan)).toMatchObject({
      employeeId: "0101",
      field: "ハードウェア",
      leadership: 3,
      negotiation: 4,
      communication: 3,
      target: 4,
      備考: '=HYPERLINK("x")',
    });
    // In the Skills table's column order: Leadership, Communication, Negotiation.
    expect(plan.rows[0]?.notes.map((n) => noteMessage(n).en)).toEqual([
      'Row 5, column "リーダーシップ": "Lv3" imported as 3.',
      'Row 5, column "Comunication": "３" imported as 3.',
      'Row 5, column "Negotiation": "レベル4" imported as 4.',
    ]);
    expect(plan.report.summary).toMatchObject({ read: 2, imported: 2, flagged: 1, changed: 3 });
  });

  it("keeps flagged rows with their values as they are, and reports each problem with row, column, value and what is valid", () => {
    const { plan } = planned(SHEET);
    expect(byTarget(plan, 1)).toMatchObject({ field: "Hardwear", negotiation: "Lv9", communication: 4 });
    const problems = plan.report.problems as readonly AssessmentProblem[];
    expect(problems.map((p) => [p.row, p.column, p.header, p.value, p.target])).toEqual([
      [6, 2, "専門分野", "Hardwear", "field"],
      [6, 4, "Negotiation", "Lv9", "negotiation"],
    ]);
    expect(problems[0]?.message).toEqual({
      en: 'Row 6, column "専門分野": "Hardwear" is not a specialty field. Valid: Hardware, Software, Facility Management. Did you mean Hardware?',
      ja: "6行目「専門分野」列：「Hardwear」は専門分野として無効です。有効な値：ハードウェア、ソフトウェア、ファシリティマネジメント。 もしかして「Hardware」ですか？",
    });
    expect(problems[1]?.message.ja).toContain(
      "6行目「Negotiation」列：「Lv9」はスキル評価として無効です。有効な値：1～7のレベル",
    );
  });

  it("keeps unmapped columns as extra columns and marks formula-like text literal", () => {
    const { plan } = planned(SHEET);
    const extras = plan.columns.filter((c) => c.target === null);
    expect(extras.map((c) => c.header)).toEqual(["備考"]); // the blank trailing column carries nothing
    const notes = plan.columns.findIndex((c) => c.header === "備考");
    const id = plan.columns.findIndex((c) => c.target === "employeeId");
    expect(plan.rows[0]?.literalText).toEqual([id, notes]); // "0101" would lose its zero, "=..." would run
    expect(plan.rows[1]?.literalText).toContain(notes); // "-5"
  });

  it("renames an extra column that would take a Skills header, and says so", () => {
    const { plan } = planned([
      ["Name", "Specialty Field", "Leadership", "Leadership", "Skill Level"],
      ["Sato", "Hardware", 3, 4, 3],
    ]);
    expect(plan.columns.filter((c) => c.target === null).map((c) => c.header)).toEqual([
      "Leadership (2)",
      "Skill Level (2)",
    ]);
    expect(byTarget(plan)).toMatchObject({ leadership: 3, "Leadership (2)": 4, "Skill Level (2)": 3 });
    expect(plan.report.sheetNotes.map((n) => n.en)).toContain(
      '"Skill Level" (column E) is written with the header "Skill Level (2)": a table\'s headers must be filled in and different.',
    );
  });

  it("flags every row when the sheet has no Specialty Field column, and still imports them", () => {
    const { plan } = planned([
      ["Name", "Leadership"],
      ["Sato", 3],
      ["Kato", 4],
    ]);
    expect(plan.report.summary).toMatchObject({ read: 2, imported: 2, flagged: 2 });
    expect(plan.report.problems[0]).toMatchObject({ row: 2, column: null, header: "Specialty Field" });
    expect(plan.report.sheetNotes[0]?.en).toMatch(/^No column gives the Specialty Field/);
  });

  it("writes the template's headers in the chosen language", () => {
    const { plan } = planned(SHEET, "ja");
    expect(plan.columns.slice(0, 5).map((c) => c.header)).toEqual([
      "社員番号",
      "氏名",
      "部署",
      "専門分野",
      "システム保守管理",
    ]);
  });

  it("refuses a sheet that names no skill item, and one with no rows", () => {
    const roster = planSkillSheet(
      [
        ["社員番号", "氏名", "専門分野"],
        ["1", "a", "Hardware"],
      ],
      { lang: "en" },
    );
    expect(roster).toMatchObject({ ok: false });
    if (!roster.ok) expect(roster.message.en).toMatch(/names no skill item/);
    const empty = planSkillSheet([["Name", "Specialty Field", "Leadership"]], { lang: "en" });
    expect(empty).toMatchObject({ ok: false });
  });

  it("follows the header row the user picks", () => {
    const result = planSkillSheet(SHEET, { lang: "en", headerRowNumber: 4 });
    expect(result.ok && result.detection.basis).toBe("chosen");
  });
});

describe("skillsColumnMeaning", () => {
  it("reads the Skills table's own headers in both languages, and its formula column", () => {
    expect(
      [
        "Leadership",
        "リーダーシップ",
        "社員番号",
        "Specialty Field",
        "Skill Level",
        "スキル熟達度レベル",
        "備考",
      ].map(skillsColumnMeaning),
    ).toEqual(["leadership", "leadership", "employeeId", "field", "skillLevel", "skillLevel", null]);
  });
});
