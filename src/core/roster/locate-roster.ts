/**
 * Finds the roster inside a sheet's cells: the header row (title rows, notes and
 * blank rows above it are skipped) and the data rows below it (blank rows are
 * skipped; a totals row ends the data).
 */
import { countRosterHeaders, mapHeaders, type HeaderMap } from "./header-map";
import { cellText, foldName, isBlank } from "./normalize";

export interface DataRow {
  /** Row number in the sheet, 1-based, as a user sees it. */
  readonly rowNumber: number;
  readonly cells: readonly unknown[];
}

export interface LocatedRoster {
  /** Index of the header row within the rows given. */
  readonly headerIndex: number;
  readonly headers: HeaderMap;
  readonly dataRows: readonly DataRow[];
}

export type LocateResult = { ok: true; roster: LocatedRoster } | { ok: false; reason: string };

/** How far down a header row is looked for. */
const HEADER_SEARCH_ROWS = 50;
const TOTAL_WORDS = new Set(["total", "totals", "grandtotal", "合計", "総計", "計", "小計"]);

export function locateRoster(rows: readonly (readonly unknown[])[], firstRowNumber = 1): LocateResult {
  let best = -1;
  let bestCount = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const n = countRosterHeaders(rows[i] ?? []);
    if (n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  const headerRow = rows[best];
  if (best < 0 || bestCount < 2 || !headerRow) {
    return {
      ok: false,
      reason:
        `no header row found in the first ${HEADER_SEARCH_ROWS} rows: expected roster headers such as ` +
        `"Specialty Field", "Role", "Projects" (or 専門分野, 役割, 実績件数)`,
    };
  }
  const headers = mapHeaders(headerRow);
  if (headers.index.field < 0) {
    return {
      ok: false,
      reason: `the header row (row ${best + firstRowNumber}) has no "Specialty Field" (専門分野) column`,
    };
  }
  const dataRows: DataRow[] = [];
  for (let i = best + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every(isBlank)) continue;
    if (isTotalsRow(cells)) break;
    dataRows.push({ rowNumber: i + firstRowNumber, cells });
  }
  return { ok: true, roster: { headerIndex: best, headers, dataRows } };
}

function isTotalsRow(cells: readonly unknown[]): boolean {
  const first = cells.find((c) => !isBlank(c));
  return typeof first === "string" && first.length <= 16 && TOTAL_WORDS.has(foldName(cellText(first)));
}
