/**
 * What makes a report chart readable, decided once for Excel's native charts and the
 * preview's drawings: a value axis on round numbers from zero, category labels turned
 * when they would not fit side by side, and stacked columns when the series are many
 * parts of one whole.
 */
import type { ReportChartKind } from "./report";

export interface ValueScale {
  /** The top of the axis: a multiple of the step, at least the largest value. */
  readonly max: number;
  /** Between two gridlines. */
  readonly step: number;
  /** 0, step, 2 step … max. */
  readonly ticks: readonly number[];
}

/**
 * A value axis from 0 on a 1-2-5 step with five or six gridlines; whole steps for counts.
 * @example valueScale(7).ticks // => [0, 2, 4, 6, 8]
 * @example valueScale(83.3, { whole: false }).ticks // => [0, 20, 40, 60, 80, 100]
 */
export function valueScale(largest: number, options: { readonly whole?: boolean } = {}): ValueScale {
  const whole = options.whole ?? true;
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  const rough = top / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  if (whole) step = Math.max(1, Math.round(step));
  const max = Math.ceil(top / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= max + 1e-9; i++) ticks.push(Math.round(i * step * 1e6) / 1e6);
  return { max, step, ticks };
}

/** Width of a label in half-width characters: CJK and full-width forms count two. */
export function labelWidth(label: string): number {
  let n = 0;
  for (const ch of label)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return n;
}

/** Category label angles a chart uses: level text, 45 degrees up, or upright. */
export type LabelAngle = 0 | -45 | -90;

/**
 * How far to turn category labels so that neighbours never overlap: level when the
 * longest fits its slot, at 45 degrees when it fits diagonally (a slanted label takes
 * about its height times 1.4 of the slot), else upright.
 * @example categoryLabelAngle(["Level 1", "Level 2"], 20) // => 0
 * @example categoryLabelAngle(["Operations and service management", "Audit"], 8) // => -90
 */
export function categoryLabelAngle(labels: readonly string[], slotChars: number): LabelAngle {
  const longest = labels.reduce((m, l) => Math.max(m, labelWidth(l)), 0);
  if (longest <= slotChars) return 0;
  // A 45-degree label needs about 1.4 character heights of slot per line; heights are ~2 widths.
  if (slotChars >= 3 && longest <= 18) return -45;
  return -90;
}

/** Series beyond this many are drawn stacked, where the series are parts of one whole. */
export const MAX_CLUSTERED_SERIES = 4;

/**
 * Clustered columns for a few series; stacked when many would make thin, sparse bars.
 * Only for series that add up (people by field); levels reached (cumulative) stay clustered.
 * @example columnKind(7) // => "columnStacked"
 */
export function columnKind(series: number): ReportChartKind {
  return series > MAX_CLUSTERED_SERIES ? "columnStacked" : "columnClustered";
}

/**
 * Characters of label a category gets on a native chart: the chart spans eight
 * default columns (about 60 characters of plot), shared by the categories.
 */
export function excelSlotChars(categories: number): number {
  return Math.floor(60 / Math.max(1, categories));
}
