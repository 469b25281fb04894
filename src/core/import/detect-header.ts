/**
 * Finds the table in a sheet HR already keeps: the header row below any title
 * rows, notes, blank rows and merged title cells, and the data rows below it up to
 * a run of blank rows or a totals row with no person below it (data-rows.ts). Row
 * numbers are the sheet's, 1-based, so every message points at a row the user can find.
 */
import type { Localized } from "../catalog/types";
import type { RosterColumnKey } from "../roster/columns";
import { cellText, isBlank } from "../roster/normalize";
import { DataRowReader, isBlankRow, type DataEnd, type SourceRow, type TotalsRow } from "./data-rows";
import { matchHeader } from "./map-columns";
import { noHeaderRowMessage, headerRowOutOfRangeMessage } from "./messages";
import type { MergedRange, SheetRows } from "./types";

/** How far down the header row is looked for: skill sheets carry long title and instruction blocks. */
export const HEADER_SEARCH_ROWS = 100;
export {
  BLANK_RUN_ENDS_DATA,
  isBlankRow,
  numberingColumns,
  totalsWord,
  type DataEnd,
  type SourceRow,
  type TotalsRow,
} from "./data-rows";
/** Columns looked at when scoring a candidate header row: roster headers sit at the left of a table. */
export const HEADER_SCAN_COLUMNS = 256;
/** A header row names at least this score: 2 per exact or alias match, 1 per close match. */
export const MIN_HEADER_SCORE = 3;

export interface HeaderDetectionOptions {
  /** Merged ranges of the sheet, 0-based, in the coordinates of the cells array. */
  readonly merges?: readonly MergedRange[];
  /** Sheet row number of the first row of cells; 1 unless the cells start lower. */
  readonly firstRowNumber?: number;
  /** The header row the user picked (sheet row number), when the automatic choice is wrong. */
  readonly headerRowNumber?: number;
  /** Whether the host lets the user choose the header row (the pane does, the command line does not). */
  readonly canChooseHeaderRow?: boolean;
}

export type SkipReason = "blank" | "title" | "merged" | "note";

export interface SkippedRow {
  readonly rowNumber: number;
  readonly reason: SkipReason;
  /** The row's first text, for the report ("2024年度 スキルチェックシート"). */
  readonly text: string;
}

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
  /** Blank rows inside the data (or rows holding only a row number), skipped. */
  readonly blankRowsInData: readonly number[];
  /** Totals rows with more people below them, skipped. */
  readonly totalsRowsInData: readonly TotalsRow[];
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
  const pick = pickHeaderRow(
    rows,
    merges,
    first,
    options.headerRowNumber,
    options.canChooseHeaderRow ?? true,
  );
  if (!pick.ok) return pick;
  const { headerIndex, basis } = pick;

  // Printed templates number their rows ("No." 1..50) ahead of use: a row holding only its number is empty.
  const reader = new DataRowReader(rows[headerIndex] ?? []);
  const dataRows: SourceRow[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    for (const row of reader.push({ rowNumber: i + first, cells: rows[i] ?? [] })) dataRows.push(row);
  }
  const { end, blankRowsInData, totalsRowsInData, rowsBelowEnd, firstRowBelowEnd } = reader.finish();

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
      totalsRowsInData,
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
  chosen: number | undefined,
  canChoose: boolean,
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
  return { ok: false, message: noHeaderRowMessage(HEADER_SEARCH_ROWS, canChoose) };
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

function firstText(cells: readonly unknown[]): string {
  for (const cell of cells) if (!isBlank(cell)) return cellText(cell);
  return "";
}
