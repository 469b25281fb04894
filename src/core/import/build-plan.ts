/**
 * The write plan: the rows exactly as they will land in the Roster table, roster
 * columns in template order then the source's extra columns, each cell normalised
 * or, when it cannot be read, kept as it is and flagged. No row is dropped or
 * changed for having a problem. The plan says which cells must be written as
 * literal text; the adapter does the Excel side. The pane previews the first rows
 * (previewPlan).
 */
import type { Lang, Localized } from "../catalog/types";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import type { HeaderMap } from "../roster/header-map";
import { cellText, isBlank } from "../roster/normalize";
import { readEvidence, type RowProblem } from "../roster/read-row";
import { normaliseCmbokCompetency } from "./cmbok";
import type { HeaderDetection, SourceRow } from "./detect-header";
import { checkWriteLimits, MAX_CELL_TEXT } from "./limits";
import { needsLiteralText } from "./literal-text";
import { missingKeys, type ColumnMapping, type MappedColumn } from "./map-columns";
import {
  columnLetter,
  blankRowsNote,
  totalsInDataNote,
  blankRunNote,
  guessedHeaderNote,
  headerUnitNote,
  missingColumnsNote,
  missingFieldNote,
  problemMessage,
  renamedHeaderNote,
  rowsBelowEndNote,
  skippedAboveNote,
  TEXT_TOO_LONG,
  TEXT_TOO_LONG_VALID,
  totalsRowNote,
  validFor,
} from "./messages";
import { normaliseCell, type Normalised } from "./normalise-cell";
import type { CellValue, ImportMode, ImportNote, ImportProblem } from "./types";

export interface PlanColumn {
  /** The roster column, or null for an extra column. */
  readonly key: RosterColumnKey | null;
  /** The header to write: the template's for roster columns, the source's (made unique) for extras. */
  readonly header: string;
  /** Source column feeding it, 0-based; null when the source has no such column (it lands blank). */
  readonly sourceIndex: number | null;
  readonly sourceHeader: string | null;
}

export interface PlannedRow {
  /** Sheet row number in the source, 1-based. */
  readonly sourceRow: number;
  /** One value per plan column. */
  readonly values: readonly CellValue[];
  /** Plan columns whose value must be written as literal text (format "@" first). */
  readonly literalText: readonly number[];
  readonly problems: readonly ImportProblem[];
  readonly notes: readonly ImportNote[];
}

export interface ImportSummary {
  /** Data rows read from the source (blank rows and a totals row are not data). */
  readonly read: number;
  /** Rows in the plan: every row read, flagged or not. */
  readonly imported: number;
  /** Rows with at least one problem: imported, but not scored until fixed. */
  readonly flagged: number;
  readonly problems: number;
  /** Cells written differently from the source (units read, standard spellings). */
  readonly changed: number;
  readonly blankRowsSkipped: number;
  /** Totals rows inside the data (people below them): skipped. */
  readonly totalsRowsSkipped: number;
  /** Non-blank rows below the end of the data, not imported. */
  readonly rowsBelowEnd: number;
}

export interface ImportReport {
  readonly summary: ImportSummary;
  /** Every problem, in row order. */
  readonly problems: readonly ImportProblem[];
  /** Changed cells per source column, with the first few as examples (every one is in its row's notes). */
  readonly changes: readonly ColumnChanges[];
  /** What the user should know about the sheet and the mapping, before any row. */
  readonly sheetNotes: readonly Localized[];
}

export interface ColumnChanges {
  /** Source column, 0-based. */
  readonly column: number | null;
  readonly header: string;
  readonly key: RosterColumnKey | null;
  readonly count: number;
  readonly examples: readonly ImportNote[];
}

/** Examples kept per column in the report. */
export const CHANGE_EXAMPLES = 3;

export interface ImportPlan {
  readonly mode: ImportMode;
  readonly columns: readonly PlanColumn[];
  readonly rows: readonly PlannedRow[];
  readonly report: ImportReport;
}

export interface BuildPlanOptions {
  readonly mode: ImportMode;
  /** Language of the roster columns' headers; default English, as the template. */
  readonly headerLanguage?: Lang;
}

export type ImportPlanResult =
  { readonly ok: true; readonly plan: ImportPlan } | { readonly ok: false; readonly message: Localized };

/**
 * Builds the write plan from a detected table and a column mapping. Refuses only
 * what Excel cannot hold (too many rows or columns); every other problem is a flag.
 */
