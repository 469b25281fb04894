/**
 * What the Skills and CMBOK Assessment imports share with the roster import: the
 * header row below titles (found by the sheet's own column names), cells kept as
 * they are and flagged when they cannot be read, literal text, and a report in
 * the roster import's shape, so the Import Report sheet reads the same whatever
 * was imported. Only the column layout and the cell readers differ per table.
 */
import type { Lang, Localized } from "../catalog/types";
import { cellText, isBlank } from "../roster/normalize";
import type { ColumnChanges, ImportPlan, ImportReport, ImportSummary, PlannedRow } from "./build-plan";
import { CHANGE_EXAMPLES } from "./build-plan";
import {
  detectHeader,
  HEADER_SCAN_COLUMNS,
  HEADER_SEARCH_ROWS,
  MIN_HEADER_SCORE,
  type HeaderDetection,
  type HeaderDetectionOptions,
  type HeaderDetectionResult,
} from "./detect-header";
import { checkSheetLimits, checkWriteLimits, MAX_CELL_TEXT } from "./limits";
import { needsLiteralText } from "./literal-text";
import {
  columnLetter,
  blankRowsNote,
  totalsInDataNote,
  blankRunNote,
  guessedHeaderNote,
  importedAsNote,
  problemMessage,
  renamedHeaderNote,
  rowsBelowEndNote,
  skippedAboveNote,
  TEXT_TOO_LONG,
  TEXT_TOO_LONG_VALID,
  totalsRowNote,
} from "./messages";
import type { Normalised } from "./normalise-cell";
import type { CellValue, ImportNote, ImportProblem, MergedRange, SheetRows } from "./types";

/** One column of an assessment table as the import fills it. */
export interface AssessmentColumn {
  /**
   * What the column holds in the destination table: a Skills column key, a CMBOK
   * 2.0 code, an identity key; null for an extra column kept as it is.
   */
  readonly target: string | null;
  /** The header written when the destination table has no such column yet. */
  readonly header: string;
  /** Source column, 0-based; null when the source has none (the column lands blank). */
  readonly sourceIndex: number | null;
  readonly sourceHeader: string | null;
}

/**
 * Reads one cell into what the table holds. `cellOf` gives the row's raw cell of
 * another destination column (a Target is checked against the row's field).
 */
export type CellReader = (raw: CellValue, cellOf: (target: string) => CellValue) => Normalised;

/** A plan column and how its cells are read. */
export interface ColumnLayout {
  readonly column: AssessmentColumn;
  readonly read: CellReader;
}

/** A flagged cell, with the destination column it feeds (ImportProblem.key is the roster's and stays null). */
export interface AssessmentProblem extends ImportProblem {
  readonly target: string | null;
}

/** A source row with its cells laid out in plan column order (undefined or "" where there is none). */
export interface LaidOutRow {
  readonly rowNumber: number;
  readonly values: readonly (CellValue | undefined)[];
}

/** The write plan of an assessment import: rows as they will land, and the report. */
export interface AssessmentPlan {
  /** Language of the headers the plan writes: a table created for it takes the same. */
  readonly headerLanguage: Lang;
  readonly columns: readonly AssessmentColumn[];
  /** Problems in rows are AssessmentProblems. */
  readonly rows: readonly PlannedRow[];
  readonly report: ImportReport;
}

export type AssessmentPlanResult =
  { readonly ok: true; readonly plan: AssessmentPlan } | { readonly ok: false; readonly message: Localized };

/** Cells read as they are: identity and extra columns. */
export const KEEP_CELL: CellReader = (raw) => ({ ok: true, value: raw });

/** A source column kept as it is, under its own header (a column that maps to no table column). */
export function extraColumnLayout(column: { readonly index: number; readonly header: string }): ColumnLayout {
  return {
    column: { target: null, header: column.header, sourceIndex: column.index, sourceHeader: column.header },
    read: KEEP_CELL,
  };
}

