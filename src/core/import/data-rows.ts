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
 * Held rows are only those after a break, and at most HOLD_LIMIT of them: a break
 * followed by more rows than that without a person ends the table there (what follows
 * is below the end), so memory stays bounded by the limit, not the sheet.
 *
 * A caller that must pass every row on in order with what it is (the command line
 * writes skipped rows through to its CSV and xlsx output) uses DataRowSorter, the same
 * reader that also gives each row's fate: data, blank, totals, below the end, or a
 * blank row after the end.
 */
import type { RosterColumnKey } from "../roster/columns";
import { cellText, foldName, isBlank } from "../roster/normalize";
import { matchHeader } from "./map-columns";
import type { CellValue } from "./types";

/** Consecutive blank rows that may end the data; a single blank row inside the data is skipped. */
export const BLANK_RUN_ENDS_DATA = 2;
/** Rows after a break held while waiting for a person; past this many the table has ended. */
export const HOLD_LIMIT = 10_000;

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
  private readonly fieldColumns: readonly number[];
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
  /** Rows since the break (blank or not); past HOLD_LIMIT the table has ended. */
  private sinceBreak = 0;
  /** The table has ended for good (HOLD_LIMIT rows after a break without a person). */
  private closed = false;
  /** Rows below the end counted once the table closed. */
  private below = 0;
  private firstBelow: number | null = null;

  constructor(header: readonly unknown[]) {
    const numbering = new Set<number>();
    const person: number[] = [];
    const field: number[] = [];
    let width = 0;
    header.forEach((cell, i) => {
      const text = cellText(cell);
      if (text === "") return;
      width++;
      if (isNumberingHeader(text)) numbering.add(i);
      const match = typeof cell === "string" ? matchHeader(cell) : undefined;
      if (match && PERSON_KEYS.has(match.key)) person.push(i);
      if (match?.key === "field") field.push(i);
    });
    this.numbering = numbering;
    this.personColumns = person;
    this.fieldColumns = field;
    this.headerWidth = width;
  }

  /** Whether a row is empty: blank, or blank but for a number in a row-numbering column. */
  isEmpty(cells: readonly unknown[]): boolean {
    return isBlankRow(cells, this.numbering);
  }

  /** True once the table has ended for good: no later row is data. */
  get ended(): boolean {
    return this.closed;
  }

  /** The next row below the header (in order); returns the rows now known to be data, in order. */
  push(row: SourceRow): SourceRow[] {
    if (this.closed) {
      if (!this.isEmpty(row.cells)) this.countBelow(row.rowNumber);
      return [];
    }
    if (this.pendingEnd !== undefined && ++this.sinceBreak > HOLD_LIMIT) {
      this.close();
      return this.push(row);
    }
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
    this.sinceBreak = 0;
    return out;
  }

  /** Ends the table at the pending break: what is held is below the end, and so is every later row. */
  private close(): void {
    this.closed = true;
    const endRow = this.pendingEnd?.rowNumber ?? Infinity;
    for (const r of this.held) this.countBelow(r.rowNumber);
    for (const t of this.heldTotals) if (t.rowNumber > endRow) this.countBelow(t.rowNumber);
    this.held = [];
    this.heldTotals = this.heldTotals.filter((t) => t.rowNumber <= endRow);
    this.blanks = [];
  }

  private countBelow(rowNumber: number): void {
    this.below++;
    if (this.firstBelow === null || rowNumber < this.firstBelow) this.firstBelow = rowNumber;
  }

  /** What ends the data so far (the pending break), without finishing. */
  finishPreview(): DataEnd {
    return this.pendingEnd ?? { reason: "end-of-sheet" };
  }

  /** At the end of the sheet: what ended the data and what lies below it. */
  finish(): DataRowsEnd {
    const end: DataEnd = this.pendingEnd ?? { reason: "end-of-sheet" };
    const endRow = end.reason === "end-of-sheet" ? Infinity : end.rowNumber;
    let rowsBelowEnd = this.below + this.held.length;
    let firstRowBelowEnd: number | null = this.firstBelow ?? this.held[0]?.rowNumber ?? null;
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
   * A person's row: a name or employee ID and at least one more value, and the
   * specialty field when the header has that column (what scoring rests on; a note
   * such as "Checked by HR | 2026-04-01" under the ID and name columns is not a
   * person); without name or ID columns, values in at least half of the header's columns.
   */
  private looksLikePerson(cells: readonly unknown[]): boolean {
    let filled = 0;
    for (const cell of cells) if (!isBlank(cell)) filled++;
    if (filled < 2) return false;
    if (this.personColumns.length > 0)
      return (
        this.personColumns.some((i) => !isBlank(cells[i])) &&
        (this.fieldColumns.length === 0 || this.fieldColumns.some((i) => !isBlank(cells[i])))
      );
    return filled * 2 >= this.headerWidth;
  }
}

