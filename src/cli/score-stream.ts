/**
 * The batch path of `itss score` and `itss import`: rows flow from the file reader
 * to the caller's visitor in batches. Only the first rows are held (to find the
 * header row and map the columns); after that each row is classified (header, a
 * person, or skipped with a reason), handed on and dropped, so memory stays flat
 * from ten rows to Excel's 1,048,575.
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

/** Where the roster sits, as the first rows show it. */
export interface RosterShape {
  readonly headerIndex: number;
  /** Columns that make a row below a totals row or a blank run a person (-1: none); see looksLikePerson. */
  readonly field: number;
  readonly employeeId: number;
}

export type SkipReason = "above" | "blank" | "totals" | "notPerson";

/** What the batch path hands each sheet row to. */
export interface RowVisitor {
  header(index: number, cells: CellValue[], shown: string[] | undefined): void;
  person(index: number, cells: CellValue[], shown: string[] | undefined): void;
  skipped(index: number, cells: CellValue[], shown: string[] | undefined, reason: SkipReason): void;
  /** After each batch: write what it produced; resolves when the output can take more. */
  flush(): Promise<void> | undefined;
  end(): Promise<void>;
}

export interface WalkOptions {
  readonly fileName: string;
  /** Columns the output adds to each row (2 for csv and xlsx, 0 otherwise). */
  readonly addedColumns: number;
}

function grouped(n: number): string {
  return n.toLocaleString("en-US");
}

/** The first rows, checked for being a table at all. */
export function refuseEmpty(prefix: readonly CellValue[][], fileName: string): void {
  if (prefix.every((row) => isBlankRow(row)))
    throw new FileReadError(`${fileName} is empty: it has no rows with values`);
}

/**
 * Reads the batches, lets `locate` find the roster in the first rows (and open the
 * output), then hands every sheet row to the visitor with what it is. Rows below a
 * blank run or a totals row are still read: those that look like a person (a
 * specialty field) are people; the rest are skipped and counted with the reason.
 */
export async function walkRoster(
  batches: AsyncIterable<RowBatch>,
  options: WalkOptions,
  locate: (prefix: CellValue[][]) => Promise<{ shape: RosterShape; visitor: RowVisitor }>,
): Promise<RowCounts> {
  const counts: RowCounts = {
    read: 0,
    scored: 0,
    invalid: 0,
    skipped: { blank: 0, totals: 0, notPerson: 0 },
  };
  let prefix: CellValue[][] = [];
  let prefixShown: (string[] | undefined)[] = [];
  let shape: RosterShape | undefined;
  let visitor: RowVisitor | undefined;
  let numbering: ReadonlySet<number> = new Set();
  let ended = false;
  let blankRun = 0;
  let index = 0;
  const maxColumns = EXCEL_MAX_COLUMNS - options.addedColumns;

  // A person names a specialty field (what scoring rests on); without a field column, an employee ID.
  const looksLikePerson = (cells: readonly CellValue[], at: RosterShape): boolean =>
    at.field >= 0 ? !isBlank(cells[at.field]) : at.employeeId >= 0 && !isBlank(cells[at.employeeId]);

  const take = (i: number, cells: CellValue[], shown: string[] | undefined): void => {
    const at = shape as RosterShape;
    const to = visitor as RowVisitor;
    if (i < at.headerIndex) return to.skipped(i, cells, shown, "above");
    if (i === at.headerIndex) return to.header(i, cells, shown);
    counts.read++;
    if (isBlankRow(cells, numbering)) {
      counts.skipped.blank++;
      if (++blankRun >= 2) ended = true;
      return to.skipped(i, cells, shown, "blank");
    }
    blankRun = 0;
    if (totalsWord(cells) !== undefined) {
      counts.skipped.totals++;
      ended = true;
      return to.skipped(i, cells, shown, "totals");
    }
    if (ended && !looksLikePerson(cells, at)) {
      // Below a totals row or a blank run: notes and sums, not people.
      counts.skipped.notPerson++;
      return to.skipped(i, cells, shown, "notPerson");
    }
    to.person(i, cells, shown);
  };

  const start = async (): Promise<void> => {
    refuseEmpty(prefix, options.fileName);
    const found = await locate(prefix);
    shape = found.shape;
    visitor = found.visitor;
    numbering = numberingColumns(prefix[shape.headerIndex] ?? []);
    for (let i = 0; i < prefix.length; i++) take(i, prefix[i] as CellValue[], prefixShown[i]);
    prefix = [];
    prefixShown = [];
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
      if (visitor) take(index, cells, batch.shown?.[r]);
      else {
        prefix.push(cells);
        prefixShown.push(batch.shown?.[r]);
        if (prefix.length >= PREFIX_ROWS) await start();
      }
      index++;
    }
    if (visitor) await visitor.flush();
  }
  if (!visitor) await start();
  await (visitor as RowVisitor).end();
  return counts;
}

/** Where the score columns go and how rows are read, from the first rows. */
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

/** The pane lets the user pick the header row; the command line cannot. */
export function cliReason(reason: string): string {
  return reason.replace(/;? ?choose the header row by hand\.?$/, ". Add a header row naming the columns");
}

/**
 * `itss score`: every sheet row goes to the sink with what it adds (headers, a score,
 * or nothing). `onLocated` opens the output once the header row (and the width) is known.
 */
export async function scoreStream(
  batches: AsyncIterable<RowBatch>,
  options: ScoreStreamOptions,
  onLocated: (located: LocatedStream) => Promise<ScoredSink>,
): Promise<RowCounts> {
  let counts: RowCounts | undefined;
  const result = await walkRoster(batches, options, async (prefix) => {
    const found = rosterFromSheet(prefix);
    if (!found.ok) throw new FileReadError(`${options.fileName}: ${cliReason(found.reason)}`);
    const { roster, mapping } = found.source;
    let width = roster.headers.headers.length;
    for (const row of prefix) if (row.length > width) width = row.length;
    const sink = await onLocated({
      headerIndex: roster.headerIndex,
      headers: roster.headers,
      mapping,
      width,
    });
    const score = rowScorer(roster.headers, mapping, options.edition);
    const tally = { scored: 0, invalid: 0 };
    counts = undefined;
    const visitor: RowVisitor = {
      header: (i, cells, shown) => sink.row(i, cells, shown, { header: true }),
      person: (i, cells, shown) => {
        const s = score(cells, i + 1);
        if (s.level === null) tally.invalid++;
        else tally.scored++;
        const added: Added = { score: s };
        sink.row(i, cells, shown, added);
      },
      skipped: (i, cells, shown) => sink.row(i, cells, shown, undefined),
      flush: () => sink.flush(),
      end: async () => {
        await sink.end();
        counts = {
          read: 0,
          scored: tally.scored,
          invalid: tally.invalid,
          skipped: { blank: 0, totals: 0, notPerson: 0 },
        };
      },
    };
    return {
      shape: {
        headerIndex: roster.headerIndex,
        field: roster.headers.index.field,
        employeeId: roster.headers.index.employeeId,
      },
      visitor,
    };
  });
  return { ...result, scored: counts?.scored ?? 0, invalid: counts?.invalid ?? 0 };
}
