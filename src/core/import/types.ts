/**
 * Shapes shared by the import pipeline: the cells a file adapter reads, merged
 * ranges, and the problems and notes an import reports about source cells.
 */
import type { Localized } from "../catalog/types";
import type { RosterColumnKey } from "../roster/columns";

/** One cell as the file adapters read it (src/adapters/files/read-sheet.ts). */
export type CellValue = string | number | boolean | Date | null;

/** A sheet's cells row by row. Rows may be ragged or have holes; both read as blank. */
export type SheetRows = readonly (readonly (CellValue | undefined)[])[];

/** A merged range, 0-based and inclusive, in the coordinates of the cells array. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Where the imported rows go; the Excel side is the adapter's. "update" (the default
 * when the Roster has people) updates each person's row and appends only new people.
 */
export type ImportMode = "update" | "append" | "replace" | "new-sheet";

/** The import modes, the default first. */
export const IMPORT_MODES: readonly ImportMode[] = ["update", "append", "replace", "new-sheet"];

/** A source cell as the user can find it in the file they picked. */
export interface SourceCell {
  /** Sheet row number, 1-based, as the source sheet shows it. */
  readonly row: number;
  /** Source column, 0-based; null when the source has no column for the roster column. */
  readonly column: number | null;
  /** The source header (or the template header when the source has no such column). */
  readonly header: string;
  /** The roster column the cell feeds; null for an extra column. */
  readonly key: RosterColumnKey | null;
  /** The raw value as text, exactly as read. */
  readonly value: string;
}

/** A cell the import keeps as it is but flags: the row cannot be scored until it is fixed. */
export interface ImportProblem extends SourceCell {
  /** What the column accepts. */
  readonly valid: Localized;
  /** One sentence naming row, column, value and what is valid. */
  readonly message: Localized;
  readonly suggestion?: string;
}

/**
 * A cell the import writes differently from the source (a unit read, a standard
 * spelling). The phrase is shared by every cell written the same way; noteMessage
 * turns it into a sentence naming the row and column, when one is shown.
 */
export interface ImportNote extends SourceCell {
  /** The value that lands in the Roster table. */
  readonly normalised: CellValue;
  /** What was done, without row and column: `"2,000㎡" imported as 2000 (square metres)`. */
  readonly note: Localized;
}
