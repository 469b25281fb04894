/**
 * A table as the product writes it into a workbook: plain data that both workbook
 * adapters (Excel through Office.js, and the in-memory preview) know how to write.
 */
export type SheetCell = string | number | boolean | null;

export interface SheetTable {
  /** Worksheet name, e.g. "KPI Rules". */
  readonly sheet: string;
  /** Excel table name (no spaces), e.g. "KPI_Rules". */
  readonly table: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
  /** Column widths in characters (Excel's unit of column width). */
  readonly widths?: readonly number[];
  /** Columns whose long text wraps. */
  readonly wrap?: readonly boolean[];
  /**
   * Columns whose cells are always text: formatted "@" before values are written, so
   * text such as "=SUM(...)" or "-5" from a source never becomes a formula or a number.
   */
  readonly text?: readonly boolean[];
}

/** Whether a string would be taken for a formula (or a signed number) if written as a value. */
export function looksLikeFormula(value: unknown): boolean {
  return typeof value === "string" && /^[=+\-@]/.test(value);
}

/** A table (or a plain range with a header row) as read from a workbook. */
export interface TableData {
  readonly sheet: string;
  /** Excel table name; null for a plain range (the selection). */
  readonly table: string | null;
  readonly headers: readonly SheetCell[];
  readonly rows: readonly (readonly SheetCell[])[];
  /** 0-based sheet position of the header row's first cell. */
  readonly headerRow: number;
  readonly firstColumn: number;
}

/** Level and gap columns to write next to a roster, as values or as live formulas. */
export interface ScoreColumns {
  readonly headers: readonly [string, string];
  /** Where the two columns go, relative to the roster's first column (0-based). */
  readonly offset: number;
  readonly mode: "values" | "formulas";
  /** Values mode: one [level, gap] per data row. */
  readonly values?: readonly (readonly [SheetCell, SheetCell])[];
  /**
   * Formulas mode: one formula per column, the same text for every data row
   * (structured references in a table; R1C1 references in a plain range).
   */
  readonly formulas?: readonly [string, string];
  readonly formulaStyle?: "a1" | "r1c1";
  /** Data rows (0-based, within rows) to highlight as invalid. */
  readonly invalidRows: readonly number[];
}
