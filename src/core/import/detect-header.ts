/**
 * Finds the table in a sheet HR already keeps: the header row below any title
 * rows, notes, blank rows and merged title cells, and the data rows below it up to
 * a run of blank rows or a totals row. Row numbers are the sheet's, 1-based, so
 * every message points at a row the user can find.
 */
import type { Localized } from "../catalog/types";
import type { RosterColumnKey } from "../roster/columns";
import { cellText, foldName, isBlank } from "../roster/normalize";
import { matchHeader } from "./map-columns";
import { noHeaderRowMessage, headerRowOutOfRangeMessage } from "./messages";
import type { CellValue, MergedRange, SheetRows } from "./types";

/** How far down the header row is looked for: skill sheets carry long title and instruction blocks. */
export const HEADER_SEARCH_ROWS = 100;
/** Consecutive blank rows that end the data; a single blank row inside the data is skipped. */
export const BLANK_RUN_ENDS_DATA = 2;
/** Columns looked at when scoring a candidate header row: roster headers sit at the left of a table. */
export const HEADER_SCAN_COLUMNS = 256;
/** A header row names at least this score: 2 per exact or alias match, 1 per close match. */
export const MIN_HEADER_SCORE = 3;

/** First-cell words of a totals row, folded. */
const TOTAL_WORDS: ReadonlySet<string> = new Set(
  ["合計", "計", "小計", "総計", "総合計", "Total", "Totals", "Grand Total", "Sub Total", "Subtotal"].map(
    foldName,
  ),
);

export interface HeaderDetectionOptions {
  /** Merged ranges of the sheet, 0-based, in the coordinates of the cells array. */
  readonly merges?: readonly MergedRange[];
  /** Sheet row number of the first row of cells; 1 unless the cells start lower. */
  readonly firstRowNumber?: number;
  /** The header row the user picked (sheet row number), when the automatic choice is wrong. */
  readonly headerRowNumber?: number;
}

export interface SourceRow {
  /** Sheet row number, 1-based. */
  readonly rowNumber: number;
  readonly cells: readonly (CellValue | undefined)[];
}

export type SkipReason = "blank" | "title" | "merged" | "note";

export interface SkippedRow {
  readonly rowNumber: number;
  readonly reason: SkipReason;
  /** The row's first text, for the report ("2024年度 スキルチェックシート"). */
  readonly text: string;
}

export type DataEnd =
  | { readonly reason: "end-of-sheet" }
  /** The first blank row of the run. */
  | { readonly reason: "blank-run"; readonly rowNumber: number }
  | { readonly reason: "totals"; readonly rowNumber: number; readonly text: string };

export interface HeaderDetection {
  /** Index of the header row in the cells array. */
  readonly headerIndex: number;
  readonly headerRowNumber: number;
  /** Recognised by its column names, chosen by the user, or guessed (no names recognised). */
  readonly basis: "recognised" | "chosen" | "guessed";
  /** Header text per source column, as wide as the widest data row; blank where the sheet has none. */
  readonly headers: readonly string[];
  readonly dataRows: readonly SourceRow[];
  readonly skippedAbove: readonly SkippedRow[];
  /** Single blank rows inside the data (or rows holding only a row number), skipped. */
  readonly blankRowsInData: readonly number[];
  readonly end: DataEnd;
  /** Non-blank rows after the end of the data: not imported, and said so. */
  readonly rowsBelowEnd: number;
  readonly firstRowBelowEnd: number | null;
}

export type HeaderDetectionResult =
  | { readonly ok: true; readonly detection: HeaderDetection }
  | { readonly ok: false; readonly message: Localized };

/**
 * Finds the header row and the data rows of a sheet.
 * @example
 *   detectHeader([["スキルチェックシート"], [], ["氏名", "専門分野"], ["山田", "運用管理"]])
 *   // => ok, headerRowNumber 3, one data row (row 4)
 */
export function detectHeader(rows: SheetRows, options: HeaderDetectionOptions = {}): HeaderDetectionResult {
  const first = options.firstRowNumber ?? 1;
  const merges = options.merges ?? [];
  const pick = pickHeaderRow(rows, merges, first, options.headerRowNumber);
  if (!pick.ok) return pick;
  const { headerIndex, basis } = pick;

  // Printed templates number their rows ("No." 1..50) ahead of use: a row holding only its number is empty.
  const numbering = numberingColumns(rows[headerIndex] ?? []);
  const isEmpty = (cells: readonly unknown[]) => isBlankRow(cells, numbering);
  const dataRows: SourceRow[] = [];
  const blankRowsInData: number[] = [];
  let end: DataEnd = { reason: "end-of-sheet" };
  let endIndex = rows.length;
  let blankRun = 0;
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (isEmpty(cells)) {
      blankRun++;
      if (blankRun >= BLANK_RUN_ENDS_DATA) {
        end = { reason: "blank-run", rowNumber: i - blankRun + 1 + first };
        endIndex = i + 1;
        break;
      }
      continue;
    }
    const totals = totalsWord(cells);
    if (totals !== undefined) {
      end = { reason: "totals", rowNumber: i + first, text: totals };
      endIndex = i + 1;
      break;
    }
    if (blankRun === 1) blankRowsInData.push(i - 1 + first);
    blankRun = 0;
    dataRows.push({ rowNumber: i + first, cells });
  }

  let rowsBelowEnd = 0;
  let firstRowBelowEnd: number | null = null;
  for (let i = endIndex; i < rows.length; i++) {
    if (isEmpty(rows[i] ?? [])) continue;
    rowsBelowEnd++;
    firstRowBelowEnd ??= i + first;
  }

  let width = rows[headerIndex]?.length ?? 0;
  for (const r of dataRows) if (r.cells.length > width) width = r.cells.length;
  const skippedAbove: SkippedRow[] = [];
  for (let i = 0; i < headerIndex; i++) {
    const cells = rows[i] ?? [];
    skippedAbove.push({ rowNumber: i + first, reason: classify(cells, i, merges), text: firstText(cells) });
  }
  return {
    ok: true,
    detection: {
      headerIndex,
      headerRowNumber: headerIndex + first,
      basis,
      headers: headerTexts(rows, headerIndex, width, merges),
      dataRows,
      skippedAbove,
      blankRowsInData,
      end,
      rowsBelowEnd,
      firstRowBelowEnd,
    },
  };
}

