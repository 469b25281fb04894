/**
 * The in-memory workbook's storage and its formula evaluator: rows kept dense,
 * table rows added and removed in one pass at any count, and formulas evaluated
 * through a small interface (tables by name, values of a block), not the workbook class.
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import {
  evaluateFormula,
  setDisplayLanguage,
  type FormulaCells,
  type FormulaMemo,
} from "../../src/adapters/memory/formulas";
import { createRoster } from "../../src/app/roster";
import type { SheetCell } from "../../src/core/sheets/sheet-table";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { mapHeaders } from "../../src/core/roster/header-map";
import { scoreRow } from "../../src/core/engine/score-row";

const spec = (rows: SheetCell[][] = []) => ({ sheet: "Data", table: "Data", headers: ["Value"], rows });

describe("the in-memory workbook's rows", () => {
  it("keeps every row up to the last one written (no holes)", () => {
    const wb = new MemoryWorkbook();
    wb.putSheet("Sheet", [[], [], [], [], ["five"]]);
    const cells = wb.sheet("Sheet")?.cells ?? [];
    expect(cells).toHaveLength(5);
    expect(cells.every((line) => Array.isArray(line))).toBe(true);
    expect(wb.usedRange("Sheet")).toEqual({ sheet: "Sheet", top: 0, left: 0, rows: 5, columns: 1 });
  });

  it("appends and replaces table rows at any count, beyond what a spread of arguments allows", async () => {
    const wb = new MemoryWorkbook();
    const many = Array.from({ length: 130_000 }, (_, i) => [i]); // a spread of 130,000 arguments overflows the stack
    await wb.updateTableRows(spec(), { remove: [], append: many });
    expect(wb.table("Data")?.rows).toBe(130_001);
    expect(wb.usedRange("Data")?.rows).toBe(130_001);
    await wb.updateTableRows(spec(), { remove: many.map((_, i) => i), append: [["only"]] });
    expect((await wb.readTable("Data"))?.rows).toEqual([["only"]]);
  });

  it("removes the given rows and keeps the others in order", async () => {
    const wb = new MemoryWorkbook();
    await wb.updateTableRows(spec(), { remove: [], append: [["a"], ["b"], ["c"], ["d"]] });
    await wb.updateTableRows(spec(), { remove: [3, 1, 1, 9], append: [["e"]] });
    expect((await wb.readTable("Data"))?.rows).toEqual([["a"], ["c"], ["e"]]);
  });

  it("inserts appended rows above cells that lie below the table", async () => {
    const wb = new MemoryWorkbook();
    await wb.updateTableRows(spec(), { remove: [], append: [["a"]] });
    const below = wb.sheet("Data")?.cells ?? [];
    below[4] = [{ value: "note below" }];
    await wb.updateTableRows(spec(), { remove: [], append: [["b"], ["c"]] });
    expect(wb.values("Data", 0, 0, 7, 1).map((r) => r[0])).toEqual([
      "Value",
      "a",
      "b",
      "c",
      null,
      null,
      "note below",
    ]);
  });
});

describe("the memory adapter's formula evaluator", () => {
  const headers: SheetCell[] = [...SAMPLE_ROSTER_HEADERS];
  const people = sampleRosterRows().slice(0, 3) as SheetCell[][];
  const first = SAMPLE_ROSTER_HEADERS[0];
  const last = SAMPLE_ROSTER_HEADERS[SAMPLE_ROSTER_HEADERS.length - 1];
  const level = `=IF(COUNTA(Roster[@[${first}]:[${last}]])=0,"",HR.ITSSLEVEL(Roster[@[${first}]:[${last}]],Roster[[#Headers],[${first}]:[${last}]]))`;

  /** A sheet as a plain object: all the evaluator may use. */
  function cells(): FormulaCells & { reads: number } {
    const grid = [headers, ...people];
    return {
      reads: 0,
      table: (name) =>
        name === "Roster"
          ? { sheet: "S", top: 0, left: 0, rows: grid.length, columns: headers.length }
          : undefined,
      values(sheet, top, left, rows, columns) {
        this.reads++;
        return grid.slice(top, top + rows).map((r) => r.slice(left, left + columns));
      },
    };
  }

  it("needs only tables by name and the values of a block", () => {
    const workbook = cells();
    const levels = people.map((_, i) =>
      evaluateFormula(level, { workbook, sheet: "S", row: i + 1, column: headers.length }),
    );
    const map = mapHeaders(headers);
    expect(levels).toEqual(people.map((p) => scoreRow(p, { headers: map }).level));
    expect(levels.some((l) => typeof l === "number" && l > 0)).toBe(true);
  });

  it("reads what does not depend on the row once per read of a block", () => {
    const shared = cells();
    const memo: FormulaMemo = new Map();
    people.forEach((_, i) =>
      evaluateFormula(level, { workbook: shared, sheet: "S", row: i + 1, column: 21, memo }),
    );
    const alone = cells();
    people.forEach((_, i) => evaluateFormula(level, { workbook: alone, sheet: "S", row: i + 1, column: 21 }));
    // Per row: the row itself; once: the header names and the header block.
    expect(shared.reads).toBe(people.length + 2);
    expect(alone.reads).toBeGreaterThan(shared.reads);
  });
});

describe("a function error in the preview carries its message, as Excel's error indicator does", () => {
  afterEach(() => setDisplayLanguage("en"));

  async function rosterWithBadRow(): Promise<{ wb: MemoryWorkbook; row: number; column: number }> {
    const wb = new MemoryWorkbook();
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const table = wb.table("Roster");
    if (!table) throw new Error("no roster");
    const field = SAMPLE_ROSTER_HEADERS.indexOf("Specialty Field");
    const bad = [...(sampleRosterRows()[0] ?? [])] as SheetCell[];
    bad[field] = "Hardwear";
    await wb.updateTableRows(
      { sheet: "Roster", table: "Roster", headers: [], rows: [] },
      { remove: [], append: [[...bad, null, null]] },
    );
    return { wb, row: table.top + table.rows - 1, column: SAMPLE_ROSTER_HEADERS.length };
  }

  it("shows #VALUE! in the cell and the function's own message beside it", async () => {
    const { wb, row, column } = await rosterWithBadRow();
    expect(wb.values("Roster", row, column, 1, 2)[0]).toEqual(["#VALUE!", "#VALUE!"]);
    const message = wb.errorMessage("Roster", row, column);
    expect(message).toBe(
      'Column "Specialty Field": "Hardwear" is not a specialty field. Valid: Hardware, Software, Facility Management, Operations Management, System Management, Operations, Service Desk. Did you mean Hardware?',
    );
    // A cell without an error, and a cell without a formula, have no message.
    expect(wb.errorMessage("Roster", row - 1, column)).toBeNull();
    expect(wb.errorMessage("Roster", row, 0)).toBeNull();
  });

  it("in the display language, as Excel's follows Office's", async () => {
    const { wb, row, column } = await rosterWithBadRow();
    setDisplayLanguage("ja");
    expect(wb.errorMessage("Roster", row, column)).toMatch(
      /^「Specialty Field」列：「Hardwear」は専門分野として無効です/,
    );
  });
});
