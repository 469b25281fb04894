import { historyHeader, readHistory } from "../../../src/core/rounds/history";
import { distributionChartTable, levelDistribution } from "../../../src/core/rounds/trends";
import { movementBetween, type Movement } from "../../../src/core/rounds/trends";

/** Three rounds as the History sheet holds them. Dates come back from Excel as serials. */
const TABLE: unknown[][] = [
  historyHeader("en"),
  // FY2025 H2
  ["E001", "Sato", "Support", "Hardware", 3, "", "", "FY2025 H2", 45930],
  ["E002", "Suzuki", "Desk", "Service Desk", 3, "", "", "FY2025 H2", 45930],
  ["E003", "Tanaka", "Support", "Hardware", 4, "", "", "FY2025 H2", 45930],
  ["E004", "Ito", "Ops", "Operations Management", 5, "", "", "FY2025 H2", 45930],
  // FY2026 H1: Sato up, Suzuki up by agreement (assessed 3), Tanaka down by agreement, Ito left, Kato new
  ["E001", "Sato", "Support", "Hardware", 4, "", "", "FY2026 H1", 46112],
  ["E002", "Suzuki", "Desk", "Service Desk", 3, 4, "", "FY2026 H1", 46112],
  ["E003", "Tanaka", "Support", "Hardware", 4, 3, "", "FY2026 H1", 46112],
  ["E005", "Kato", "Desk", "サービスデスク", 0, "", "", "FY2026 H1", 46112],
  // FY2026 H2 (label and ID retyped in lower case): only Sato so far
  ["e001", "Sato", "Support", "Hardware", 4, "", "", "fy2026 h2", "2026-09-30"],
];

describe("readHistory", () => {
  it("reads every row in table order with fields in either language and levels as numbers", () => {
    const { entries, problems } = readHistory(TABLE);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(9);
    expect(entries[7]).toEqual({
      employeeId: "E005",
      name: "Kato",
      department: "Desk",
      field: "service-desk",
      assessedLevel: 0,
      agreedLevel: null,
      skillLevel: null,
      round: "FY2026 H1",
      date: "2026-03-31",
      row: 9,
    });
  });

  it("reports bad cells, rows without ID or round, and a person twice in a round", () => {
    const { entries, problems } = readHistory([
      historyHeader("ja"),
      ["E001", "", "", "Hardwear", 9, "", "", "R1", ""],
      ["", "", "", "", 3, "", "", "R1", ""],
      ["E002", "", "", "", 3, "", "", "", ""],
      ["E001", "", "", "", 2, "", "", "R1", ""],
    ]);
    expect(entries.map((e) => [e.employeeId, e.field, e.assessedLevel])).toEqual([["E001", null, null]]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, "専門分野"],
      [2, "評価レベル"],
      [3, "社員番号"],
      [4, "評価回"],
      [5, "社員番号"],
    ]);
  });

  it("names the columns a table lacks", () => {
    expect(readHistory([["Name", "Date"]]).problems[0]?.message.en).toBe(
      'The History table has no column "Employee ID", "Assessed level", "Round"; pass it with its header row',
    );
  });
});

