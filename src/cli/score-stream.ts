/**
 * The batch path of `itss score`: rows flow from the file reader through the engine
 * to the output in batches. Only the first rows are held (to find the header row
 * and map the columns); after that each batch is scored, written and dropped, so
 * memory stays flat from ten rows to Excel's 1,048,575.
 */
import type { Edition, Lang } from "../core/catalog/types";
import { scoreRow, type RowScore } from "../core/engine/score-row";
import { HEADER_SEARCH_ROWS, isBlankRow, numberingColumns, totalsWord } from "../core/import/detect-header";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/import/limits";
import type { ColumnMapping } from "../core/import/map-columns";
import { normalisedCells, rosterFromSheet } from "../core/import/roster-source";
import type { HeaderMap } from "../core/roster/header-map";
import { isBlank } from "../core/roster/normalize";
import type { RowBatch } from "../adapters/files/csv-stream";
import { FileReadError, type CellValue } from "../adapters/files/read-sheet";
import type { Added, ScoredSink } from "../adapters/files/scored-sinks";

/** Rows held to find the header row: the header search depth, plus data rows to size the columns. */
export const PREFIX_ROWS = HEADER_SEARCH_ROWS + 100;

export interface RowCounts {
  /** Rows below the header row. */
  read: number;
  scored: number;
  invalid: number;
  skipped: { blank: number; totals: number; notPerson: number };
}

export interface LocatedStream {
  readonly headerIndex: number;
  readonly headers: HeaderMap;
  readonly mapping: ColumnMapping;
  /** Widest row among the first rows: the added columns go right of it. */
  readonly width: number;
}

export interface ScoreStreamOptions {
  readonly fileName: string;
  readonly edition: Edition;
  readonly lang: Lang;
  /** Columns the output adds to each row (2 for csv and xlsx, 0 for JSON). */
  readonly addedColumns: number;
}

/** Scores a row as it stands; if that fails, as the import would write it ("300名" -> 300). */
export function rowScorer(headers: HeaderMap, mapping: ColumnMapping, edition: Edition) {
  // One options object for every row (only `row` changes): a roster can have a million rows.
  const options: { edition: Edition; headers: HeaderMap; row: number } = { edition, headers, row: 0 };
  return (cells: readonly unknown[], row: number): RowScore => {
    options.row = row;
    const first = scoreRow(cells, options);
    if (first.level !== null) return first;
    const again = scoreRow(normalisedCells(mapping, cells), options);
    return again.level !== null ? again : first;
  };
}

function grouped(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Reads the batches, finds the roster in the first rows, and sends every sheet row
 * to the sink with what it adds (headers, a score, or nothing). `onLocated` lets the
 * caller open its output once the header row (and the width) is known.
 */
export async function scoreStream(
  batches: AsyncIterable<RowBatch>,
  options: ScoreStreamOptions,
  onLocated: (located: LocatedStream) => Promise<ScoredSink>,
): Promise<RowCounts> {
  const counts: RowCounts = {
    read: 0,
    scored: 0,
    invalid: 0,
    skipped: { blank: 0, totals: 0, notPerson: 0 },
  };
  const prefix: CellValue[][] = [];
  const prefixShown: (string[] | undefined)[] = [];
  let sink: ScoredSink | undefined;
  let located: LocatedStream | undefined;
  let score: ((cells: readonly unknown[], row: number) => RowScore) | undefined;
  let numbering: ReadonlySet<number> = new Set();
  let ended = false;
  let blankRun = 0;
  let index = 0;
  const maxColumns = EXCEL_MAX_COLUMNS - options.addedColumns;
  const fieldColumn = (): number => located?.headers.index.field ?? -1;
  const idColumn = (): number => located?.headers.index.employeeId ?? -1;

  const locate = async (): Promise<void> => {
    if (prefix.every((row) => isBlankRow(row)))
      throw new FileReadError(`${options.fileName} is empty: it has no rows with values`);
    const found = rosterFromSheet(prefix);
    if (!found.ok)
      // The pane lets the user pick the header row; the command line cannot.
      throw new FileReadError(
        `${options.fileName}: ${found.reason.replace(/;? ?choose the header row by hand\.?$/, ". Add a header row naming the columns")}`,
      );
    const { roster, mapping } = found.source;
    let width = roster.headers.headers.length;
    for (const row of prefix) if (row.length > width) width = row.length;
    located = { headerIndex: roster.headerIndex, headers: roster.headers, mapping, width };
    score = rowScorer(roster.headers, mapping, options.edition);
    numbering = numberingColumns(prefix[roster.headerIndex] ?? []);
    sink = await onLocated(located);
    for (let i = 0; i < prefix.length; i++) take(i, prefix[i] as CellValue[], prefixShown[i]);
    prefix.length = 0;
    prefixShown.length = 0;
  };

  /** One sheet row (index = sheet row number - 1) through the engine to the sink. */
  const take = (i: number, cells: CellValue[], shown: string[] | undefined): void => {
    const at = located as LocatedStream;
    let added: Added;
    if (i === at.headerIndex) added = { header: true };
    else if (i > at.headerIndex) {
      counts.read++;
      if (isBlankRow(cells, numbering)) {
        counts.skipped.blank++;
        if (++blankRun >= 2) ended = true;
      } else if (totalsWord(cells) !== undefined) {
        counts.skipped.totals++;
        ended = true;
        blankRun = 0;
      } else if (ended && !looksLikePerson(cells)) {
        // Below a totals row or a blank run: notes and sums, not people.
        counts.skipped.notPerson++;
        blankRun = 0;
      } else {
        blankRun = 0;
        const s = (score as NonNullable<typeof score>)(cells, i + 1);
        if (s.level === null) counts.invalid++;
        else counts.scored++;
        added = { score: s };
      }
    }
    (sink as ScoredSink).row(i, cells, shown, added);
  };

  const looksLikePerson = (cells: readonly CellValue[]): boolean => {
    const f = fieldColumn();
    const id = idColumn();
    return (f >= 0 && !isBlank(cells[f])) || (id >= 0 && !isBlank(cells[id]));
  };

  for await (const batch of batches) {
    const rows = batch.rows;
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r] as CellValue[];
      if (index >= EXCEL_MAX_ROWS)
        throw new FileReadError(
          `${options.fileName} has more than ${grouped(EXCEL_MAX_ROWS)} rows, the rows of an Excel sheet (at most ${grouped(EXCEL_MAX_ROWS - 1)} below a header row); split it into parts`,
        );
      if (cells.length > maxColumns)
        throw new FileReadError(
          options.addedColumns > 0
            ? `${options.fileName}: row ${grouped(index + 1)} has ${grouped(cells.length)} columns; with the ${options.addedColumns} score columns that is more than Excel's ${grouped(EXCEL_MAX_COLUMNS)} (at most ${grouped(maxColumns)} fit)`
            : `${options.fileName}: row ${grouped(index + 1)} has ${grouped(cells.length)} columns, more than Excel's ${grouped(EXCEL_MAX_COLUMNS)}`,
        );
      if (located) take(index, cells, batch.shown?.[r]);
      else {
        prefix.push(cells);
        prefixShown.push(batch.shown?.[r]);
        if (prefix.length >= PREFIX_ROWS) await locate();
      }
      index++;
    }
    if (sink) await sink.flush();
  }
  if (!located) await locate();
  await (sink as ScoredSink).end();
  return counts;
}