type Pick =
  { ok: true; headerIndex: number; basis: HeaderDetection["basis"] } | { ok: false; message: Localized };

function pickHeaderRow(
  rows: SheetRows,
  merges: readonly MergedRange[],
  first: number,
  chosen?: number,
): Pick {
  if (chosen !== undefined) {
    const index = chosen - first;
    if (!Number.isInteger(index) || index < 0 || index >= rows.length || isBlankRow(rows[index] ?? [])) {
      return { ok: false, message: headerRowOutOfRangeMessage(chosen) };
    }
    return { ok: true, headerIndex: index, basis: "chosen" };
  }
  let best = -1;
  let bestScore = 0;
  let guess = -1;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const cells = rows[i] ?? [];
    if (classify(cells, i, merges) !== "note") continue;
    // Score the texts the user sees: a header cell merged down from the row above counts here.
    const scanned = cells.length > HEADER_SCAN_COLUMNS ? cells.slice(0, HEADER_SCAN_COLUMNS) : cells;
    const score = headerScore(merges.length === 0 ? scanned : headerTexts(rows, i, scanned.length, merges));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
    if (guess < 0 && distinctTexts(cells) >= 2) guess = i;
  }
  if (best >= 0 && bestScore >= MIN_HEADER_SCORE) return { ok: true, headerIndex: best, basis: "recognised" };
  if (guess >= 0) return { ok: true, headerIndex: guess, basis: "guessed" };
  return { ok: false, message: noHeaderRowMessage(HEADER_SEARCH_ROWS) };
}

/** 2 per roster column named exactly or by alias, 1 per close match; each roster column counts once. */
export function headerScore(cells: readonly unknown[]): number {
  const weights = new Map<RosterColumnKey, number>();
  for (const cell of cells) {
    if (typeof cell !== "string") continue; // numbers and dates are data, never headers
    const match = matchHeader(cell);
    if (!match) continue;
    const weight = match.confidence === "close" ? 1 : 2;
    weights.set(match.key, Math.max(weights.get(match.key) ?? 0, weight));
  }
  let score = 0;
  for (const w of weights.values()) score += w;
  return score;
}

/**
 * Why a row above the header is not the header: covered by merged cells (every
 * value inside a merge two or more columns wide); blank; a title (one value, maybe
 * repeated across a merge by the reader); otherwise a note, which may be the header.
 */
function classify(cells: readonly unknown[], index: number, merges: readonly MergedRange[]): SkipReason {
  if (coveredByWideMerges(cells, index, merges)) return "merged";
  if (isBlankRow(cells)) return "blank";
  if (distinctTexts(cells) === 1) return "title";
  return "note";
}

function coveredByWideMerges(
  cells: readonly unknown[],
  index: number,
  merges: readonly MergedRange[],
): boolean {
  const wide = merges.filter((m) => m.right > m.left && m.top <= index && index <= m.bottom);
  if (wide.length === 0) return false;
  return cells.every((cell, col) => isBlank(cell) || wide.some((m) => m.left <= col && col <= m.right));
}

function distinctTexts(cells: readonly unknown[]): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = cellText(cell);
    if (text !== "") seen.add(text);
  }
  return seen.size;
}

function headerTexts(
  rows: SheetRows,
  headerIndex: number,
  width: number,
  merges: readonly MergedRange[],
): string[] {
  const row = rows[headerIndex] ?? [];
  const headers: string[] = [];
  for (let col = 0; col < width; col++) {
    let text = cellText(row[col]);
    if (text === "") {
      // A header cell merged with its neighbour above or beside it shows the merge's text.
      const merge = merges.find(
        (m) => m.top <= headerIndex && headerIndex <= m.bottom && m.left <= col && col <= m.right,
      );
      if (merge) text = cellText(rows[merge.top]?.[merge.left]);
    }
    headers.push(text);
  }
  return headers;
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

/** Headers of a row-numbering column, folded: "No.", "#", "項番", "連番", "通番", "行番号". */
const NUMBERING_HEADERS: ReadonlySet<string> = new Set(
  ["No", "No.", "#", "№", "項番", "連番", "通番", "行番号"].map(foldName),
);

export function numberingColumns(header: readonly unknown[]): ReadonlySet<number> {
  const columns = new Set<number>();
  header.forEach((cell, i) => {
    if (NUMBERING_HEADERS.has(foldName(cellText(cell)))) columns.add(i);
  });
  return columns;
}

function firstText(cells: readonly unknown[]): string {
  for (const cell of cells) if (!isBlank(cell)) return cellText(cell);
  return "";
}

/** The totals word when the row's first non-blank cell is one ("合計", "Total"). */
export function totalsWord(cells: readonly unknown[]): string | undefined {
  const first = cells.find((c) => !isBlank(c));
  if (typeof first !== "string" || first.length > 20) return undefined;
  return TOTAL_WORDS.has(foldName(first)) ? first.trim() : undefined;
}
