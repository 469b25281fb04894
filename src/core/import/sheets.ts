/**
 * Where an import plan lands: its rows arranged in the column order of the Roster
 * table they join (roster columns matched by meaning, extra columns by header,
 * missing ones added at the right), and the Import Report sheet that says what
 * was read, imported and flagged.
 */
import type { Lang } from "../catalog/types";
import type { ImportPlan } from ".";
import { rosterKeyForHeader } from "../roster/header-map";
import { cellText, foldName } from "../roster/normalize";
import type { SheetReport } from "../sheets/report";
import type { SheetCell, SheetTable } from "../sheets/sheet-table";
import { REPORT_SHEETS } from "../layout";

export interface ArrangedRows {
  /** The table's headers after the import (existing ones, then added ones). */
  readonly headers: readonly string[];
  readonly newColumns: readonly string[];
  readonly rows: SheetCell[][];
  /** Per cell: must land as literal text. */
  readonly literal: boolean[][];
}

/**
 * Arranges the plan's rows for a table with `existing` headers (null: a new table in
 * the plan's own order). Every plan column lands somewhere: nothing is dropped.
 */
export function arrangeForTable(plan: ImportPlan, existing: readonly SheetCell[] | null): ArrangedRows {
  const planHeaders = plan.columns.map((c) => c.header);
  if (!existing) {
    return {
      headers: planHeaders,
      newColumns: [],
      rows: plan.rows.map((r) => r.values.map(toCell)),
      literal: plan.rows.map((r) => plan.columns.map((_, c) => r.literalText.includes(c))),
    };
  }
  const existingHeaders = existing.map(cellText);
  const headers = [...existingHeaders];
  const newColumns: string[] = [];
  const target = plan.columns.map((column) => {
    const at = column.key
      ? existingHeaders.findIndex((h) => rosterKeyForHeader(h) === column.key)
      : existingHeaders.findIndex((h) => foldName(h) === foldName(column.header));
    if (at >= 0) return at;
    headers.push(column.header);
    newColumns.push(column.header);
    return headers.length - 1;
  });
  const rows = plan.rows.map((r) => {
    const out: SheetCell[] = headers.map(() => null);
    r.values.forEach((v, c) => (out[target[c] as number] = toCell(v)));
    return out;
  });
  const literal = plan.rows.map((r) => {
    const out = headers.map(() => false);
    for (const c of r.literalText) out[target[c] as number] = true;
    return out;
  });
  return { headers, newColumns, rows, literal };
}

function toCell(value: unknown): SheetCell {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined) return null;
  return value as SheetCell;
}

export const IMPORT_REPORT_SHEET = REPORT_SHEETS.importReport;

/** The Import Report: summary counts, every problem with its source cell, what was changed and why. */
export function importReport(plan: ImportPlan, lang: Lang, source: string): SheetReport {
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const s = plan.report.summary;
  const summary: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportSummary",
    headers: [t("Import of", "取り込み元"), t("Count", "件数")],
    rows: [
      [source, null],
      [t("Rows read", "読み込んだ行"), s.read],
      [t("Rows imported", "取り込んだ行"), s.imported],
      [t("Rows flagged (imported, need fixing)", "要確認の行（取り込み済み・修正が必要）"), s.flagged],
      [t("Problems", "問題"), s.problems],
      [t("Cells written differently (units, spellings)", "変換したセル（単位・表記）"), s.changed],
      [t("Blank rows skipped", "スキップした空行"), s.blankRowsSkipped],
      [
        t("Totals rows skipped (people below them read)", "スキップした合計行（下の人は読込済み）"),
        s.totalsRowsSkipped,
      ],
      [
        t("Rows below the end of the data, not imported", "データ末尾より下の行（取り込みなし）"),
        s.rowsBelowEnd,
      ],
      ...plan.report.sheetNotes.map((n) => [n[lang], null] as SheetCell[]),
    ],
    widths: [60, 12],
    wrap: [true, false],
    text: [true, false],
  };
  const problems: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportProblems",
    headers: [
      t("Source row", "元の行"),
      t("Column", "列"),
      t("Value", "値"),
      t("Problem", "問題"),
      t("Valid", "有効な値"),
    ],
    rows:
      plan.report.problems.length > 0
        ? plan.report.problems.map((p) => [p.row, p.header, p.value, p.message[lang], p.valid[lang]])
        : [[null, null, null, t("No problems", "問題はありません"), null]],
    widths: [10, 22, 22, 70, 40],
    wrap: [false, false, false, true, true],
    text: [false, true, true, true, true],
  };
  const changes: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportChanges",
    headers: [t("Column", "列"), t("Cells changed", "変換したセル数"), t("Example", "例")],
    rows:
      plan.report.changes.length > 0
        ? plan.report.changes.map((c) => [c.header, c.count, c.examples.map((e) => e.note[lang]).join("\n")])
        : [[t("Nothing changed", "変換なし"), 0, null]],
    widths: [24, 14, 70],
    wrap: [false, false, true],
    text: [true, false, true],
  };
  return { sheet: IMPORT_REPORT_SHEET, tables: [summary, problems, changes], charts: [] };
}
