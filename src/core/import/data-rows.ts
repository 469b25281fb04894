/**
 * Which rows below a header row are the table's data, one row at a time, so the same
 * rule serves a whole sheet (detectHeader) and a stream of rows (the command line).
 *
 * A blank run or a totals row ends the table only when nothing that looks like a
 * person follows it. Until that is known, the rows after such a break are held; a
 * person row below them means the table goes on, and the held rows are data again
 * (blank rows and totals rows inside the data are skipped, and counted).
 *
 * API:
 *   const reader = new DataRowReader(headerCells);
 *   for (const row of rows) for (const data of reader.push(row)) score(data);
 *   const end = reader.finish(); // end, blankRowsInData, totalsRowsInData, rowsBelowEnd, firstRowBelowEnd
 * Held rows are only those after a break: memory stays bounded by the gap, not the sheet.
 */
import type { RosterColumnKey } from "../roster/columns";
import { cellText, foldName, isBlank } from "../roster/normalize";
import { matchHeader } from "./map-columns";
import type { CellValue } from "./types";

/** Consecutive blank rows that may end the data; a single blank row inside the data is skipped. */
export const BLANK_RUN_ENDS_DATA = 2;

export interface SourceRow {
  /** Sheet row number, 1-based. */
  readonly rowNumber: number;
  readonly cells: readonly (CellValue | undefined)[];
}

export type DataEnd =
  | { readonly reason: "end-of-sheet" }
  /** The first blank row of the run. */
  | { readonly reason: "blank-run"; readonly rowNumber: number }
  | { readonly reason: "totals"; readonly rowNumber: number; readonly text: string };

export interface TotalsRow {
  readonly rowNumber: number;
  /** The totals word as written ("合計", "Total"). */
  readonly text: string;
}

export interface DataRowsEnd {
  readonly end: DataEnd;
  /** Blank rows (or rows holding only a row number) between data rows: skipped. */
  readonly blankRowsInData: readonly number[];
  /** Totals rows with data below them: skipped, the data goes on. */
  readonly totalsRowsInData: readonly TotalsRow[];
  /** Non-blank rows after the end of the data (none of them looks like a person): not read. */
  readonly rowsBelowEnd: number;
  readonly firstRowBelowEnd: number | null;
}

/** First-cell words of a totals row, folded. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(
  ["合計", "計", "小計", "総計", "総合計", "Total", "Totals", "Grand Total", "Sub Total", "Subtotal"].map(
    foldName,
  ),
);

/** Headers of a row-numbering column, folded: "No.", "#", "項番", "連番", "通番", "行番号". */
const NUMBERING_HEADERS: ReadonlySet<string> = new Set(
  ["No", "No.", "#", "№", "項番", "連番", "通番", "行番号"].map(foldName),
);

/** Columns that name a person: a row with one of them filled (and another cell) is a person's row. */
const PERSON_KEYS: ReadonlySet<RosterColumnKey> = new Set<RosterColumnKey>(["employeeId", "name"]);

export class DataRowReader {
  private readonly numbering: ReadonlySet<number>;
  private readonly personColumns: readonly number[];
  private readonly headerWidth: number;
  /** Single blank rows since the last data row. */
  private blanks: number[] = [];
  private blankRun = 0;
  /** The first break (blank run or totals row) since the last data row, if any. */
  private pendingEnd: Exclude<DataEnd, { reason: "end-of-sheet" }> | undefined;
  private held: SourceRow[] = [];
  private heldTotals: TotalsRow[] = [];
  private readonly blankRowsInData: number[] = [];
  private readonly totalsRowsInData: TotalsRow[] = [];

  constructor(header: readonly unknown[]) {
    const numbering = new Set<number>();
    const person: number[] = [];
    let width = 0;
    header.forEach((cell, i) => {
      const text = cellText(cell);
      if (text === "") return;
      width++;
      if (isNumberingHeader(text)) numbering.add(i);
      const match = typeof cell === "string" ? matchHeader(cell) : undefined;
      if (match && PERSON_KEYS.has(match.key)) person.push(i);
    });
    this.numbering = numbering;
    this.personColumns = person;
    this.headerWidth = width;
  }

