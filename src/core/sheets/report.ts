/**
 * A report sheet: summary tables, native charts over them, and colour scales. The
 * level distribution, the skills heat map and radar charts, and the trends over
 * assessment rounds are all reports; both workbook adapters write any of them.
 */
import type { SheetCell, SheetTable } from "./sheet-table";

export type ReportChartKind = "columnClustered" | "columnStacked" | "radar";

export interface ReportChart {
  /** Stable chart name, so running again updates the same chart. */
  readonly name: string;
  readonly kind: ReportChartKind;
  /** The table whose cells the chart shows: first column categories, the next ones series. */
  readonly table: string;
  /** How many columns of the table, from the left, the chart uses (default: all). */
  readonly columns?: number;
  /** How many data rows the chart uses (default: all). */
  readonly rows?: number;
  readonly title: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  /**
   * Where the chart goes: "right" (default) to the right of the widest table, one below
   * the other; "beside" next to its own table, in the columns after it, so a sheet meant
   * for printing keeps its chart within the page's width.
   */
  readonly placement?: "right" | "beside";
}

/** Rows a chart placed beside its table takes (the table's block is at least this tall). */
export const CHART_BESIDE_ROWS = 16;
/** Columns a chart placed beside its table spans. */
export const CHART_BESIDE_COLUMNS = 2;

/** A heading cell: a value (text stays text), or a formula the product writes. */
export type HeadingCell = SheetCell | { readonly formula: string };

/** A drop-down in one heading cell, listing choices written in a column of the same sheet. */
export interface ReportPicker {
  /** 0-based heading row and column of the cell with the drop-down. */
  readonly row: number;
  readonly column: number;
  /** The choices, written as text from row 2 down in `choicesColumn` (header in row 1). */
  readonly choices: readonly string[];
  readonly choicesColumn: number;
  readonly choicesHeader: string;
  /** The input message shown when the cell is selected (Excel: title <= 32, message <= 255 characters). */
  readonly prompt: { readonly title: string; readonly message: string };
}

/** How a report sheet prints: paper, orientation, fit, and the columns printed. */
export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "portrait";
  /** Scale to fit this many pages wide and tall. */
  readonly fitPages: { readonly wide: number; readonly tall: number };
  /** Columns printed, from A (the rest, such as a drop-down's choices, are left out). */
  readonly printColumns: number;
}

/** A three-colour scale over a block of a table's data cells (a heat map). */
export interface ColorScale {
  readonly table: string;
  /** First and last data column (0-based within the table) the scale covers. */
  readonly fromColumn: number;
  readonly toColumn: number;
  readonly min: number;
  readonly max: number;
}

export interface SheetReport {
  readonly sheet: string;
  readonly tables: readonly SheetTable[];
  readonly charts: readonly ReportChart[];
  readonly colorScales?: readonly ColorScale[];
  /** Rows written from A1 above the first table (a title, label and value pairs); tables follow a blank row. */
  readonly heading?: readonly (readonly HeadingCell[])[];
  /** Section titles, by table name: written in the row above the table. */
  readonly captions?: Readonly<Record<string, string>>;
  readonly picker?: ReportPicker;
  readonly page?: PageSetup;
}

/**
 * Where each part of a report goes, 0-based: the tables' header rows and the charts
 * placed beside a table. Both adapters lay a report out with this, so the preview, the
 * double and Excel put every table in the same cells.
 */
export interface ReportLayout {
  readonly tables: ReadonlyMap<string, { readonly row: number; readonly caption: number | null }>;
  /** The row after the last table. */
  readonly end: number;
}

/** Rows between two tables (a report without captions keeps the gap it always had). */
const TABLE_GAP = 2;

export function reportLayout(report: SheetReport): ReportLayout {
  const tables = new Map<string, { row: number; caption: number | null }>();
  let row = report.heading && report.heading.length > 0 ? report.heading.length + 1 : 0;
  for (const spec of report.tables) {
    const caption = report.captions?.[spec.table] !== undefined ? row : null;
    if (caption !== null) row += 1;
    tables.set(spec.table, { row, caption });
    const beside = report.charts.some((c) => c.table === spec.table && c.placement === "beside");
    const rows = spec.rows.length + 1;
    row += (beside ? Math.max(rows, CHART_BESIDE_ROWS) : rows) + TABLE_GAP;
  }
  return { tables, end: row };
}

/** Colours of the heat map, low to high (also used by the preview). */
export const COLOR_SCALE = { low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" } as const;
