import { compareSelfAndManager } from "../../../src/core/rounds/compare";
import { parseAssessor } from "../../../src/core/rounds/assessments";
import { assessed, hardware } from "./roster";

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
const suzuki = { "Employee ID": "E002", Name: "Suzuki", Department: "Support" };

describe("reading who assessed a row", () => {
  it("accepts Self / Manager in English and Japanese, any case or width", () => {
    for (const self of ["Self", "SELF", "ｓｅｌｆ", "本人", "自己評価", "self-assessment"])
      expect(parseAssessor(self)).toBe("self");
    for (const manager of ["Manager", "manager", "ＭＡＮＡＧＥＲ", "上長", "上司", "Line manager"])
      expect(parseAssessor(manager)).toBe("manager");
    expect(parseAssessor("peer")).toBeUndefined();
  });

  it("finds the column by its Japanese header and reports a value that names nobody", () => {
    const header = [
      "社員番号",
      "評価者",
      "専門分野",
      "役割",
      "実績件数",
      "複雑性",
      "対象範囲",
      "専門テーマ数",
    ];
    const roster = assessed(
      [
        { 社員番号: "E001", 評価者: "本人", ...jaHardware3 },
        { 社員番号: "E001", 評価者: "同僚", ...jaHardware3 },
      ] as never,
      header,
    );
    expect(roster.hasAssessorColumn).toBe(true);
    expect(roster.rows.map((r) => r.assessedBy)).toEqual(["self", null]);
    expect(roster.problems).toHaveLength(1);
    expect(roster.problems[0]?.row).toBe(3);
    expect(roster.problems[0]?.message.en).toBe(
      'Row 3, column "評価者": "同僚" is not an assessor. Valid: Self, Manager (本人, 上長).',
    );
    expect(roster.problems[0]?.message.ja).toContain("3行目「評価者」列：「同僚」は評価者として無効です");
  });
});

const jaHardware3 = {
  専門分野: "ハードウェア",
  役割: "メンバー",
  実績件数: 1,
  複雑性: 2,
  対象範囲: "特定ユーザー",
  専門テーマ数: 1,
};

describe("compareSelfAndManager", () => {
  it("lists each person at different levels with one sentence per differing criterion", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...suzuki, "Assessed by": "Self", ...hardware(3) },
      { ...sato, "Assessed by": "Manager", ...hardware(5), Succession: 1, Projects: 2 },
      { ...suzuki, "Assessed by": "Manager", ...hardware(3) },
    ]);
    const result = compareSelfAndManager(rows);
    expect(result.issues).toEqual([]);
    expect(result.sameLevel).toBe(1);
    expect(result.disagreements).toHaveLength(1);
    const [d] = result.disagreements;
    expect(d).toMatchObject({
      employeeId: "E001",
      name: "Sato",
      department: "Support",
      field: "hardware",
      selfLevel: 5,
      managerLevel: 4,
      selfRow: 2,
      managerRow: 4,
    });
    expect(d?.differences.map((x) => x.message.en)).toEqual([
      "Projects: self 3, manager 2",
      "Succession: self 3, manager 1",
    ]);
    expect(d?.differences.map((x) => x.message.ja)).toEqual([
      "実績件数：本人 3、上長 2",
      "技術継承：本人 3、上長 1",
    ]);
  });

  it("names roles, scopes, fields and yes/no as people read them, and skips columns the field never reads", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "本人", ...hardware(4), Years: 9 },
      { ...sato, "Assessed by": "上長", ...hardware(3), Mentoring: "no", Years: 1 },
    ]);
    const [d] = compareSelfAndManager(rows).disagreements;
    expect(d?.differences.map((x) => x.message.en)).toEqual([
      "Role: self Responsible, manager Member",
      "Projects: self 2, manager 1",
      "Scope: self Industry or wide area, manager Specific users",
      "Succession: self 1, manager 0",
      "Mentoring: self yes, manager no",
    ]);
    expect(d?.differences[0]?.message.ja).toBe("役割：本人 責任者、上長 メンバー");
  });

  it("shows a different field as a difference", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(3) },
      { ...sato, "Assessed by": "Manager", ...hardware(3), "Specialty Field": "Software", Projects: 0 },
    ]);
    const [d] = compareSelfAndManager(rows).disagreements;
    expect(d?.field).toBe("software");
    expect(d?.differences.map((x) => x.message.en)).toEqual([
      "Specialty Field: self Hardware, manager Software",
      "Projects: self 1, manager 0",
    ]);
  });

  it("does not list people whose levels agree even when their evidence differs", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(3), Projects: 9 },
      { ...sato, "Assessed by": "Manager", ...hardware(3) },
    ]);
    expect(compareSelfAndManager(rows)).toEqual({ disagreements: [], sameLevel: 1, issues: [] });
  });

  it("reports people with only one of the two rows, with two of a kind, or without an ID", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(3) },
      { ...suzuki, "Assessed by": "Manager", ...hardware(4) },
      { "Employee ID": "E003", "Assessed by": "Self", ...hardware(3) },
      { "Employee ID": "E003", "Assessed by": "Self", ...hardware(4) },
      { "Employee ID": "E003", "Assessed by": "Manager", ...hardware(4) },
      { Name: "Nobody", "Assessed by": "Self", ...hardware(3) },
    ]);
    const result = compareSelfAndManager(rows);
    expect(result.disagreements).toEqual([]);
    expect(result.issues.map((i) => [i.kind, i.employeeId, i.rows])).toEqual([
      ["no-employee-id", "", [7]],
      ["missing-manager", "E001", [2]],
      ["missing-self", "E002", [3]],
      ["several-self", "E003", [4, 5]],
    ]);
    expect(result.issues[1]?.message.en).toBe(
      "Employee E001 (Sato): only a self assessment (row 2); the manager assessment row is missing",
    );
    expect(result.issues[1]?.message.ja).toBe(
      "社員番号E001（Sato）：本人評価の行のみです（2行目）。上長評価の行がありません",
    );
    expect(result.issues[3]?.message.en).toBe("Employee E003: 2 self assessment rows (rows 4, 5); keep one");
  });

  it("reports a pair it cannot compare because a row is invalid, and a row without Assessed by", () => {
    const { rows } = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(3) },
      { ...sato, "Assessed by": "Manager", ...hardware(3), Role: "Boss" },
      { ...suzuki, ...hardware(3) },
    ]);
    const result = compareSelfAndManager(rows);
    expect(result.issues.map((i) => [i.kind, i.employeeId, i.rows])).toEqual([
      ["invalid-row", "E001", [3]],
      ["unlabelled", "E002", [4]],
    ]);
    expect(result.issues[0]?.message.en).toContain("the manager assessment row has problems (row 3)");
  });
});
