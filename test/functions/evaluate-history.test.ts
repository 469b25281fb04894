/**
 * ITSSHISTORY called with arguments shaped as Excel passes them: the History table
 * as a 2-D array with its header row, numbers as numbers, "" for empty cells.
 */
import { itssHistory } from "../../src/functions/evaluate-history";
import { FunctionError } from "../../src/functions/evaluate";
import { historyHeader } from "../../src/core/rounds/history";

const HISTORY: (string | number)[][] = [
  historyHeader("en"),
  ["E001", "Sato", "Support", "Hardware", 3, "", "", "FY2025 H2", 45930],
  ["E002", "Suzuki", "Desk", "Service Desk", 3, "", "", "FY2025 H2", 45930],
  ["E001", "Sato", "Support", "Hardware", 4, 5, 3, "FY2026 H1", 46112],
  [1001, "Ito", "Ops", "Operations", 3, "", "", "FY2026 H1", "2026-03-31"],
];

function excelError(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FunctionError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

describe("ITSSHISTORY", () => {
  it("spills one row per round in table order: Round, Date, Assessed, Agreed, Skill level", () => {
    expect(itssHistory("E001", HISTORY)).toEqual([
      ["FY2025 H2", "2025-09-30", 3, "", ""],
      ["FY2026 H1", "2026-03-31", 4, 5, 3],
    ]);
  });

  it("finds the person whatever the width or case of the ID, a number, or a one-cell range", () => {
    expect(itssHistory("ｅ００１", HISTORY)).toHaveLength(2);
    expect(itssHistory(1001, HISTORY)).toEqual([["FY2026 H1", "2026-03-31", 3, "", ""]]);
    expect(itssHistory([["E002"]], HISTORY)).toEqual([["FY2025 H2", "2025-09-30", 3, "", ""]]);
  });

  it("lists a round closed again (appended at the bottom) in its place by date; table order without dates", () => {
    const replaced = [
      ...HISTORY.filter((r) => r[7] !== "FY2025 H2"),
      ["E001", "Sato", "Support", "Hardware", 4, "", "", "FY2025 H2", "2025-09-30"],
    ];
    expect(itssHistory("E001", replaced).map((r) => r[0])).toEqual(["FY2025 H2", "FY2026 H1"]);
    const undated = replaced.map((r, i) => (i === replaced.length - 1 ? [...r.slice(0, 8), ""] : r));
    expect(itssHistory("E001", undated).map((r) => r[0])).toEqual(["FY2026 H1", "FY2025 H2"]);
  });

  it("reads a Japanese table in another column order, without the optional Skill level", () => {
    const ja = [
      ["評価回", "日付", "社員番号", "評価レベル", "合意レベル"],
      ["2026年度上期", "2026-03-31", "E001", "レベル4", ""],
    ];
    expect(itssHistory("E001", ja)).toEqual([["2026年度上期", "2026-03-31", 4, "", ""]]);
  });

  it("is #N/A with a message when the person has no rows", () => {
    const err = excelError(() => itssHistory("E999", HISTORY));
    expect(err.kind).toBe("#N/A");
    expect(err.message).toBe('Employee ID "E999" has no rows in the History table');
    expect(excelError(() => itssHistory("E001", [historyHeader("en")])).kind).toBe("#N/A");
  });

  it("is #VALUE! naming the headers a table lacks", () => {
    const err = excelError(() =>
      itssHistory("E001", [
        ["Employee ID", "Name", "Assessed level"],
        ["E001", "Sato", 3],
      ]),
    );
    expect(err.kind).toBe("#VALUE!");
    expect(err.message).toBe(
      'history has no column "Agreed level", "Round", "Date"; pass the History table with its header row, such as History[#All]',
    );
  });

  it("is #VALUE! for a blank ID, a range of several cells, or no table", () => {
    expect(excelError(() => itssHistory("", HISTORY)).message).toBe(
      "employeeId is empty; pass the person's Employee ID",
    );
    expect(excelError(() => itssHistory(null, HISTORY)).kind).toBe("#VALUE!");
    expect(excelError(() => itssHistory([["E001", "E002"]], HISTORY)).kind).toBe("#VALUE!");
    expect(excelError(() => itssHistory("E001", [])).kind).toBe("#VALUE!");
  });
});
