import {
  checkScoredOutputLimits,
  checkSheetLimits,
  checkWriteLimits,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  planImport,
} from "../../../src/core/import";

describe("Excel's limits", () => {
  it("are Excel's grid, less the Roster table's header row", () => {
    expect(EXCEL_MAX_ROWS).toBe(1_048_576);
    expect(MAX_IMPORT_ROWS).toBe(1_048_575);
    expect(EXCEL_MAX_COLUMNS).toBe(16_384);
    expect(MAX_IMPORT_COLUMNS).toBe(16_384);
  });

  it("accept a sheet that fits exactly", () => {
    expect(checkSheetLimits([new Array(EXCEL_MAX_COLUMNS).fill("x")])).toEqual({ ok: true });
    expect(checkWriteLimits({ dataRows: MAX_IMPORT_ROWS, columns: MAX_IMPORT_COLUMNS })).toEqual({
      ok: true,
    });
  });

  it("refuse a row wider than a sheet, saying so in both languages", () => {
    const result = checkSheetLimits([["a"], new Array(EXCEL_MAX_COLUMNS + 1).fill(null)]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.en).toContain("16,385 columns do not fit");
      expect(result.message.ja).toContain("16,384列まで");
    }
  });

  it("refuse more rows than a sheet holds", () => {
    const empty: never[] = [];
    const rows = new Array<never[]>(EXCEL_MAX_ROWS + 1).fill(empty);
    const result = checkSheetLimits(rows);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message.en).toBe(
        "The file has 1,048,577 rows (its header row included), more than the 1,048,576 rows of an Excel sheet; " +
          "a sheet holds at most 1,048,575 data rows below one header row. Split the file and import it in parts.",
      );
    const planned = planImport(rows, { mode: "append" });
    expect(planned.ok).toBe(false);
  });

  it("count the rows already above when appending below a table", () => {
    expect(checkWriteLimits({ dataRows: MAX_IMPORT_ROWS - 4, columns: 21, headerRow: 5 })).toEqual({
      ok: true,
    });
    const result = checkWriteLimits({ dataRows: MAX_IMPORT_ROWS - 3, columns: 21, headerRow: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message.en).toBe(
        "1,048,572 data rows do not fit: with the header in row 5, there is room for 1,048,571 data rows " +
          "before the sheet ends at row 1,048,576. Split the file and import it in parts.",
      );
  });

  it("word a new sheet's refusal without a contradiction: the header row is not counted as data", () => {
    const result = checkWriteLimits({ dataRows: MAX_IMPORT_ROWS + 1, columns: 21 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.en).toContain("1,048,576 data rows do not fit: with the header in row 1");
      expect(result.message.en).toContain("room for 1,048,575 data rows");
      expect(result.message.ja).toContain("データ1,048,576行は収まりません");
    }
  });

  it("count the two score columns when a scored copy is written", () => {
    expect(checkScoredOutputLimits({ dataRows: 5, columns: EXCEL_MAX_COLUMNS - 2, addedColumns: 2 })).toEqual(
      {
        ok: true,
      },
    );
    const wide = checkScoredOutputLimits({ dataRows: 5, columns: EXCEL_MAX_COLUMNS - 1, addedColumns: 2 });
    expect(wide.ok).toBe(false);
    if (!wide.ok) expect(wide.message.en).toMatch(/^16,383 columns and the 2 score columns make 16,385/);
    const long = checkScoredOutputLimits({ dataRows: MAX_IMPORT_ROWS + 1, columns: 3, addedColumns: 2 });
    expect(long.ok).toBe(false);
  });
});