export function buildImportPlan(
  detection: HeaderDetection,
  mapping: ColumnMapping,
  options: BuildPlanOptions,
): ImportPlanResult {
  const layout = planLayout(mapping, options.headerLanguage ?? "en", detection.dataRows);
  const limits = checkWriteLimits({ dataRows: detection.dataRows.length, columns: layout.columns.length });
  if (!limits.ok) return limits;

  const rows = detection.dataRows.map((row) => planRow(row, layout));
  const problems = rows.flatMap((r) => r.problems);
  const changes = changesByColumn(rows);
  const summary: ImportSummary = {
    read: detection.dataRows.length,
    imported: rows.length,
    flagged: rows.filter((r) => r.problems.length > 0).length,
    problems: problems.length,
    changed: changes.reduce((n, c) => n + c.count, 0),
    blankRowsSkipped: detection.blankRowsInData.length,
    totalsRowsSkipped: detection.totalsRowsInData.length,
    rowsBelowEnd: detection.rowsBelowEnd,
  };
  return {
    ok: true,
    plan: {
      mode: options.mode,
      columns: layout.columns,
      rows,
      report: { summary, problems, changes, sheetNotes: sheetNotes(detection, mapping, layout) },
    },
  };
}

interface Layout {
  readonly columns: readonly PlanColumn[];
  /** The mapped source column of each plan column (undefined for a roster column the source lacks). */
  readonly sources: readonly (MappedColumn | undefined)[];
  /** A header map over plan rows, with the source's headers, so the scorer's messages name them. */
  readonly engineHeaders: HeaderMap;
  readonly renamed: readonly { column: MappedColumn; header: string }[];
}

function planLayout(mapping: ColumnMapping, lang: Lang, dataRows: readonly SourceRow[]): Layout {
  const byKey = new Map<RosterColumnKey, MappedColumn>();
  for (const c of mapping.columns) if (c.target !== "extra") byKey.set(c.target, c);
  const extras = mapping.columns.filter((c) => c.target === "extra" && !isEmptyColumn(c, dataRows));

  const columns: PlanColumn[] = [];
  const sources: (MappedColumn | undefined)[] = [];
  const taken = new Set<string>();
  for (const rc of ROSTER_COLUMNS) {
    const source = byKey.get(rc.key);
    columns.push({
      key: rc.key,
      header: rc.header[lang],
      sourceIndex: source?.index ?? null,
      sourceHeader: source?.header ?? null,
    });
    sources.push(source);
    taken.add(uniqueKey(rc.header[lang]));
  }
  const renamed: { column: MappedColumn; header: string }[] = [];
  for (const extra of extras) {
    const header = uniqueHeader(extra, taken);
    if (header !== extra.header) renamed.push({ column: extra, header });
    columns.push({ key: null, header, sourceIndex: extra.index, sourceHeader: extra.header });
    sources.push(extra);
  }

  const index = {} as Record<RosterColumnKey, number>;
  ROSTER_COLUMNS.forEach((rc, i) => (index[rc.key] = i));
  const engineHeaders: HeaderMap = {
    headers: columns.map((c, i) => {
      const source = sources[i];
      return c.key === null ? c.header : source ? headerFor(source) : "";
    }),
    index,
    extras: columns.map((_, i) => i).filter((i) => i >= ROSTER_COLUMNS.length),
    warnings: [],
  };
  return { columns, sources, engineHeaders, renamed };
}

/** Columns with neither a header nor a value (trailing commas of a CSV) carry nothing and are left out. */
function isEmptyColumn(column: MappedColumn, dataRows: readonly SourceRow[]): boolean {
  return column.header === "" && dataRows.every((r) => isBlank(r.cells[column.index]));
}

/** Excel table headers must be filled in and unique (ignoring case): "Column H", "Notes (2)". */
function uniqueHeader(column: MappedColumn, taken: Set<string>): string {
  const base = column.header === "" ? `Column ${columnLetter(column.index)}` : column.header;
  let header = base;
  for (let n = 2; taken.has(uniqueKey(header)); n++) header = `${base} (${n})`;
  taken.add(uniqueKey(header));
  return header;
}

function uniqueKey(header: string): string {
  return header.normalize("NFKC").toLowerCase();
}

