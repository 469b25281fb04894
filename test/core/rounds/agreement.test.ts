import { compareSelfAndManager } from "../../../src/core/rounds/compare";
import { readAgreedLevels, selfVsManagerSheet } from "../../../src/core/rounds/agreement";
import { resolveAssessedLevels } from "../../../src/core/rounds/close-round";
import { agreedLevelsInForce } from "../../../src/core/rounds/agreement";
import { assessed, hardware } from "./roster";

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
const suzuki = { "Employee ID": "E002", Name: "Suzuki", Department: "Support" };
const tanaka = { "Employee ID": "E003", Name: "Tanaka", Department: "Desk" };

const round = assessed([
  { ...sato, "Assessed by": "Self", ...hardware(5) },
  { ...sato, "Assessed by": "Manager", ...hardware(5), Succession: 1 },
  { ...suzuki, "Assessed by": "Self", ...hardware(4) },
  { ...tanaka, ...hardware(3) },
]);

describe("the Self vs Manager sheet", () => {
  it("writes a header and one row per disagreement, differences one per line", () => {
    const values = selfVsManagerSheet(compareSelfAndManager(round.rows), "en");
    expect(values).toEqual([
      [
        "Employee ID",
        "Name",
        "Department",
        "Field",
        "Self level",
        "Manager level",
        "Differences",
        "Agreed level",
        "Comment",
      ],
      ["E001", "Sato", "Support", "Hardware", 5, 4, "Succession: self 3, manager 1", "", ""],
    ]);
    const ja = selfVsManagerSheet(compareSelfAndManager(round.rows), "ja");
    expect(ja[0]).toEqual([
      "社員番号",
      "氏名",
      "部署",
      "専門分野",
      "本人評価レベル",
      "上長評価レベル",
      "相違点",
      "合意レベル",
      "コメント",
    ]);
    expect(ja[1]?.slice(3, 7)).toEqual(["ハードウェア", 5, 4, "技術継承：本人 3、上長 1"]);
  });

  it("keeps what HR already filled in when the sheet is rebuilt", () => {
    const comparison = compareSelfAndManager(round.rows);
    const filled = selfVsManagerSheet(comparison, "en").map((r, i) =>
      i === 1 ? [...r.slice(0, 7), 5, "Book counts"] : r,
    );
    const { agreed } = readAgreedLevels(filled);
    expect(selfVsManagerSheet(comparison, "en", agreed)[1]?.slice(7)).toEqual([5, "Book counts"]);
  });
});

describe("reading agreed levels back", () => {
  const header = ["社員番号", "氏名", "専門分野", "合意レベル", "コメント"];

  it("reads filled and blank agreed levels with their comments, in Japanese headers and level spellings", () => {
    const { agreed, problems } = readAgreedLevels([
      header,
      ["E001", "Sato", "ハードウェア", "レベル４", "面談で合意"],
      ["E002", "Suzuki", "Service Desk", "", "next round"],
      ["", "", "", "", ""],
      ["E004", "Ito", "Operations Management", 0, ""],
    ]);
    expect(problems).toEqual([]);
    expect(agreed).toEqual([
      {
        employeeId: "E001",
        field: "hardware",
        level: 4,
        comment: "面談で合意",
        row: 2,
        selfLevel: null,
        managerLevel: null,
      },
      {
        employeeId: "E002",
        field: "service-desk",
        level: null,
        comment: "next round",
        row: 3,
        selfLevel: null,
        managerLevel: null,
      },
      {
        employeeId: "E004",
        field: "operations-management",
        level: 0,
        comment: "",
        row: 5,
        selfLevel: null,
        managerLevel: null,
      },
    ]);
  });

  it("refuses levels outside 0-7, levels the field does not define, and text", () => {
    const { agreed, problems } = readAgreedLevels([
      header,
      ["E001", "Sato", "Hardware", 8, ""],
      ["E002", "Suzuki", "Service Desk", 5, ""],
      ["E003", "Tanaka", "Operations", "high", ""],
      ["E004", "Ito", "Hardware", 3.5, ""],
      ["E005", "Kato", "", 3, ""],
    ]);
    expect(agreed.map((a) => a.level)).toEqual([null, null, null, null, null]);
    expect(problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "合意レベル", "8"],
      [3, "合意レベル", "5"],
      [4, "合意レベル", "high"],
      [5, "合意レベル", "3.5"],
      [6, "専門分野", ""],
    ]);
    expect(problems[1]?.message.en).toBe(
      'Row 3, column "合意レベル": "5" is not a level Service Desk defines. Valid: 0, 3, 4, or blank.',
    );
    expect(problems[1]?.message.ja).toContain("サービスデスクに定義されていないレベルです");
  });

  it("names the columns a sheet lacks, and reports repeated people and comments without an ID", () => {
    expect(readAgreedLevels([["Employee ID", "Comment"]]).problems[0]?.message.en).toBe(
      'The Self vs Manager sheet has no column "Field", "Agreed level"; recreate the sheet from the comparison',
    );
    const { agreed, problems } = readAgreedLevels([
      ["Employee ID", "Field", "Agreed level", "Comment"],
      ["E001", "Hardware", 4, ""],
      ["e001", "Hardware", 5, ""],
      ["", "Hardware", "", "who?"],
    ]);
    expect(agreed.map((a) => a.level)).toEqual([4]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, "Employee ID"],
      [4, "Employee ID"],
    ]);
  });
});