/** What a row is, once known: data, or skipped for a reason (counted by DataRowReader.finish()). */
export type RowFate =
  /** A blank row (or one holding only its number) inside the data. */
  | "blank"
  /** A totals row inside the data, or the totals row that ends it. */
  | "totals"
  /** A non-blank row below the end of the data. */
  | "below"
  /** A blank row after the end of the data: not counted. */
  | "trailing"
  | "data";

/**
 * DataRowReader for a caller that passes every row on, in order, with its fate. Rows
 * are handed to `emit` once their fate is known (rows after a break wait for a person
 * or the end, at most HOLD_LIMIT of them); a data row with nothing waiting goes at once.
 * @example
 *   const sorter = new DataRowSorter(header, (row, fate) => write(row, fate));
 *   for (const row of rows) sorter.push(row);
 *   const end = sorter.finish(); // as DataRowReader.finish()
 */
export class DataRowSorter {
  private readonly reader: DataRowReader;
  private queue: SourceRow[] = [];

  constructor(
    header: readonly unknown[],
    private readonly emit: (row: SourceRow, fate: RowFate) => void,
  ) {
    this.reader = new DataRowReader(header);
  }

  push(row: SourceRow): void {
    const data = this.reader.push(row);
    if (this.reader.ended) {
      // The table has ended: the rows waiting and this one are below it (or blank after it).
      this.queue.push(row);
      this.drainBelow(this.reader.finishPreview());
      return;
    }
    if (data.length === 0) {
      this.queue.push(row);
      return;
    }
    if (this.queue.length > 0) {
      // The data goes on: whatever waited is inside the table, as data, blank or totals rows.
      const isData = new Set<number>();
      for (const d of data) isData.add(d.rowNumber);
      for (const r of this.queue)
        this.emit(r, isData.has(r.rowNumber) ? "data" : this.reader.isEmpty(r.cells) ? "blank" : "totals");
      this.queue = [];
    }
    this.emit(row, "data");
  }

  /** The end of the sheet: the last rows go out with their fates; the reader's account. */
  finish(): DataRowsEnd {
    const end = this.reader.finish();
    this.drainBelow(end.end);
    return end;
  }

  private drainBelow(end: DataEnd): void {
    const endRow = end.reason === "totals" ? end.rowNumber : undefined;
    for (const r of this.queue) {
      if (this.reader.isEmpty(r.cells)) this.emit(r, "trailing");
      else this.emit(r, r.rowNumber === endRow ? "totals" : "below");
    }
    this.queue = [];
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
  let first: unknown;
  for (let i = 0; i < cells.length; i++) {
    if (!isBlank(cells[i])) {
      first = cells[i];
      break;
    }
  }
  if (typeof first !== "string" || first.length > 20) return undefined;
  // An ASCII first cell (an employee ID) without a "t" is no totals word: skip the fold (NFKC).
  if (asciiWithoutT(first)) return undefined;
  return TOTAL_WORDS.has(foldName(first)) ? first.trim() : undefined;
}

/** Every character ASCII and none a "t" or "T" (a loop: this runs on every row of a stream). */
function asciiWithoutT(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || c === 0x74 || c === 0x54) return false;
  }
  return true;
}
