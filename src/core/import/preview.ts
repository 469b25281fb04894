/**
 * The first rows of a plan as display strings, for the pane's preview before the
 * user confirms the import.
 */
import type { ImportPlan } from "./build-plan";
import type { CellValue } from "./types";

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
