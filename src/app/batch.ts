/**
 * What a streaming caller (the command line's batch path) needs to find a roster in
 * the first rows of a file and score the rest row by row, from the application layer:
 * the import pipeline's header search and its limits, and the per-row scorer.
 */
export { rosterFromSheet, rowScorer, type RowScorer } from "./score";
export { HEADER_SEARCH_ROWS, isBlankRow } from "../core/import/detect-header";
/** Which rows are the table's data: one rule for the whole-sheet reading and the stream. */
export { DataRowSorter, type RowFate } from "../core/import/data-rows";
export {
  rowAccount,
  rowAccountLine,
  type RowAccount,
  type RowsSkipped,
  type SkippedRows,
} from "../core/import/roster-source";
export { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/import/limits";
export { isBlank } from "../core/roster/normalize";
/** The import pipeline's steps, for `itss import`'s two streaming passes. */
export { buildImportPlan, CHANGE_EXAMPLES, checkWriteLimits, detectHeader, mapColumns } from "../core/import";
export { importReport, IMPORT_REPORT_SHEET } from "../core/import/sheets";
export { ROSTER_SHEET } from "../core/sheets/roster-template";
