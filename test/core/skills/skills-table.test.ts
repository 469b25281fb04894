import { SKILL_ITEMS, skillItemsOfField } from "../../../src/core/catalog";
import { FIELD_NAMES } from "../../../src/core/roster/names";
import {
  mapSkillColumns,
  mapSkillsHeaders,
  parseAssessor,
  readSkillRatings,
  readSkillsRow,
  sampleSkillsHeaders,
  sampleSkillsRows,
  skillLevel,
  SKILLS_COLUMNS,
  SKILLS_VALIDATION,
  skillsRowValidation,
} from "../../../src/core/skills";

describe("Skills table template", () => {
  it("has identity columns, a rating column per skill item, Target and Assessed by, in that order", () => {
    expect(SKILLS_COLUMNS.map((c) => c.key)).toEqual([
      "employeeId",
      "name",
      "department",
      "field",
      ...SKILL_ITEMS.map((s) => s.id),
      "target",
      "assessedBy",
    ]);
    expect(SKILLS_COLUMNS.find((c) => c.key === "leadership")?.header).toEqual({
      en: "Leadership",
      ja: "リーダーシップ",
    });
  });

  it("says everything in English and Japanese, with unique headers", () => {
    for (const column of SKILLS_COLUMNS) {
      for (const text of [column.header.en, column.header.ja, column.help.en, column.help.ja])
        expect(text.trim()).not.toBe("");
    }
    for (const lang of ["en", "ja"] as const) {
      const headers = SKILLS_COLUMNS.map((c) => c.header[lang]);
      expect(new Set(headers).size).toBe(headers.length);
    }
  });

  it("tells in each rating column's help which levels each field describes", () => {
    const technology = SKILLS_COLUMNS.find((c) => c.key === "technology")!;
    expect(technology.help.en).toContain("Hardware 1-5, Software 1-5, Facility Management 1-6");
    const own = SKILLS_COLUMNS.find((c) => c.key === "hardware-technology")!;
    expect(own.help.en).toContain("Hardware 3-5");
    expect(own.help.en).not.toContain("Software");
    expect(own.help.ja).toContain("ハードウェア 3～5");
  });
});

describe("validation", () => {
  it("allows per field and item exactly the levels the seed describes", () => {
    expect(SKILLS_VALIDATION.hardware.leadership).toEqual([1, 2, 3, 4, 5]);
    expect(SKILLS_VALIDATION.hardware["hardware-technology"]).toEqual([3, 4, 5]);
    expect(SKILLS_VALIDATION.hardware["software-technology"]).toEqual([]);
    expect(SKILLS_VALIDATION["facility-management"].negotiation).toEqual([1, 2, 3, 4, 5, 6]);
    expect(SKILLS_VALIDATION["facility-management"]["facility-management"]).toEqual([3, 4, 5, 6]);
  });

  it("builds a row's validation from its field: other fields' items stay blank, Target up to the top", () => {
    const rules = new Map(skillsRowValidation("software").map((v) => [v.key, v]));
    expect(rules.get("communication")).toMatchObject({ allowed: [1, 2, 3, 4, 5], min: 1, max: 5 });
    expect(rules.get("software-technology")).toMatchObject({ min: 3, max: 5 });
    expect(rules.get("software-technology")?.prompt.en).toBe(
      "Software: rate Software technology 3-5, or leave blank when not rated.",
    );
    expect(rules.get("hardware-technology")).toMatchObject({ allowed: [], min: null, max: null });
    expect(rules.get("hardware-technology")?.prompt.ja).toContain("空欄のまま");
    expect(rules.get("target")).toMatchObject({ min: 1, max: 5 });
    expect(rules.size).toBe(SKILL_ITEMS.length + 1);
  });

  it("allows any level until the field is chosen, and nothing for a field without skill items", () => {
    for (const rule of skillsRowValidation(null)) expect(rule).toMatchObject({ min: 1, max: 7 });
    for (const rule of skillsRowValidation("service-desk")) expect(rule.allowed).toEqual([]);
  });
});

describe("Assessed by", () => {
  it("reads self and manager in English and Japanese", () => {
    expect(parseAssessor("Self")).toEqual({ ok: true, value: "self" });
    expect(parseAssessor("本人")).toEqual({ ok: true, value: "self" });
    expect(parseAssessor("上長")).toEqual({ ok: true, value: "manager" });
    expect(parseAssessor("MANAGER")).toEqual({ ok: true, value: "manager" });
    expect(parseAssessor("")).toEqual({ ok: true, value: null });
    expect(parseAssessor("HR")).toEqual({ ok: false });
  });
});

