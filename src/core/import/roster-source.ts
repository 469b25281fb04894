/**
 * The import pipeline's reading of a sheet as a roster to score: its header row
 * (below titles and merged cells), its data rows (up to a blank run or a totals
 * row) and its column mapping, plus the cells of a row normalised as an import
 * would write them ("300名" -> 300, "1.5億円" -> 150). The command line scores
 * through this, so a file scores the same whether it is imported or scored directly.
 *
 * Every row is accounted for: rowAccount(rows, { scored, invalid }) gives the counts of
 * rows read, scored, invalid and skipped with the reason for each skip (blank rows and
 * totals rows inside the data, rows below the end of the table, rows above the header);
 * rowAccountLine(account, lang) says it in one line for stderr. A streaming reader gets
 * the same from DataRowReader.finish() (data-rows.ts).
 */
import { mapHeaders, type HeaderMap } from "../roster/header-map";
import { groupDigits } from "../roster/normalize";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import type { LocatedRoster, LocateResult } from "../roster/locate-roster";
import type { Lang } from "../catalog/types";
import type { DataRowsEnd } from "./data-rows";
import { detectHeader, type SkippedRow } from "./detect-header";
import { checkSheetLimits } from "./limits";
import { mapColumns, type ColumnMapping } from "./map-columns";
import { normaliseCell } from "./normalise-cell";
import type { HeaderUnit } from "../roster/quantities";
import type { SheetRows } from "./types";

export interface RosterSource {
  readonly roster: LocatedRoster;
  readonly mapping: ColumnMapping;
  /** Where the data ended and what was skipped, for rowAccount(). */
  readonly rows: RowsSkipped;
}

/** The skipped rows of a sheet: DataRowReader.finish(), plus the rows above the header when known. */
export type RowsSkipped = DataRowsEnd & { readonly skippedAbove?: readonly SkippedRow[] };

export function rosterFromSheet(
  rows: SheetRows,
): { ok: true; source: RosterSource } | { ok: false; reason: string } {
  const limits = checkSheetLimits(rows);
  if (!limits.ok) return { ok: false, reason: limits.message.en };
  // The command line cannot pick a header row by hand, so its message does not suggest it.
  const found = detectHeader(rows, { canChooseHeaderRow: false });
  if (!found.ok) return { ok: false, reason: found.message.en };
  const detection = found.detection;
  const mapping = mapColumns(detection.headers);
  if (!mapping.columns.some((c) => c.target === "field")) {
    return {
      ok: false,
      reason: `the header row (row ${detection.headerRowNumber}) has no "Specialty Field" (専門分野) column`,
    };
  }
  const headers = headerMapFromMapping(detection.headers, mapping);
  const roster: LocatedRoster = {
    headerIndex: detection.headerIndex,
    headers,
    dataRows: detection.dataRows.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells })),
  };
  return { ok: true, source: { roster, mapping, rows: detection } };
}

export type SkipReason = "blank" | "totals" | "below-table" | "above-header";

export interface SkippedRows {
  readonly reason: SkipReason;
  readonly count: number;
  /** The first skipped row of this kind (sheet row number). */
  readonly firstRow: number;
  /** The totals word, for totals rows. */
  readonly text?: string;
}

export interface RowAccount {
  /** Data rows read below the header: each one was scored or is invalid. */
  readonly read: number;
  readonly scored: number;
  readonly invalid: number;
  /** Rows not read as people, each kind with its reason. */
  readonly skipped: readonly SkippedRows[];
}

/**
 * The counts the CLI's JSON/stderr summary and the pane's report show.
 * @example rowAccount(source.rows, { scored: 15, invalid: 1 }).read // => 16
 */
