/**
 * The batch path of `itss score` and `itss import`: rows flow from the file reader
 * to the caller's visitor in batches. Only the first rows are held (to find the
 * header row and map the columns); after that each row is sorted (a person, or
 * skipped with a reason) by the import pipeline's own rule (DataRowSorter, the rule
 * the pane's whole-sheet reading uses), handed on and dropped, so memory stays flat
 * from ten rows to Excel's 1,048,575.
 */
import type { Edition, Lang } from "../core/catalog/types";
import type { ColumnMapping } from "../core/import/map-columns";
import type { HeaderMap } from "../core/roster/header-map";
import {
  DataRowSorter,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  HEADER_SEARCH_ROWS,
  isBlankRow,
  rosterFromSheet,
  rowAccount,
  rowScorer as appRowScorer,
  type RowAccount,
  type RowFate,
  type RowScorer,
  type RowsSkipped,
} from "../app/batch";
import type { RowBatch } from "../adapters/files/csv-stream";
import { FileReadError, type CellValue } from "../adapters/files/read-sheet";
import type { Added, ScoredSink } from "../adapters/files/scored-sinks";

/** Rows held to find the header row: the header search depth, plus data rows to size the columns. */
export const PREFIX_ROWS = HEADER_SEARCH_ROWS + 100;

/** Why a row is not a person: above the header, or the sorter's reason below it. */
export type SkipReason = "above" | Exclude<RowFate, "data">;

/** What the batch path hands each sheet row to, in sheet order. */
export interface RowVisitor {
  header(index: number, cells: CellValue[], shown: string[] | undefined): void;
  person(index: number, cells: CellValue[], shown: string[] | undefined): void;
  skipped(index: number, cells: CellValue[], shown: string[] | undefined, reason: SkipReason): void;
  /** After each batch: write what it produced; resolves when the output can take more. */
  flush(): Promise<void> | undefined;
  /** Every row has been handed on; `rows` says what was skipped and why. */
  end(rows: RowsSkipped): Promise<void>;
}

/** Where the roster sits, as the first rows show it. */
export interface Located {
  readonly headerIndex: number;
  /** The rows above the header row, as the header search classified them. */
  readonly skippedAbove: RowsSkipped["skippedAbove"];
  readonly visitor: RowVisitor;
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

interface StreamRow {
  readonly rowNumber: number;
  readonly cells: CellValue[];
  readonly shown: string[] | undefined;
}

/**
 * Reads the batches, lets `locate` find the roster in the first rows (and open the
 * output), then hands every sheet row to the visitor with what it is. Rows below a
 * blank run or a totals row are still read when a person follows; the rest are
 * skipped and counted with the reason. Returns what was skipped (for rowAccount).
 */
export async function walkRoster(
  batches: AsyncIterable<RowBatch>,
  options: WalkOptions,
  locate: (prefix: CellValue[][]) => Promise<Located>,
): Promise<RowsSkipped> {
  let prefix: CellValue[][] = [];
  let prefixShown: (string[] | undefined)[] = [];
  let located: Located | undefined;
  let sorter: DataRowSorter | undefined;
  let index = 0;
  const maxColumns = EXCEL_MAX_COLUMNS - options.addedColumns;

  const take = (i: number, cells: CellValue[], shown: string[] | undefined): void => {
    const at = located as Located;
    if (i < at.headerIndex) return at.visitor.skipped(i, cells, shown, "above");
    if (i === at.headerIndex) {
      at.visitor.header(i, cells, shown);
      sorter = new DataRowSorter(cells, (row, fate) => {
        const r = row as StreamRow;
        if (fate === "data") at.visitor.person(r.rowNumber - 1, r.cells, r.shown);
        else at.visitor.skipped(r.rowNumber - 1, r.cells, r.shown, fate);
      });
      return;
    }
    const row: StreamRow = { rowNumber: i + 1, cells, shown };
    (sorter as DataRowSorter).push(row);
  };

  const start = async (): Promise<void> => {
    refuseEmpty(prefix, options.fileName);
    located = await locate(prefix);
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
      if (located) take(index, cells, batch.shown?.[r]);
      else {
        prefix.push(cells);
        prefixShown.push(batch.shown?.[r]);
        if (prefix.length >= PREFIX_ROWS) await start();
      }
      index++;
    }
    if (located) await located.visitor.flush();
  }
  if (!located) await start();
  const at = located as Located;
  // A header row on the last line leaves no sorter: no data rows, nothing skipped below it.
  const end = sorter?.finish() ?? {
    end: { reason: "end-of-sheet" as const },
    blankRowsInData: [],
    totalsRowsInData: [],
    rowsBelowEnd: 0,
    firstRowBelowEnd: null,
  };
  const rows: RowsSkipped = { ...end, ...(at.skippedAbove ? { skippedAbove: at.skippedAbove } : {}) };
  await at.visitor.end(rows);
  return rows;
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
  /** Warnings for stderr (a second column that maps to the same roster column). */
  readonly warn?: (text: string) => void;
}

/** The mapping's notes on columns kept as extras because another column already fills their roster column. */
export function duplicateWarnings(mapping: ColumnMapping): string[] {
  return mapping.columns.filter((c) => c.target === "extra" && c.note).map((c) => `warning: ${c.note?.en}`);
}

/**
 * The application's per-row scorer: units in cells and declared by headers are read
 * ("300名" -> 300) and said in the gap text, as on every surface. The mapping's header
 * units travel in `headers` (rosterFromSheet puts them there).
 */
export function rowScorer(headers: HeaderMap, _mapping: ColumnMapping, edition: Edition): RowScorer {
  return appRowScorer(headers, { edition });
}

/** The pane lets the user pick the header row; the command line cannot. */
export function cliReason(reason: string): string {
  return reason.replace(/;? ?choose the header row by hand\.?$/, ". Add a header row naming the columns");
}

/**
 * `itss score`: every sheet row goes to the sink with what it adds (headers, a score,
 * or nothing). `onLocated` opens the output once the header row (and the width) is
 * known. Returns the account of every row: read, scored, invalid, skipped and why.
 */
export async function scoreStream(
  batches: AsyncIterable<RowBatch>,
  options: ScoreStreamOptions,
  onLocated: (located: LocatedStream) => Promise<ScoredSink>,
): Promise<RowAccount> {
  const tally = { scored: 0, invalid: 0 };
  const rows = await walkRoster(batches, options, async (prefix) => {
    const found = rosterFromSheet(prefix);
    if (!found.ok) throw new FileReadError(`${options.fileName}: ${cliReason(found.reason)}`);
    const { roster, mapping } = found.source;
    for (const warning of duplicateWarnings(mapping)) options.warn?.(warning);
    let width = roster.headers.headers.length;
    for (const row of prefix) if (row.length > width) width = row.length;
    const sink = await onLocated({
      headerIndex: roster.headerIndex,
      headers: roster.headers,
      mapping,
      width,
    });
    const score = rowScorer(roster.headers, mapping, options.edition);
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
      end: (skipped) => sink.end(rowAccount(skipped, tally)),
    };
    return { headerIndex: roster.headerIndex, skippedAbove: found.source.rows.skippedAbove, visitor };
  });
  return rowAccount(rows, tally);
}
