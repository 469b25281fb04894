/**
 * The import pipeline's reading of a sheet as a roster to score: its header row
 * (below titles and merged cells), its data rows (up to a blank run or a totals
 * row) and its column mapping, plus the cells of a row normalised as an import
 * would write them ("300名" -> 300, "1.5億円" -> 150). The command line scores
 * through this, so a file scores the same whether it is imported or scored directly.
 */
import { mapHeaders, type HeaderMap } from "../roster/header-map";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import type { LocatedRoster, LocateResult } from "../roster/locate-roster";
import { detectHeader } from "./detect-header";
import { mapColumns, type ColumnMapping } from "./map-columns";
import { normaliseCell } from "./normalise-cell";
import type { HeaderUnit } from "../roster/quantities";
import type { SheetRows } from "./types";

export interface RosterSource {
  readonly roster: LocatedRoster;
  readonly mapping: ColumnMapping;
}

export function rosterFromSheet(
  rows: SheetRows,
): { ok: true; source: RosterSource } | { ok: false; reason: string } {
  const found = detectHeader(rows);
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
  return { ok: true, source: { roster, mapping } };
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
