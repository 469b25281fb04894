import {
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
    if (!result.ok) expect(result.message.en).toContain("Split the file");
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
      expect(result.message.en).toContain("at most 1,048,571 rows fit below the header in row 5");
  });
});
