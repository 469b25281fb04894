/**
 * A report sheet: summary tables, native charts over them, and colour scales. The
 * level distribution, the skills heat map and radar charts, and the trends over
 * assessment rounds are all reports; both workbook adapters write any of them.
 */
import type { SheetTable } from "./sheet-table";

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
}

/** Colours of the heat map, low to high (also used by the preview). */
export const COLOR_SCALE = { low: "#F8696B", mid: "#FFEB84", high: "#63BE7B" } as const;
