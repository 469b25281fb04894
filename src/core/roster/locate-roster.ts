/**
 * A roster located inside a sheet's cells: its header row and its data rows. The
 * import pipeline locates it (core/import/detect-header: header row below titles,
 * data up to a blank run or a totals row); these are the shapes it gives.
 */
import type { HeaderMap } from "./header-map";

export interface DataRow {
  /** Row number in the sheet, 1-based, as a user sees it. */
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

export interface LocatedRoster {
  /** Index of the header row within the rows given. */
  readonly headerIndex: number;
  readonly headers: HeaderMap;
  readonly dataRows: readonly DataRow[];
}

export type LocateResult = { ok: true; roster: LocatedRoster } | { ok: false; reason: string };