describe("reading a row", () => {
  const headers = [
    "Employee ID",
    "Name",
    "Specialty Field",
    "システム保守管理",
    "TECHNOLOGY",
    "Project_Management",
  ];

  it("finds skill columns by English or Japanese name, folded, and skips other columns", () => {
    const columns = mapSkillColumns([...headers, "リーダーシップ", "Target"]);
    expect([...columns.columnOf]).toEqual([
      ["system-maintenance-management", 3],
      ["technology", 4],
      ["project-management", 5],
      ["leadership", 6],
    ]);
    expect(columns.problems).toEqual([]);
  });

  it("reports two columns for one skill item", () => {
    const columns = mapSkillColumns(["Leadership", "リーダーシップ"]);
    expect(columns.problems).toHaveLength(1);
    expect(columns.problems[0]?.message.en).toBe(
      'Columns "Leadership" and "リーダーシップ" both name the skill item Leadership; keep one of them.',
    );
  });

  it("reads the field's ratings, lists missing items and counts them as not rated", () => {
    const columns = mapSkillColumns(headers);
    const read = readSkillRatings(columns, ["E1", "Sato", "Hardware", "Lv3", "３", ""], "hardware");
    expect(read.problems).toEqual([]);
    expect(read.ratings.get("system-maintenance-management")).toBe(3);
    expect(read.ratings.get("technology")).toBe(3);
    expect(read.ratings.get("project-management")).toBeNull();
    expect(read.missing).toEqual(["leadership", "communication", "negotiation", "hardware-technology"]);
  });

  it("names the column as the sheet spells it, the value and what is valid", () => {
    const columns = mapSkillColumns(headers);
    const read = readSkillRatings(columns, ["E1", "Sato", "Hardware", "abc", 0, 2.5], "hardware");
    expect(read.problems.map((p) => p.message.en)).toEqual([
      'Column "システム保守管理": "abc" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.',
      'Column "TECHNOLOGY": "0" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.',
      'Column "Project_Management": "2.5" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.',
    ]);
    expect(read.problems[0]?.message.ja).toBe(
      "「システム保守管理」列：「abc」はスキル評価として無効です。有効な値：1～7のレベル（3、Lv3、Lv.3、L3、レベル3など）、未評価なら空欄。",
    );
  });

  it("does not read another field's item, so a stray value there cannot block the row", () => {
    const columns = mapSkillColumns(["Software technology", "Hardware technology"]);
    const read = readSkillRatings(columns, ["oops", 4], "hardware");
    expect(read.problems).toEqual([]);
    expect(read.ratings.has("software-technology")).toBe(false);
    expect(read.ratings.get("hardware-technology")).toBe(4);
  });
});

describe("sample rows", () => {
  /** Skill level of each sample person, at thresholds 1 and 0.8 (see the comments in skills-sample.ts). */
  const EXPECTED: Record<string, [number, number]> = {
    E001: [3, 3],
    E002: [3, 4],
    E003: [5, 5],
    E004: [1, 2],
    E005: [0, 4],
    E006: [3, 3],
    E007: [6, 6],
    E008: [3, 4],
  };

  it.each(["en", "ja"] as const)("score as documented when read with their %s headers", (lang) => {
    const headers = sampleSkillsHeaders(lang);
    const columns = mapSkillColumns(headers);
    const fieldColumn = headers.indexOf(lang === "en" ? "Specialty Field" : "専門分野");
    const levels = Object.fromEntries(
      sampleSkillsRows(lang).map((row) => {
        expect(row).toHaveLength(SKILLS_COLUMNS.length);
        const field = FIELD_NAMES.find(String(row[fieldColumn]))!;
        const read = readSkillRatings(columns, row, field);
        expect(read.problems).toEqual([]);
        expect(read.missing).toEqual([]);
        return [row[0], [skillLevel(read.ratings, field).level, skillLevel(read.ratings, field, 0.8).level]];
      }),
    );
    expect(levels).toEqual(EXPECTED);
  });

  it("rate only the levels the validation allows, and leave other fields' items blank", () => {
    for (const row of sampleSkillsRows()) {
      const field = FIELD_NAMES.find(String(row[3]))!;
      for (const rule of skillsRowValidation(field)) {
        const value = row[SKILLS_COLUMNS.findIndex((c) => c.key === rule.key)];
        if (value === "") continue;
        expect(rule.allowed).toContain(value);
      }
      expect(skillItemsOfField(field).length).toBe(7);
    }
  });
});

describe("readSkillsRow", () => {
  it("reads a whole sample row: identity, field, ratings, Target and Assessed by, in Japanese too", () => {
    for (const lang of ["en", "ja"] as const) {
      const map = mapSkillsHeaders(sampleSkillsHeaders(lang));
      const { assessment, problems } = readSkillsRow(map, sampleSkillsRows(lang)[1]!);
      expect(problems).toEqual([]);
      expect(assessment).toMatchObject({
        employeeId: "E002",
        name: "Suzuki Yui",
        department: "Field Service",
        field: "hardware",
        target: 4,
        assessedBy: "manager",
      });
      expect(assessment.ratings.get("communication")).toBe(3);
      expect(assessment.ratings.size).toBe(7);
    }
  });

  it("reports a bad field, a target the field cannot reach and an unknown assessor", () => {
    const map = mapSkillsHeaders(["Specialty Field", "Target", "Assessed by", "Leadership"]);
    expect(readSkillsRow(map, ["Hardwear", "", "", 3]).problems[0]?.message.en).toBe(
      'Column "Specialty Field": "Hardwear" is not a specialty field. Valid: Hardware, Software, Facility Management, Operations Management, System Management, Operations, Service Desk. Did you mean Hardware?',
    );
    const { problems } = readSkillsRow(map, ["Software", 6, "HR", 3]);
    expect(problems.map((p) => p.message.en)).toEqual([
      'Column "Target": "6" is not a target. Valid: a skill level of Software, 1-5, or blank.',
      'Column "Assessed by": "HR" is not an assessor. Valid: self, manager, 本人, 上長, or blank.',
    ]);
    expect(readSkillsRow(map, ["Service Desk", "", "", ""]).problems[0]?.kind).toBe("no-skill-items");
    expect(readSkillsRow(map, ["", "", "", ""]).problems[0]?.message.en).toContain(
      'Column "Specialty Field": is empty.',
    );
  });
});
