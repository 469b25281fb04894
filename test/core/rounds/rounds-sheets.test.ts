/**
 * The sheets a round writes, built from plain data: the Self vs Manager table
 * rebuilt over what HR typed, the History spec under any header row, and the
 * Trends report.
 */
import { compareSelfAndManager } from "../../../src/core/rounds/compare";
import { historyHeader, readHistory } from "../../../src/core/rounds/history";
import { movementBetween } from "../../../src/core/rounds/trends";
import { historyTableSpec, selfVsManagerTable } from "../../../src/core/rounds/sheets";
import { NAMES_PER_MOVEMENT, trendsReport } from "../../../src/core/rounds/trends-report";
import type { TableData } from "../../../src/core/sheets/sheet-table";
import { assessed, hardware } from "./roster";

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
const comparison = compareSelfAndManager(
  assessed([
    { ...sato, "Assessed by": "Self", ...hardware(5) },
    { ...sato, "Assessed by": "Manager", ...hardware(4) },
  ]).rows,
);

function existing(headers: string[], rows: (string | number)[][], sheet = "Agreements"): TableData {
  return { sheet, table: "Self_vs_Manager", headers, rows, headerRow: 0, firstColumn: 0 };
}

describe("selfVsManagerTable", () => {
  it("is a new sheet with text columns for IDs and names when there is none", () => {
    const { table, carriedOver, kept } = selfVsManagerTable(comparison, "en", null);
    expect(table.sheet).toBe("Self vs Manager");
    expect(table.table).toBe("Self_vs_Manager");
    expect(table.rows).toHaveLength(1);
    expect(table.text).toEqual([true, true, true, true, false, false, true, false, true]);
    expect(table.wrap?.[6]).toBe(true);
    expect([carriedOver, kept]).toEqual([0, []]);
  });

  it("carries over what was typed, exactly as typed, from a sheet in another order and language, on its own sheet", () => {
    const earlier = existing(
      ["コメント", "合意レベル", "社員番号"],
      [
        ["面談済み", "ﾚﾍﾞﾙ5", "ｅ００１"],
        ["", "", "E404"],
        ["退職予定", "", "E777"],
      ],
    );
    const { table, carriedOver, kept } = selfVsManagerTable(comparison, "en", earlier);
    expect(table.sheet).toBe("Agreements");
    expect(carriedOver).toBe(1);
    expect(table.rows[0]?.slice(7)).toEqual(["ﾚﾍﾞﾙ5", "面談済み"]);
    // E404 had nothing typed: gone. E777 had a comment: kept with a note.
    expect(kept).toEqual([{ employeeId: "E777", name: "" }]);
    expect(table.rows[1]?.[0]).toBe("E777");
    expect(table.rows[1]?.[8]).toBe("退職予定");
    expect(String(table.rows[1]?.[6])).toMatch(/^Not in the latest comparison/);
    expect(table.rows).toHaveLength(2);
  });
});

describe("historyTableSpec", () => {
  it("marks ID, name, department, field, round and date as text wherever the table has them", () => {
    const spec = historyTableSpec(["評価回", "社員番号", "メモ", "評価レベル", "日付"]);
    expect(spec.headers).toEqual(["評価回", "社員番号", "メモ", "評価レベル", "日付"]);
    expect(spec.text).toEqual([true, true, false, false, true]);
    expect(spec.rows).toEqual([]);
    expect(historyTableSpec(historyHeader("en")).text).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});

describe("trendsReport", () => {
  it("names at most NAMES_PER_MOVEMENT people per count and points to the table that lists everyone", () => {
    const many = Array.from({ length: NAMES_PER_MOVEMENT + 3 }, (_, i) => `E${i}`);
    const { entries } = readHistory([
      historyHeader("en"),
      ...many.map((id) => [id, `P${id}`, "", "Hardware", 3, "", "", "R1", "2026-03-31"]),
      ...many.map((id) => [id, `P${id}`, "", "Hardware", 4, "", "", "R2", "2026-09-30"]),
    ]);
    const movement = movementBetween(entries, "R1", "R2");
    if (!movement.ok) throw new Error(movement.message.en);
    const report = trendsReport(entries, "en", movement.movement);
    const summary = report.tables.find((t) => t.table === "Trends_Movement");
    const up = summary?.rows.find((r) => r[0] === "Moved up");
    expect(up?.[1]).toBe(NAMES_PER_MOVEMENT + 3);
    expect(String(up?.[2])).toMatch(/^PE0 \(E0\) 3 → 4, .*, and 3 more \(see the table below\)$/);
    expect(report.tables.find((t) => t.table === "Trends_MovementPeople")?.rows).toHaveLength(
      NAMES_PER_MOVEMENT + 3,
    );
    expect(report.tables.map((t) => t.table)).toEqual([
      "Trends_Overall",
      "Trends_hardware",
      "Trends_Movement",
      "Trends_MovementPeople",
    ]);
    expect(report.sheet).toBe("Trends");
  });
});