  /** Whether a row is empty: blank, or blank but for a number in a row-numbering column. */
  isEmpty(cells: readonly unknown[]): boolean {
    return isBlankRow(cells, this.numbering);
  }

  /** The next row below the header (in order); returns the rows now known to be data, in order. */
  push(row: SourceRow): SourceRow[] {
    if (this.isEmpty(row.cells)) {
      this.blanks.push(row.rowNumber);
      this.blankRun++;
      if (this.blankRun >= BLANK_RUN_ENDS_DATA && this.pendingEnd === undefined)
        this.pendingEnd = { reason: "blank-run", rowNumber: row.rowNumber - this.blankRun + 1 };
      return [];
    }
    this.blankRun = 0;
    const totals = totalsWord(row.cells);
    if (totals !== undefined) {
      this.heldTotals.push({ rowNumber: row.rowNumber, text: totals });
      this.pendingEnd ??= { reason: "totals", rowNumber: row.rowNumber, text: totals };
      return [];
    }
    if (this.pendingEnd !== undefined && !this.looksLikePerson(row.cells)) {
      this.held.push(row);
      return [];
    }
    // Data (again): whatever was held between the last data row and this one is inside the table.
    const out = this.held.length > 0 ? [...this.held, row] : [row];
    for (const b of this.blanks) this.blankRowsInData.push(b);
    for (const t of this.heldTotals) this.totalsRowsInData.push(t);
    this.blanks = [];
    this.held = [];
    this.heldTotals = [];
    this.pendingEnd = undefined;
    return out;
  }

  /** At the end of the sheet: what ended the data and what lies below it. */
  finish(): DataRowsEnd {
    const end: DataEnd = this.pendingEnd ?? { reason: "end-of-sheet" };
    const endRow = end.reason === "end-of-sheet" ? Infinity : end.rowNumber;
    let rowsBelowEnd = this.held.length;
    let firstRowBelowEnd: number | null = this.held[0]?.rowNumber ?? null;
    for (const t of this.heldTotals) {
      if (t.rowNumber <= endRow) continue;
      rowsBelowEnd++;
      if (firstRowBelowEnd === null || t.rowNumber < firstRowBelowEnd) firstRowBelowEnd = t.rowNumber;
    }
    return {
      end,
      blankRowsInData: this.blankRowsInData,
      totalsRowsInData: this.totalsRowsInData,
      rowsBelowEnd,
      firstRowBelowEnd,
    };
  }

  /**
   * A person's row: a name or employee ID and at least one more value; without such
   * columns in the header, values in at least half of the header's columns.
   */
  private looksLikePerson(cells: readonly unknown[]): boolean {
    let filled = 0;
    for (const cell of cells) if (!isBlank(cell)) filled++;
    if (filled < 2) return false;
    if (this.personColumns.length > 0) return this.personColumns.some((i) => !isBlank(cells[i]));
    return filled * 2 >= this.headerWidth;
  }
}

function isNumberingHeader(text: string): boolean {
  return NUMBERING_HEADERS.has(foldName(text));
}

/** Columns of the header that number the rows ("No.", "項番"): a row holding only its number is empty. */
export function numberingColumns(header: readonly unknown[]): ReadonlySet<number> {
  const columns = new Set<number>();
  header.forEach((cell, i) => {
    if (isNumberingHeader(cellText(cell))) columns.add(i);
  });
  return columns;
}

/** Blank, or blank but for a number in a row-numbering column. */
export function isBlankRow(cells: readonly unknown[], numbering: ReadonlySet<number> = NO_COLUMNS): boolean {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) continue;
    if (numbering.has(i) && (typeof cell === "number" || /^\s*\d+\s*$/.test(String(cell)))) continue;
    return false;
  }
  return true;
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

/** The totals word when the row's first non-blank cell is one ("合計", "Total"). */
export function totalsWord(cells: readonly unknown[]): string | undefined {
  const first = cells.find((c) => !isBlank(c));
  if (typeof first !== "string" || first.length > 20) return undefined;
  return TOTAL_WORDS.has(foldName(first)) ? first.trim() : undefined;
}