/** The data rows' cells in the layout's order (undefined where a column has no source). */
export function layOutRows(detection: HeaderDetection, layout: readonly ColumnLayout[]): LaidOutRow[] {
  return detection.dataRows.map((r) => ({
    rowNumber: r.rowNumber,
    values: layout.map((l) => (l.column.sourceIndex === null ? undefined : r.cells[l.column.sourceIndex])),
  }));
}

/** What planning an assessment sheet gives: the plan with the header row and the mapping, or why not. */
export type AssessmentImportResult<Mapped> =
  | {
      readonly ok: true;
      readonly detection: HeaderDetection;
      readonly mapping: readonly Mapped[];
      readonly plan: AssessmentPlan;
    }
  | { readonly ok: false; readonly message: Localized };

export interface AssessmentHeaderOptions extends HeaderDetectionOptions {
  /** Scores a candidate header row's texts: 2 per column named exactly, 1 per close match. */
  readonly score: (texts: readonly string[]) => number;
}

/**
 * The header row of an assessment sheet that fits in Excel: the row below titles
 * and notes whose cells best name the table's columns (skill items, CMBOK codes,
 * identity). The data rows, their end and the skipped rows come from detectHeader,
 * so an assessment sheet is cut exactly as a roster is. When no row names enough
 * columns, detectHeader's own choice (roster names, or a guess) stands.
 */
export function detectAssessmentHeader(
  rows: SheetRows,
  options: AssessmentHeaderOptions,
): HeaderDetectionResult {
  const limits = checkSheetLimits(rows);
  if (!limits.ok) return limits;
  const { score, ...detection } = options;
  if (options.headerRowNumber !== undefined) return detectHeader(rows, detection);
  const first = options.firstRowNumber ?? 1;
  const merges = options.merges ?? [];
  let best = -1;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const value = score(headerCandidateTexts(rows, i, merges));
    if (value > bestScore) {
      best = i;
      bestScore = value;
    }
  }
  if (best < 0 || bestScore < MIN_HEADER_SCORE) return detectHeader(rows, detection);
  const found = detectHeader(rows, { ...detection, headerRowNumber: best + first });
  return found.ok ? { ok: true, detection: { ...found.detection, basis: "recognised" } } : found;
}

/** The texts a row shows: text cells only (numbers are data), blanks filled from a merge over them. */
function headerCandidateTexts(rows: SheetRows, index: number, merges: readonly MergedRange[]): string[] {
  const row = rows[index] ?? [];
  const width = Math.min(row.length, HEADER_SCAN_COLUMNS);
  const texts: string[] = [];
  for (let col = 0; col < width; col++) {
    const cell = row[col];
    if (typeof cell === "string" && cell.trim() !== "") {
      texts.push(cell);
      continue;
    }
    if (!isBlank(cell)) continue;
    const merge = merges.find((m) => m.top <= index && index <= m.bottom && m.left <= col && col <= m.right);
    const above = merge ? rows[merge.top]?.[merge.left] : undefined;
    if (merge && merge.top < index && typeof above === "string") texts.push(above);
  }
  return texts;
}

export interface BuildAssessmentOptions {
  readonly headerLanguage: Lang;
  /** Headers the destination table already uses: an extra column never takes one of them. */
  readonly reserved: readonly string[];
  /** Notes about the sheet and its columns, shown before the detection's own. */
  readonly notes?: readonly Localized[];
  /** Column-level changes (CMBOK migration) listed before the changed cells. */
  readonly columnChanges?: readonly ColumnChanges[];
  /**
   * Destination columns a row cannot do without (the Skills table's Specialty
   * Field): when the sheet has no such column, every row is flagged with this.
   */
  readonly required?: ReadonlyMap<string, { readonly problem: Localized; readonly valid: Localized }>;
}

/**
 * Builds the plan: every data row, every cell read by its column's reader; a cell
 * that cannot be read is kept as it is and flagged, never dropped. Extra columns
 * without data or header are left out, as the roster import does.
 */