describe("levelDistribution", () => {
  const distribution = levelDistribution(readHistory(TABLE).entries);

  it("counts people per level 0-7 per round, at the agreed level when there is one", () => {
    expect(distribution.rounds).toEqual(["FY2025 H2", "FY2026 H1", "fy2026 h2"]);
    expect(distribution.overall).toEqual([
      [0, 0, 0, 2, 1, 1, 0, 0],
      [1, 0, 0, 1, 2, 0, 0, 0],
      [0, 0, 0, 0, 1, 0, 0, 0],
    ]);
    expect(distribution.unrated).toEqual([0, 0, 0]);
  });

  it("counts per field, only for fields in the history, in catalog order", () => {
    expect([...distribution.byField.keys()]).toEqual(["hardware", "operations-management", "service-desk"]);
    expect(distribution.byField.get("service-desk")).toEqual([
      [0, 0, 0, 1, 0, 0, 0, 0],
      [1, 0, 0, 0, 1, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("gives the chart a header row and one row per round", () => {
    expect(distributionChartTable(distribution, "en")[0]).toEqual([
      "Round",
      "Not yet level 1",
      "Level 1",
      "Level 2",
      "Level 3",
      "Level 4",
      "Level 5",
      "Level 6",
      "Level 7",
    ]);
    expect(distributionChartTable(distribution, "ja", "hardware")).toEqual([
      ["評価回", "レベル1未満", "レベル1", "レベル2", "レベル3", "レベル4", "レベル5", "レベル6", "レベル7"],
      ["FY2025 H2", 0, 0, 0, 1, 1, 0, 0, 0],
      ["FY2026 H1", 0, 0, 0, 1, 1, 0, 0, 0],
      ["fy2026 h2", 0, 0, 0, 0, 1, 0, 0, 0],
    ]);
    expect(distributionChartTable(distribution, "en", "software").slice(1)).toEqual([
      ["FY2025 H2", 0, 0, 0, 0, 0, 0, 0, 0],
      ["FY2026 H1", 0, 0, 0, 0, 0, 0, 0, 0],
      ["fy2026 h2", 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it("keeps people without any level out of the counts but says how many there are", () => {
    const { entries } = readHistory([historyHeader("en"), ["E1", "", "", "", "", "", "", "R1", ""]]);
    const d = levelDistribution(entries);
    expect(d.overall).toEqual([[0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(d.unrated).toEqual([1]);
  });
});

describe("the order of rounds", () => {
  const row = (id: string, round: string, date: unknown) => [id, "", "", "Hardware", 3, "", "", round, date];

  it("follows the rounds' dates, so a round closed again at the bottom of the table keeps its place", () => {
    const { entries } = readHistory([
      historyHeader("en"),
      row("E1", "FY2025 H2", 45930),
      row("E1", "FY2026 H2", "2026-11-20"),
      row("E1", "FY2026 H1", "2026-03-31"),
    ]);
    expect(levelDistribution(entries).rounds).toEqual(["FY2025 H2", "FY2026 H1", "FY2026 H2"]);
  });

  it("keeps table order when a round has no readable date, and for rounds of the same day", () => {
    const undated = readHistory([
      historyHeader("en"),
      row("E1", "B", "2026-11-20"),
      row("E1", "A", "someday"),
    ]).entries;
    expect(levelDistribution(undated).rounds).toEqual(["B", "A"]);
    const sameDay = readHistory([historyHeader("en"), row("E1", "B", 46112), row("E1", "A", 46112)]).entries;
    expect(levelDistribution(sameDay).rounds).toEqual(["B", "A"]);
  });
});

describe("movementBetween", () => {
  const entries = readHistory(TABLE).entries;
  const ids = (m: Movement) =>
    Object.fromEntries(Object.entries(m.people).map(([k, people]) => [k, people.map((p) => p.employeeId)]));

  it("sorts people into moved up, same, moved down, new and left, using the agreed level when present", () => {
    const result = movementBetween(entries, "FY2025 H2", "FY2026 H1");
    if (!result.ok) throw new Error(result.message.en);
    expect(ids(result.movement)).toEqual({
      "moved-up": ["E001", "E002"],
      same: [],
      "moved-down": ["E003"],
      new: ["E005"],
      left: ["E004"],
      unrated: [],
    });
    expect(result.movement.counts).toEqual({
      "moved-up": 2,
      same: 0,
      "moved-down": 1,
      new: 1,
      left: 1,
      unrated: 0,
    });
    expect(result.movement.people["moved-up"][1]).toEqual({
      employeeId: "E002",
      name: "Suzuki",
      department: "Desk",
      field: "service-desk",
      from: 3,
      to: 4,
    });
    expect(result.movement.people.left[0]).toMatchObject({ employeeId: "E004", from: 5, to: null });
    expect(result.movement.people.new[0]).toMatchObject({ employeeId: "E005", from: null, to: 0 });
  });

  it("matches people and rounds whatever their case or width, and works between rounds further apart", () => {
    const result = movementBetween(entries, "ＦＹ２０２６ Ｈ１", "FY2026 H2");
    if (!result.ok) throw new Error(result.message.en);
    expect(result.movement.fromRound).toBe("FY2026 H1");
    expect(ids(result.movement)).toMatchObject({ same: ["e001"], left: ["E002", "E003", "E005"], new: [] });
    const apart = movementBetween(entries, "FY2025 H2", "FY2026 H2");
    expect(apart.ok && apart.movement.counts).toMatchObject({ "moved-up": 1, left: 3, new: 0 });
  });

  it("puts people without a level in one round apart instead of guessing", () => {
    const { entries: two } = readHistory([
      historyHeader("en"),
      ["E1", "", "", "", 3, "", "", "R1", ""],
      ["E1", "", "", "", "", "", "", "R2", ""],
    ]);
    const result = movementBetween(two, "R1", "R2");
    expect(result.ok && result.movement.people.unrated).toEqual([
      expect.objectContaining({ employeeId: "E1", from: 3, to: null }),
    ]);
  });

  it("names a round History does not have, and the rounds it does", () => {
    const result = movementBetween(entries, "FY2024 H2", "FY2026 H1");
    expect(!result.ok && result.message.en).toBe(
      'History has no round "FY2024 H2". Rounds: FY2025 H2, FY2026 H1, fy2026 h2',
    );
    expect(!result.ok && result.message.ja).toContain("評価回「FY2024 H2」がありません");
  });
});