export function rowAccount(rows: RowsSkipped, counts: { scored: number; invalid: number }): RowAccount {
  const skipped: SkippedRows[] = [];
  const above = rows.skippedAbove ?? [];
  if (above.length > 0)
    skipped.push({ reason: "above-header", count: above.length, firstRow: above[0]?.rowNumber ?? 1 });
  if (rows.blankRowsInData.length > 0)
    skipped.push({
      reason: "blank",
      count: rows.blankRowsInData.length,
      firstRow: rows.blankRowsInData[0] ?? 0,
    });
  const totals = rows.totalsRowsInData;
  if (totals.length > 0)
    skipped.push({
      reason: "totals",
      count: totals.length,
      firstRow: totals[0]?.rowNumber ?? 0,
      text: totals[0]?.text ?? "",
    });
  if (rows.end.reason === "totals")
    skipped.push({ reason: "totals", count: 1, firstRow: rows.end.rowNumber, text: rows.end.text });
  if (rows.rowsBelowEnd > 0 && rows.firstRowBelowEnd !== null)
    skipped.push({ reason: "below-table", count: rows.rowsBelowEnd, firstRow: rows.firstRowBelowEnd });
  return { read: counts.scored + counts.invalid, scored: counts.scored, invalid: counts.invalid, skipped };
}

/** One line for stderr: "16 rows read: 15 scored, 1 invalid; skipped: 2 blank rows (from row 7), ...". */
export function rowAccountLine(account: RowAccount, lang: Lang = "en"): string {
  const n = groupDigits;
  const s = (v: number, en: string): string => `${n(v)} ${en}${v === 1 ? "" : "s"}`;
  const parts = account.skipped.map((k) => {
    if (lang === "ja") {
      const what = {
        blank: "空行",
        totals: "合計行",
        "below-table": "表の終わりより下の行（人ではない）",
        "above-header": "見出しより上の行",
      }[k.reason];
      return `${what}${n(k.count)}行（${n(k.firstRow)}行目から${k.text ? `、「${k.text}」` : ""}）`;
    }
    const what = {
      blank: s(k.count, "blank row"),
      totals: s(k.count, "totals row"),
      "below-table": `${s(k.count, "row")} below the end of the table (not people)`,
      "above-header": `${s(k.count, "row")} above the header`,
    }[k.reason];
    return `${what} (from row ${n(k.firstRow)}${k.text ? `, "${k.text}"` : ""})`;
  });
  if (lang === "ja")
    return (
      `${n(account.read)}行を読み込み、採点${n(account.scored)}行、無効${n(account.invalid)}行` +
      (parts.length > 0 ? `。スキップ：${parts.join("、")}` : "")
    );
  return (
    `${s(account.read, "row")} read: ${n(account.scored)} scored, ${n(account.invalid)} invalid` +
    (parts.length > 0 ? `; skipped: ${parts.join(", ")}` : "")
  );
}

/** A header map that follows the pipeline's mapping (close matches included), not only exact names. */
function headerMapFromMapping(sourceHeaders: readonly string[], mapping: ColumnMapping): HeaderMap {
  const base = mapHeaders(sourceHeaders);
  const index = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, -1])) as Record<RosterColumnKey, number>;
  const extras: number[] = [];
  const units: Partial<Record<RosterColumnKey, HeaderUnit>> = {};
  for (const column of mapping.columns) {
    if (column.target === "extra") extras.push(column.index);
    else {
      index[column.target] = column.index;
      if (column.unit !== undefined) units[column.target] = column.unit;
    }
  }
  // Units the headers declare ("（千円）") are read by the scorer like units in cells.
  return { headers: base.headers, index, extras, warnings: base.warnings, units };
}

/** The row's cells as the import would write them: units read, names standardised; unreadable cells kept. */
export function normalisedCells(mapping: ColumnMapping, cells: readonly unknown[]): unknown[] {
  const out = [...cells];
  for (const column of mapping.columns) {
    if (column.target === "extra") continue;
    const result = normaliseCell(column.target, cells[column.index], column.unit);
    if (result.ok) out[column.index] = result.value;
  }
  return out;
}

export type { LocateResult };
