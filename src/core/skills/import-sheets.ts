/**
 * Where an assessment import lands: its rows arranged in the column order of the
 * Skills or CMBOK Assessment table they join (columns matched by meaning, extra
 * columns by header, missing ones added at the right), and the Import Report in
 * the roster import's shape, so every import reports alike.
 */
import type { Lang } from "../catalog/types";
import { asImportPlan, type AssessmentPlan } from "../import/assessment-import";
import { cellText, foldName } from "../roster/normalize";
import { importReport, landedText, type RepeatedRows } from "../import/sheets";
import type { SheetReport } from "../sheets/report";
import type { SheetCell } from "../sheets/sheet-table";

export interface ArrangedAssessment {
  /** The table's headers after the import: the existing ones, then the added ones. */
  readonly headers: readonly string[];
  readonly newColumns: readonly string[];
  readonly rows: SheetCell[][];
  /** Per cell: must land as literal text. */
  readonly literal: boolean[][];
  /** Source rows (1-based) left out: the table already holds a row with the same values. */
  readonly repeated: readonly number[];
}

/**
 * Arranges the plan's rows for a table with `existing` headers. A plan column goes
 * to the table's column of the same meaning (`meaningOf`: "leadership", "OP-3",
 * "employeeId"), an extra column to a column of the same header that has no
 * meaning; anything else is added, under a header the table does not use yet.
 * Every column with a source lands somewhere (nothing is dropped, no formula
 * column is hit); a template column the source lacks adds nothing to the table.
 */
export function arrangeAssessment(
  plan: AssessmentPlan,
  existing: { readonly headers: readonly SheetCell[]; readonly rows: readonly (readonly SheetCell[])[] },
  meaningOf: (header: SheetCell) => string | null,
): ArrangedAssessment {
  const headers = existing.headers.map(cellText);
  const meanings = existing.headers.map(meaningOf);
  const newColumns: string[] = [];
  const used = new Set<number>();
  const taken = new Set(headers.map(foldName));
  const target = plan.columns.map((column) => {
    const at = headers.findIndex((h, i) =>
      used.has(i)
        ? false
        : column.target !== null
          ? meanings[i] === column.target
          : meanings[i] === null && foldName(h) === foldName(column.header),
    );
    if (at >= 0) {
      used.add(at);
      return at;
    }
    if (column.sourceIndex === null) return -1; // the source has no such column: nothing to add
    let header = column.header;
    for (let n = 2; taken.has(foldName(header)); n++) header = `${column.header} (${n})`;
    taken.add(foldName(header));
    headers.push(header);
    newColumns.push(header);
    return headers.length - 1;
  });
  // Importing the same sheet again must not count an engagement or an assessment twice.
  const filled = target.filter((at, c) => at >= 0 && plan.columns[c]?.sourceIndex !== null);
  const keyOf = (row: readonly SheetCell[]): string => filled.map((at) => landedText(row[at])).join("\u0000");
  const held = new Map<string, number>();
  for (const row of existing.rows) held.set(keyOf(row), (held.get(keyOf(row)) ?? 0) + 1);
  const rows: SheetCell[][] = [];
  const literal: boolean[][] = [];
  const repeated: number[] = [];
  for (const r of plan.rows) {
    const out: SheetCell[] = headers.map(() => null);
    r.values.forEach((v, c) => {
      const at = target[c] ?? -1;
      if (at >= 0) out[at] = toCell(v);
    });
    // A row filling a column the table did not have is new; so is one the table holds fewer times.
    const key = newColumns.length === 0 ? keyOf(out) : undefined;
    const times = key === undefined ? 0 : (held.get(key) ?? 0);
    if (key !== undefined && times > 0) {
      held.set(key, times - 1);
      repeated.push(r.sourceRow);
      continue;
    }
    const lit = headers.map(() => false);
    for (const c of r.literalText) {
      const at = target[c] ?? -1;
      if (at >= 0) lit[at] = true;
    }
    rows.push(out);
    literal.push(lit);
  }
  return { headers, newColumns, rows, literal, repeated };
}

/** The Import Report of an assessment import: counts, every problem, every change (CMBOK migration first). */
export function assessmentImportReport(
  plan: AssessmentPlan,
  lang: Lang,
  source: string,
  repeated?: RepeatedRows,
): SheetReport {
  return importReport(asImportPlan(plan), lang, source, undefined, repeated);
}

function toCell(value: unknown): SheetCell {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (value === undefined) return null;
  return value as SheetCell;
}