export function buildAssessmentPlan(
  detection: HeaderDetection,
  layout: readonly ColumnLayout[],
  rows: readonly LaidOutRow[],
  options: BuildAssessmentOptions,
): AssessmentPlanResult {
  const positions = layout.flatMap((l, i) =>
    l.column.target !== null || l.column.sourceHeader !== "" || rows.some((r) => !isBlank(r.values[i]))
      ? [i]
      : [],
  );
  const kept = positions.map((p) => layout[p] as ColumnLayout);
  const named = nameExtras(kept, options.reserved);
  const limits = checkWriteLimits({ dataRows: rows.length, columns: named.layout.length });
  if (!limits.ok) return limits;

  const at = new Map<string, number>();
  named.layout.forEach((l, i) => {
    if (l.column.target !== null) at.set(l.column.target, i);
  });
  const planned = rows.map((row) =>
    planRow(
      row.rowNumber,
      positions.map((p) => toCellValue(row.values[p])),
      named.layout,
      at,
      options.required ?? NOTHING_REQUIRED,
    ),
  );
  const problems = planned.flatMap((r) => r.problems);
  const cellChanges = changesByColumn(planned);
  const summary: ImportSummary = {
    read: rows.length,
    imported: planned.length,
    flagged: planned.filter((r) => r.problems.length > 0).length,
    problems: problems.length,
    changed: cellChanges.reduce((n, c) => n + c.count, 0),
    blankRowsSkipped: detection.blankRowsInData.length,
    totalsRowsSkipped: detection.totalsRowsInData.length,
    rowsBelowEnd: detection.rowsBelowEnd,
  };
  const sheetNotes = [...(options.notes ?? []), ...detectionNotes(detection), ...named.notes];
  return {
    ok: true,
    plan: {
      headerLanguage: options.headerLanguage,
      columns: named.layout.map((l) => l.column),
      rows: planned,
      report: {
        summary,
        problems,
        changes: [...(options.columnChanges ?? []), ...cellChanges],
        sheetNotes,
      },
    },
  };
}

/**
 * The plan as the roster import's ImportPlan, every column an extra from the
 * roster's point of view, so the roster's Import Report and preview serve it.
 */
export function asImportPlan(plan: AssessmentPlan): ImportPlan {
  return {
    mode: "append",
    columns: plan.columns.map((c) => ({
      key: null,
      header: c.header,
      sourceIndex: c.sourceIndex,
      sourceHeader: c.sourceHeader,
    })),
    rows: plan.rows,
    report: plan.report,
  };
}

/**
 * A value written otherwise than the source spells it gets a note, full-width
 * digits included (the cell's text changes); spaces around it do not count.
 * @example changedNote("Lv3", 3) // => a note: "Lv3" imported as 3
 * @example changedNote(3, 3)     // => undefined
 */
export function changedNote(raw: CellValue, value: string | number): Localized | undefined {
  const text = cellText(raw);
  return text === String(value) ? undefined : importedAsNote(text, value);
}

/** A sheet whose header row has nothing below it: refused, there is nothing to write. */
export function noRowsMessage(headerRow: number): Localized {
  return {
    en: `The sheet has no rows below its header row (row ${headerRow}): there is nothing to import.`,
    ja: `見出し行（${headerRow}行目）の下に行がないため、取り込むものがありません。`,
  };
}

/** Source header text for messages: blank headers are named by their column letter. */
export function sourceLabel(header: string | null, index: number): string {
  return header === null || header === "" ? `Column ${columnLetter(index)}` : header;
}

// ---- Plan rows ----

interface Named {
  readonly layout: readonly ColumnLayout[];
  readonly notes: readonly Localized[];
}

/** Extra columns get a filled-in header no other column of the table uses ("Column H", "Notes (2)"). */
function nameExtras(layout: readonly ColumnLayout[], reserved: readonly string[]): Named {
  const taken = new Set(
    [...reserved, ...layout.filter((l) => l.column.target !== null).map((l) => l.column.header)].map(fold),
  );
  const notes: Localized[] = [];
  const named = layout.map((l): ColumnLayout => {
    const { column } = l;
    if (column.target !== null) return l;
    const base = column.header === "" ? `Column ${columnLetter(column.sourceIndex ?? 0)}` : column.header;
    let header = base;
    for (let n = 2; taken.has(fold(header)); n++) header = `${base} (${n})`;
    taken.add(fold(header));
    if (header === column.header) return l;
    if (column.sourceHeader !== null && column.sourceIndex !== null)
      notes.push(renamedHeaderNote(column.sourceHeader, column.sourceIndex, header));
    return { ...l, column: { ...column, header } };
  });
  return { layout: named, notes };
}