function planRow(row: SourceRow, layout: Layout): PlannedRow {
  const { columns, sources } = layout;
  const values: CellValue[] = new Array<CellValue>(columns.length);
  let problems: ImportProblem[] | undefined;
  let notes: ImportNote[] | undefined;
  const flaggedKeys = new Set<RosterColumnKey>();

  for (let i = 0; i < columns.length; i++) {
    const source = sources[i];
    const key = columns[i]?.key ?? null;
    if (!source) {
      values[i] = null;
      continue;
    }
    const raw = toCellValue(row.cells[source.index]);
    const result: Normalised =
      key !== null
        ? normaliseCell(key, raw, source.unit)
        : source.cmbok
          ? normaliseCmbokCompetency(raw)
          : KEEP;
    if (!result.ok) {
      values[i] = raw; // kept as it is: the user fixes it in the Roster, nothing is lost
      (problems ??= []).push(cellProblem(row.rowNumber, source, key, cellText(raw), result));
      if (key !== null) flaggedKeys.add(key);
      continue;
    }
    const value = key === null && !source.cmbok ? raw : result.value;
    values[i] = value;
    if (result.note) {
      (notes ??= []).push({
        row: row.rowNumber,
        column: source.index,
        header: headerFor(source),
        key,
        value: cellText(raw),
        normalised: value,
        note: result.note,
      });
    }
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
      const tooLong = { problem: TEXT_TOO_LONG, valid: TEXT_TOO_LONG_VALID };
      (problems ??= []).push(cellProblem(row.rowNumber, source, key, `${value.slice(0, 40)}…`, tooLong));
    }
  }

  // The scorer's own checks across columns (a field under the wrong category, Complexity
  // above the field's list, no field at all), in its own words, for cells not flagged above.
  const { problems: engineProblems } = readEvidence(layout.engineHeaders, values, row.rowNumber);
  for (const p of engineProblems) {
    if (flaggedKeys.has(p.column)) continue;
    (problems ??= []).push(fromEngine(p, row, layout));
  }

  const literalText: number[] = [];
  for (let i = 0; i < values.length; i++) if (needsLiteralText(values[i])) literalText.push(i);
  return {
    sourceRow: row.rowNumber,
    values,
    literalText: literalText.length === 0 ? NONE : literalText,
    problems: problems ?? NO_PROBLEMS,
    notes: notes ?? NO_NOTES,
  };
}

function cellProblem(
  row: number,
  source: MappedColumn,
  key: RosterColumnKey | null,
  value: string,
  result: { problem: Localized; valid: Localized; suggestion?: string },
): ImportProblem {
  const header = headerFor(source);
  const problem: ImportProblem = {
    row,
    column: source.index,
    header,
    key,
    value,
    valid: result.valid,
    message: problemMessage(row, header, value, result.problem, result.valid, result.suggestion),
  };
  return result.suggestion ? { ...problem, suggestion: result.suggestion } : problem;
}

const KEEP: Normalised = Object.freeze({ ok: true, value: null });
const NONE: readonly number[] = Object.freeze([]);
const NO_PROBLEMS: readonly ImportProblem[] = Object.freeze([]);
const NO_NOTES: readonly ImportNote[] = Object.freeze([]);

function headerFor(source: MappedColumn): string {
  return source.header === "" ? `Column ${columnLetter(source.index)}` : source.header;
}

/** A scorer's problem as an import problem, naming the source's raw value rather than the normalised one. */
function fromEngine(p: RowProblem, row: SourceRow, layout: Layout): ImportProblem {
  const position = ROSTER_COLUMNS.findIndex((c) => c.key === p.column);
  const source = layout.sources[position];
  const raw = source ? cellText(row.cells[source.index]) : "";
  const message =
    raw === p.value
      ? p.message
      : {
          // A function, so "$&" in a value is not read as a replacement pattern.
          en: p.message.en.replace(`: "${p.value}"`, () => `: "${raw}"`),
          ja: p.message.ja.replace(`：「${p.value}」`, () => `：「${raw}」`),
        };
  return {
    row: row.rowNumber,
    column: source?.index ?? null,
    header: source ? headerFor(source) : p.header,
    key: p.column,
    value: raw,
    valid: validInMessage(p.message) ?? validFor(p.column),
    message,
    ...(p.suggestion ? { suggestion: p.suggestion } : {}),
  };
}

/** The scorer's messages end in "Valid: ..." where it can say; reuse its list when it does. */
function validInMessage(message: Localized): Localized | undefined {
  const en = /Valid: (.+?)\.(?: Did you mean .*)?$/.exec(message.en)?.[1];
  const ja = /有効な値：(.+?)。/.exec(message.ja)?.[1];
  return en !== undefined && ja !== undefined ? { en, ja } : undefined;
}

