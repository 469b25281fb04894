/**
 * The preview's drawings of a report's charts (Excel draws native ones): a value axis
 * from 0 on round steps with gridlines, axis titles, every category labelled and
 * turned when labels would overlap, stacked columns where the report asks for them,
 * and a radar with its rings numbered.
 */
import type { ReactNode } from "react";
import { Text } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import type { MemoryChart, MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import { categoryLabelAngle, labelWidth, valueScale } from "../../app/charts";
import { say } from "../i18n";

const PALETTE = [
  "#0F6CBD",
  "#C239B3",
  "#13A10E",
  "#CA5010",
  "#8764B8",
  "#038387",
  "#986F0B",
  "#D13438",
  "#4F6BED",
  "#69797E",
];

/** Pixels per half-width character at the labels' 10 px font. */
const CHAR_PX = 6;
/** Longest label drawn, in half-width characters; longer ones end in "…" (full text in the tooltip). */
const MAX_LABEL = 28;

/** Categories (first column), series names (headers) and values of a chart's table. */
function chartData(
  chart: MemoryChart,
  workbook: MemoryWorkbook,
): { series: string[]; categories: string[]; data: number[][]; whole: boolean } {
  const table = workbook.table(chart.table);
  if (!table) return { series: [], categories: [], data: [], whole: true };
  const columns = chart.columns ?? table.columns;
  const rows = Math.min(table.rows - 1, chart.rows ?? table.rows - 1);
  const values = workbook.values(table.sheet, table.top, table.left, rows + 1, columns);
  const data = values.slice(1).map((r) => r.slice(1).map((v) => Number(v) || 0));
  return {
    series: (values[0] ?? []).slice(1).map(String),
    categories: values.slice(1).map((r) => String(r[0] ?? "")),
    data,
    whole: data.every((r) => r.every((v) => Number.isInteger(v))),
  };
}

/** A label cut to MAX_LABEL half-width characters. */
function clipLabel(label: string): string {
  if (labelWidth(label) <= MAX_LABEL) return label;
  let out = "";
  for (const ch of label) {
    if (labelWidth(out + ch) > MAX_LABEL - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function Legend({ series, x, y }: { series: readonly string[]; x: number; y: number }) {
  return (
    <g transform={`translate(${x}, ${y})`}>
      {series.map((s, i) => (
        <g key={`${i}-${s}`} transform={`translate(0, ${i * 14})`}>
          <rect width={10} height={10} fill={PALETTE[i % PALETTE.length]} />
          <text x={14} y={9} fontSize={10}>
            {s}
          </text>
        </g>
      ))}
    </g>
  );
}

export function PreviewChart({
  chart,
  workbook,
  lang,
}: {
  chart: MemoryChart;
  workbook: MemoryWorkbook;
  lang: Lang;
}) {
  return chart.kind === "radar" ? (
    <RadarChart chart={chart} workbook={workbook} lang={lang} />
  ) : (
    <ColumnChart chart={chart} workbook={workbook} lang={lang} />
  );
}

/** A radar chart: one spoke per category, numbered rings, one polygon per series. */
/** A chart's frame: its title as the caption, and an SVG that scales down to the pane's width. */
function ChartFigure({
  chart,
  lang,
  width,
  height,
  kind,
  children,
}: {
  chart: MemoryChart;
  lang: Lang;
  width: number;
  height: number;
  kind?: string;
  children: ReactNode;
}) {
  return (
    <figure style={{ margin: "8px 0" }} data-chart={chart.name} data-kind={kind}>
      <figcaption>
        <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ maxWidth: "100%", height: "auto" }}
        role="img"
        aria-label={`${say(lang, "chart")}: ${chart.title}`}
      >
        {children}
      </svg>
    </figure>
  );
}

function RadarChart({ chart, workbook, lang }: { chart: MemoryChart; workbook: MemoryWorkbook; lang: Lang }) {
  const { series, categories, data } = chartData(chart, workbook);
  const size = 280;
  // Room for the labels on both sides of the rings (up to MAX_LABEL characters), then the legend.
  const side = 150;
  const c = size / 2;
  const cx = side + 10;
  const radius = size / 2 - 40;
  const width = cx + radius + side + 130;
  const scale = valueScale(Math.max(1, ...data.flat()));
  const point = (i: number, v: number): [number, number] => {
    const angle = (Math.PI * 2 * i) / Math.max(1, categories.length) - Math.PI / 2;
    const r = radius * (v / scale.max);
    return [cx + Math.cos(angle) * r, c + Math.sin(angle) * r];
  };
  return (
    <ChartFigure chart={chart} lang={lang} width={width} height={size}>
      {scale.ticks.slice(1).map((t) => (
        <g key={t} data-tick={t}>
          {/* A ring per step, closed by repeating its first point (series alone are polygons). */}
          <polyline
            points={[...categories, categories[0]].map((_, i) => point(i, t).join(",")).join(" ")}
            fill="none"
            stroke="#ddd"
          />
          <text x={cx + 2} y={c - (radius * t) / scale.max - 2} fontSize={9} fill="#616161">
            {t}
          </text>
        </g>
      ))}
      {categories.map((a, i) => {
        const [x, y] = point(i, scale.max);
        const [lx, ly] = point(i, scale.max * 1.12);
        return (
          <g key={`${i}-${a}`}>
            <line x1={cx} y1={c} x2={x} y2={y} stroke="#bbb" />
            <text
              x={lx}
              y={ly}
              fontSize={9}
              textAnchor={Math.abs(lx - cx) < 8 ? "middle" : lx > cx ? "start" : "end"}
              dominantBaseline="middle"
            >
              <title>{a}</title>
              {clipLabel(a)}
            </text>
          </g>
        );
      })}
      {series.map((g, gi) => (
        <polygon
          key={`${gi}-${g}`}
          points={categories.map((_, i) => point(i, data[i]?.[gi] ?? 0).join(",")).join(" ")}
          fill={PALETTE[gi % PALETTE.length]}
          fillOpacity={0.25}
          stroke={PALETTE[gi % PALETTE.length]}
        >
          <title>{g}</title>
        </polygon>
      ))}
      <Legend series={series} x={width - 120} y={20} />
    </ChartFigure>
  );
}

/** Clustered or stacked columns with a value axis, gridlines and readable category labels. */
function ColumnChart({
  chart,
  workbook,
  lang,
}: {
  chart: MemoryChart;
  workbook: MemoryWorkbook;
  lang: Lang;
}) {
  const { series, categories, data, whole } = chartData(chart, workbook);
  const stacked = chart.kind === "columnStacked";
  const largest = Math.max(
    0,
    ...data.map((r) => (stacked ? r.reduce((a, b) => a + b, 0) : Math.max(0, ...r))),
  );
  const scale = valueScale(largest, { whole });
  const width = 440;
  const left = 52;
  const plotTop = 10;
  const plotHeight = 160;
  const plotWidth = width - left - 8;
  const band = plotWidth / Math.max(1, categories.length);
  const labels = categories.map(clipLabel);
  const angle = categoryLabelAngle(labels, Math.floor(band / CHAR_PX) - 1);
  const longest = Math.max(0, ...labels.map(labelWidth)) * CHAR_PX;
  // Room under the plot for the labels as turned: one line level, the diagonal's height, or their length upright.
  const labelRoom = angle === 0 ? 16 : angle === -45 ? Math.ceil(longest * 0.72) + 12 : longest + 12;
  const xTitleY = plotTop + plotHeight + labelRoom + 14;
  const legendY = xTitleY + 12;
  const height = legendY + series.length * 14 + 4;
  const y = (v: number) => plotTop + plotHeight - (v / scale.max) * plotHeight;
  const barWidth = stacked ? band * 0.6 : (band * 0.8) / Math.max(1, series.length);
  return (
    <ChartFigure chart={chart} lang={lang} width={width} height={height} kind={chart.kind}>
      <g data-axis="value">
        {scale.ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={width - 8} y1={y(t)} y2={y(t)} stroke={t === 0 ? "#888" : "#e6e6e6"} />
            <text x={left - 4} y={y(t) + 3} fontSize={9} textAnchor="end" data-tick={t}>
              {t}
            </text>
          </g>
        ))}
        {chart.yTitle && (
          <text
            fontSize={10}
            textAnchor="middle"
            transform={`translate(12, ${plotTop + plotHeight / 2}) rotate(-90)`}
          >
            {chart.yTitle}
          </text>
        )}
      </g>
      {data.map((row, ci) => {
        const x0 = left + ci * band;
        let acc = 0;
        return (
          <g key={ci}>
            {row.map((v, si) => {
              if (v === 0) return null;
              const x = stacked ? x0 + band * 0.2 : x0 + band * 0.1 + si * barWidth;
              const top = stacked ? y(acc + v) : y(v);
              const h = stacked ? y(acc) - y(acc + v) : y(0) - y(v);
              acc += v;
              return (
                <rect
                  key={si}
                  x={x}
                  y={top}
                  width={Math.max(1, barWidth - 1)}
                  height={Math.max(0, h)}
                  fill={PALETTE[si % PALETTE.length]}
                >
                  <title>{`${categories[ci]} · ${series[si]}: ${v}`}</title>
                </rect>
              );
            })}
          </g>
        );
      })}
      <g data-axis="category" data-angle={angle}>
        {labels.map((label, ci) => {
          const x = left + ci * band + band / 2;
          const top = plotTop + plotHeight + 12;
          return (
            <text
              key={ci}
              fontSize={10}
              textAnchor={angle === 0 ? "middle" : "end"}
              transform={`translate(${x}, ${top}) rotate(${angle})`}
            >
              <title>{categories[ci]}</title>
              {label}
            </text>
          );
        })}
      </g>
      {chart.xTitle && (
        <text x={left + plotWidth / 2} y={xTitleY} fontSize={10} textAnchor="middle">
          {chart.xTitle}
        </text>
      )}
      <Legend series={series} x={left} y={legendY} />
    </ChartFigure>
  );
}
