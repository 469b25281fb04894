/**
 * Import of the skill sheets HR already keeps: the pure core. Find the table,
 * map its columns, normalise its values, report every problem, plan the write.
 */
export {
  planImport,
  recogniseSheet,
  type PlanImportOptions,
  type PlanImportResult,
  type SheetKind,
} from "./plan-import";
export {
  detectHeader,
  headerScore,
  BLANK_RUN_ENDS_DATA,
  HEADER_SCAN_COLUMNS,
  HEADER_SEARCH_ROWS,
  MIN_HEADER_SCORE,
  type DataEnd,
  type HeaderDetection,
  type HeaderDetectionOptions,
  type HeaderDetectionResult,
  type SkippedRow,
  type SkipReason,
  type SourceRow,
} from "./detect-header";
export {
  applyOverrides,
  columnFor,
  mapColumns,
  matchHeader,
  missingKeys,
  type ColumnMapping,
  type ColumnOverride,
  type ColumnTarget,
  type HeaderMatch,
  type MappedColumn,
  type MatchConfidence,
} from "./map-columns";
export { headerUnitFor, type HeaderUnit } from "./header-units";
export {
  layoutSignature,
  parseRememberedMappings,
  recallMapping,
  rememberMapping,
  serialiseRememberedMappings,
  MAX_REMEMBERED_LAYOUTS,
  NO_REMEMBERED_MAPPINGS,
  REMEMBERED_MAPPINGS_VERSION,
  type ParsedMappings,
  type RememberedLayout,
  type RememberedMappings,
} from "./layout-memory";
export {
  normaliseCell,
  normaliseName,
  normaliseQuantity,
  normaliseText,
  normaliseYesNo,
  type NameKind,
  type Normalised,
} from "./normalise-cell";
export { readQuantity, WHOLE_NUMBER_KEYS, type QuantityReading } from "../roster/quantities";
export { normaliseCmbokCompetency, CMBOK_UPGRADES, type CmbokUpgrade } from "./cmbok";
export { needsLiteralText, literalTextMatrix, FORMULA_TRIGGERS } from "./literal-text";
export {
  buildImportPlan,
  CHANGE_EXAMPLES,
  type BuildPlanOptions,
  type ColumnChanges,
  type ImportPlan,
  type ImportPlanResult,
  type ImportReport,
  type ImportSummary,
  type PlanColumn,
  type PlannedRow,
} from "./build-plan";
export {
  checkScoredOutputLimits,
  checkSheetLimits,
  checkWriteLimits,
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_CELL_TEXT,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  type LimitCheck,
  type WriteExtent,
} from "./limits";
export { previewPlan, displayValue, type PlanPreview, type PreviewRow } from "./build-plan";
export { columnLetter, noteMessage } from "./messages";
export type {
  CellValue,
  ImportMode,
  ImportNote,
  ImportProblem,
  MergedRange,
  SheetRows,
  SourceCell,
} from "./types";