function toCellValue(value: CellValue | undefined): CellValue {
  return value === undefined ? null : value;
}

function changesByColumn(rows: readonly PlannedRow[]): ColumnChanges[] {
  const byColumn = new Map<
    number | null,
    { header: string; key: RosterColumnKey | null; count: number; examples: ImportNote[] }
  >();
  for (const row of rows) {
    for (const note of row.notes) {
      let entry = byColumn.get(note.column);
      if (!entry)
        byColumn.set(note.column, (entry = { header: note.header, key: note.key, count: 0, examples: [] }));
      entry.count++;
      if (entry.examples.length < CHANGE_EXAMPLES) entry.examples.push(note);
    }
  }
  return [...byColumn.entries()]
    .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
    .map(([column, e]) => ({ column, header: e.header, key: e.key, count: e.count, examples: e.examples }));
}

function sheetNotes(detection: HeaderDetection, mapping: ColumnMapping, layout: Layout): Localized[] {
  const notes: Localized[] = [];
  if (detection.basis === "guessed") notes.push(guessedHeaderNote(detection.headerRowNumber));
  if (detection.skippedAbove.length > 0)
    notes.push(skippedAboveNote(detection.skippedAbove.map((r) => r.rowNumber)));
  if (detection.blankRowsInData.length > 0) notes.push(blankRowsNote(detection.blankRowsInData));
  if (detection.totalsRowsInData.length > 0) notes.push(totalsInDataNote(detection.totalsRowsInData));
  if (detection.end.reason === "totals")
    notes.push(totalsRowNote(detection.end.rowNumber, detection.end.text));
  if (detection.end.reason === "blank-run" && detection.rowsBelowEnd > 0)
    notes.push(blankRunNote(detection.end.rowNumber));
  if (detection.rowsBelowEnd > 0 && detection.firstRowBelowEnd !== null)
    notes.push(rowsBelowEndNote(detection.rowsBelowEnd, detection.firstRowBelowEnd));
  const missing = missingKeys(mapping);
  if (missing.includes("field")) notes.push(missingFieldNote());
  if (missing.length > 0) notes.push(missingColumnsNote(missing));
  for (const c of mapping.columns) {
    if (c.note) notes.push(c.note);
    if (
      c.unit &&
      c.target !== "extra" &&
      (c.unit === "months" || (c.unit.endsWith("yen") && c.unit !== "million-yen"))
    )
      notes.push(headerUnitNote(c.header, c.target, c.unit));
  }
  for (const r of layout.renamed) notes.push(renamedHeaderNote(r.column.header, r.column.index, r.header));
  return notes;
}

// ---- Preview of a plan ----

/**
 * The first rows of a plan as display strings, for the pane's preview before the
 * user confirms the import.
 */

export interface PreviewRow {
  readonly sourceRow: number;
  readonly cells: readonly string[];
  readonly flagged: boolean;
  /** Plan columns holding a problem, to highlight. */
  readonly problemColumns: readonly number[];
}

export interface PlanPreview {
  readonly headers: readonly string[];
  readonly rows: readonly PreviewRow[];
  /** Rows of the plan not shown. */
  readonly more: number;
}

/**
 * The first `count` rows of the plan as strings, with the flagged cells marked.
 * @example previewPlan(plan, 5).rows[0].cells // => ["E001", "Sato", ..., "2000", ...]
 */
export function previewPlan(plan: ImportPlan, count = 10): PlanPreview {
  const n = Math.max(0, Math.min(Math.floor(count), plan.rows.length));
  const position = new Map<string, number>();
  plan.columns.forEach((c, i) => position.set(c.key ?? `#${c.sourceIndex}`, i));
  const rows = plan.rows.slice(0, n).map((row) => ({
    sourceRow: row.sourceRow,
    cells: row.values.map(displayValue),
    flagged: row.problems.length > 0,
    problemColumns: [
      ...new Set(
        row.problems.map((p) => position.get(p.key ?? `#${p.column}`)).filter((i) => i !== undefined),
      ),
    ],
  }));
  return { headers: plan.columns.map((c) => c.header), rows, more: plan.rows.length - n };
}

/** A cell value as the preview shows it: numbers unformatted, dates as yyyy-mm-dd, blank as "". */
export function displayValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}