describe("resolveAssessedLevels", () => {
  it("takes the manager's row, else the self row, else the unlabelled row, and the agreed level when filled", () => {
    const { people, problems } = resolveAssessedLevels(round.rows, [
      { employeeId: "E001", field: "hardware", level: 5, comment: "agreed", row: 2 },
    ]);
    expect(problems).toEqual([]);
    expect(people).toEqual([
      {
        employeeId: "E001",
        name: "Sato",
        department: "Support",
        field: "hardware",
        assessedLevel: 4,
        assessedBy: "manager",
        agreedLevel: 5,
        comment: "agreed",
      },
      expect.objectContaining({
        employeeId: "E002",
        assessedLevel: 4,
        assessedBy: "self",
        agreedLevel: null,
      }),
      expect.objectContaining({ employeeId: "E003", assessedLevel: 3, assessedBy: null, agreedLevel: null }),
    ]);
  });

  it("reports rows without an ID, agreed levels for nobody, and an agreed level the field lost", () => {
    const roster = assessed([
      { ...sato, "Assessed by": "Manager", ...hardware(3), "Specialty Field": "Software" },
      { Name: "Nobody", ...hardware(3) },
    ]);
    const { people, problems } = resolveAssessedLevels(roster.rows, [
      { employeeId: "E001", field: "facility-management", level: 6, comment: "", row: 2 },
      { employeeId: "E999", field: "hardware", level: 3, comment: "", row: 3 },
    ]);
    expect(people.map((p) => [p.employeeId, p.assessedLevel, p.agreedLevel])).toEqual([["E001", 3, null]]);
    expect(problems.map((p) => p.row)).toEqual([3, 2, 3]);
    expect(problems[1]?.message.en).toBe(
      "Employee E001 (Sato): agreed level 6 is not a level of Software (valid: 0, 1, 2, 3, 4, 5); the assessed level is used",
    );
    expect(problems[2]?.message.en).toContain("Employee ID E999, who has no row in the roster");
  });

  it("gives no assessed level when the manager's row is invalid rather than using the self row", () => {
    const roster = assessed([
      { ...sato, "Assessed by": "Self", ...hardware(4) },
      { ...sato, "Assessed by": "Manager", ...hardware(3), Role: "Boss" },
    ]);
    expect(resolveAssessedLevels(roster.rows).people[0]).toMatchObject({
      assessedLevel: null,
      assessedBy: "manager",
    });
  });
});

describe("agreedLevelsInForce", () => {
  const comparison = compareSelfAndManager(
    assessed([
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(4) },
      { ...suzuki, "Assessed by": "Self", ...hardware(4) },
      { ...suzuki, "Assessed by": "Manager", ...hardware(3) },
      { ...tanaka, "Assessed by": "Self", ...hardware(3) },
      { ...tanaka, "Assessed by": "Manager", ...hardware(3) },
    ]).rows,
  );
  const sheet = [
    ["Employee ID", "Field", "Self level", "Manager level", "Agreed level", "Comment"],
    ["E001", "Hardware", 5, "Lv4", 5, ""],
    ["E002", "Hardware", 4, 4, 4, "from last round"],
    ["E003", "Hardware", 4, 3, 3, ""],
    ["E004", "Hardware", "", "", "", "only a comment"],
  ];

  it("reads the levels each agreement settled, and keeps the agreements that settle today's disagreements", () => {
    const { agreed } = readAgreedLevels(sheet);
    expect(agreed.map((a) => [a.employeeId, a.selfLevel, a.managerLevel])).toEqual([
      ["E001", 5, 4],
      ["E002", 4, 4],
      ["E003", 4, 3],
      ["E004", null, null],
    ]);
    const { inForce, problems } = agreedLevelsInForce(agreed, comparison);
    expect(inForce.map((a) => a.employeeId)).toEqual(["E001", "E004"]);
    expect(problems.map((p) => [p.row, p.value])).toEqual([
      [3, "4"],
      [4, "3"],
    ]);
    expect(problems[0]?.message.en).toBe(
      "Employee E002 (Suzuki): agreed level 4 (row 3 of Self vs Manager) was not used: it settled self 4, manager 4, the roster now gives self 4, manager 3. Compare again and check the agreed level",
    );
    expect(problems[1]?.message.en).toMatch(
      /^Employee E003: agreed level 3 .* no longer differ in the roster/,
    );
    expect(problems[1]?.message.ja).toMatch(/もう一度比較して確認してください$/);
  });
});