const NOTHING_REQUIRED: NonNullable<BuildAssessmentOptions["required"]> = new Map();

function fold(header: string): string {
  return header.normalize("NFKC").toLowerCase();
}

function planRow(
  rowNumber: number,
  raw: readonly CellValue[],
  layout: readonly ColumnLayout[],
  at: ReadonlyMap<string, number>,
  required: NonNullable<BuildAssessmentOptions["required"]>,
): PlannedRow {
  const cellOf = (target: string): CellValue => {
    const i = at.get(target);
    return i === undefined ? null : (raw[i] ?? null);
  };
  const values: CellValue[] = new Array<CellValue>(layout.length);
  const problems: AssessmentProblem[] = [];
  const notes: ImportNote[] = [];
  layout.forEach(({ column, read }, i) => {
    const value = raw[i] ?? null;
    if (column.sourceIndex === null) {
      values[i] = null;
      const missing = column.target === null ? undefined : required.get(column.target);
      if (missing) {
        const where = { row: rowNumber, column: null, header: column.header, key: null, value: "" };
        problems.push(problem(where, column.target, missing));
      }
      return;
    }
    const header = sourceLabel(column.sourceHeader, column.sourceIndex);
    const where = { row: rowNumber, column: column.sourceIndex, header, key: null, value: cellText(value) };
    const result = read(value, cellOf);
    if (!result.ok) {
      values[i] = value; // kept as it is: fixed in the table, nothing lost
      problems.push(problem(where, column.target, result));
      return;
    }
    values[i] = result.value;
    if (result.note) notes.push({ ...where, normalised: result.value, note: result.note });
    if (typeof result.value === "string" && result.value.length > MAX_CELL_TEXT)
      problems.push(
        problem({ ...where, value: `${result.value.slice(0, 40)}…` }, column.target, {
          problem: TEXT_TOO_LONG,
          valid: TEXT_TOO_LONG_VALID,
        }),
      );
  });
  const literalText: number[] = [];
  values.forEach((v, i) => {
    if (needsLiteralText(v)) literalText.push(i);
  });
  return { sourceRow: rowNumber, values, literalText, problems, notes };
}

function problem(
  where: Omit<ImportProblem, "valid" | "message" | "suggestion">,
  target: string | null,
  result: { problem: Localized; valid: Localized; suggestion?: string },
): AssessmentProblem {
  const message = problemMessage(
    where.row,
    where.header,
    where.value,
    result.problem,
    result.valid,
    result.suggestion,
  );
  return {
    ...where,
    target,
    valid: result.valid,
    message,
    ...(result.suggestion ? { suggestion: result.suggestion } : {}),
  };
}

function toCellValue(value: CellValue | undefined): CellValue {
  return value === undefined || value === "" ? null : value;
}

function changesByColumn(rows: readonly PlannedRow[]): ColumnChanges[] {
  const byColumn = new Map<number | null, { header: string; count: number; examples: ImportNote[] }>();
  for (const row of rows)
    for (const note of row.notes) {
      let entry = byColumn.get(note.column);
      if (!entry) byColumn.set(note.column, (entry = { header: note.header, count: 0, examples: [] }));
      entry.count++;
      if (entry.examples.length < CHANGE_EXAMPLES) entry.examples.push(note);
    }
  return [...byColumn.entries()]
    .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
    .map(([column, e]) => ({ column, header: e.header, key: null, count: e.count, examples: e.examples }));
}

/** What the user should know about where the table was found and where it ends. */
function detectionNotes(detection: HeaderDetection): Localized[] {
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
  return notes;
}
