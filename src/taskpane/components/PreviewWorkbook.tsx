/**
 * The preview's view of the in-memory workbook: its sheets as readable tables,
 * the level distribution as charts, a file to open and the workbook to download.
 * Opening and downloading run through the pane's action runner, so a failure shows
 * in the pane; opening a file over a roster with people asks first.
 */
import { useMemo, useRef, useState } from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import type { SheetCell } from "../../core/sheets/sheet-table";
import type { MemoryChart, MemorySheet, MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import { COLOR_SCALE, rosterRowCount } from "../../app/roster";
import { join, say, text, TEXT } from "../i18n";
import { usePane } from "../pane";
import { ActionButton } from "./ActionButton";
import { ConfirmDialog } from "./ConfirmDialog";
import { FilePicker } from "./FilePicker";

const MAX_ROWS = 200;

const useStyles = makeStyles({
  bar: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  grid: { overflow: "auto", maxHeight: "70vh", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    verticalAlign: "top",
    maxWidth: "420px",
    whiteSpace: "pre-wrap",
  },
  header: {
    backgroundColor: tokens.colorBrandBackground2,
    fontWeight: tokens.fontWeightSemibold,
    position: "sticky",
    top: 0,
  },
  invalid: { backgroundColor: "#FDE7E9", color: "#242424" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  charts: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL },
  clip: { maxHeight: "4.8em", overflow: "hidden" },
  errorValue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  errorMessage: { maxHeight: "4.8em", overflow: "hidden", fontSize: tokens.fontSizeBase100 },
});

export function PreviewWorkbook({
  workbook,
  lang,
  version,
}: {
  workbook: MemoryWorkbook;
  lang: Lang;
  version: number;
}) {
  const styles = useStyles();
  const { runner, onChanged } = usePane();
  const openButton = useRef<HTMLButtonElement>(null);
  /** A file waiting for the answer to "replace the Roster's rows?", with the rows it would replace. */
  const [pending, setPending] = useState<{ file: File; rows: number } | null>(null);
  const sheetNames = workbook.sheets.map((s) => s.name);
  const active =
    workbook.activeSheet && sheetNames.includes(workbook.activeSheet)
      ? workbook.activeSheet
      : (sheetNames[0] ?? null);
  const sheet = active ? workbook.sheet(active) : undefined;
  const charts = workbook.charts.filter((c) => c.sheet === active);

  const rows = useMemo(() => {
    if (!sheet) return [];
    const used = workbook.usedRange(sheet.name);
    return used ? workbook.values(sheet.name, 0, 0, Math.min(used.rows, MAX_ROWS + 1), used.columns) : [];
    // version changes whenever the workbook does
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheet, workbook, version]);

  const download = () =>
    runner.run(
      async () => {
        const { downloadFileName, exportWorkbook } = await import(
          /* webpackChunkName: "files" */ "../../adapters/memory/export-xlsx"
        );
        const saved = await exportWorkbook(workbook);
        // Never the name of a file opened into the workbook: the source is never written over.
        const name = downloadFileName(workbook);
        const url = URL.createObjectURL(
          new Blob([saved.bytes as Uint8Array<ArrayBuffer>], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          }),
        );
        const a = document.createElement("a");
        a.href = url;
        a.download = name;
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        return { name, charts: saved.chartsLeftOut };
      },
      // What only Excel adds, said when the file is saved: native charts, and the HR functions' values.
      (r) =>
        join(
          text("downloaded", { name: r.name }),
          text(r.charts > 0 ? "downloadNoCharts" : "downloadInExcel", { n: r.charts }),
        ),
    );

  const open = async (file: File) => {
    setPending(null);
    await runner.run(
      async () => {
        const { openRosterFile } = await import(/* webpackChunkName: "files" */ "../../app/open-file");
        return openRosterFile(workbook, new Uint8Array(await file.arrayBuffer()), file.name);
      },
      (r) => text("opened", { name: file.name, n: r.rows }),
    );
    onChanged();
  };

  /** Opens the file, asking first when it would replace the rows of a roster with people. */
  const choose = async (file: File) => {
    const rows = await runner.run(
      () => rosterRowCount(workbook),
      () => null,
    );
    if (rows === undefined) return;
    if (rows > 0) setPending({ file, rows });
    else await open(file);
  };

  const used = sheet ? workbook.usedRange(sheet.name) : null;
  return (
    <div>
      <div className={styles.bar}>
        <Text as="h2" weight="semibold" size={400}>
          {say(lang, "workbookSheets")}
        </Text>
        <FilePicker
          ref={openButton}
          label={say(lang, "openFile")}
          testId="open-file"
          onFile={(f) => void choose(f)}
        />
        <ActionButton primary onClick={() => void download()}>
          {say(lang, "downloadWorkbook")}
        </ActionButton>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={say(lang, "replaceRosterTitle")}
        body={say(lang, "replaceRosterBody", { n: pending?.rows ?? 0, name: pending?.file.name ?? "" })}
        cancel={say(lang, "cancel")}
        confirm={say(lang, "replaceRosterButton")}
        onCancel={() => {
          setPending(null);
          runner.report(TEXT.keptRoster);
        }}
        onConfirm={() => pending && void open(pending.file)}
        returnFocus={openButton}
      />
      <TabList
        size="small"
        selectedValue={active ?? ""}
        onTabSelect={(_, d) => {
          workbook.activate(String(d.value));
          onChanged();
        }}
        aria-label={say(lang, "sheet")}
      >
        {sheetNames.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      {charts.length > 0 && (
        <div className={styles.charts}>
          {charts.map((c) =>
            c.kind === "radar" ? (
              <RadarChart key={c.name} chart={c} workbook={workbook} lang={lang} />
            ) : (
              <BarChart key={c.name} chart={c} workbook={workbook} lang={lang} />
            ),
          )}
        </div>
      )}
      {sheet && (
        <div
          className={styles.grid}
          role="region"
          aria-label={`${say(lang, "sheet")}: ${sheet.name}`}
          tabIndex={0}
        >
          <table className={styles.table} data-sheet={sheet.name}>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  {row.map((value, c) => {
                    const cell = sheet.cells[r]?.[c];
                    const selected =
                      workbook.selection?.sheet === sheet.name &&
                      workbook.selection.top === r &&
                      workbook.selection.left === c;
                    const className = [
                      styles.cell,
                      r === 0 ? styles.header : "",
                      cell?.fill ? styles.invalid : "",
                      selected ? styles.selected : "",
                    ].join(" ");
                    const text = show(value);
                    // A function error shows its message, as Excel's error indicator does.
                    const error =
                      typeof value === "string" && value.startsWith("#") && cell?.formula !== undefined
                        ? workbook.errorMessage(sheet.name, r, c)
                        : null;
                    // Long text (KPI wording, gap sentences) is clipped to a few lines; the full text is in the tooltip.
                    const content = error ? (
                      <>
                        <span className={styles.errorValue}>{text}</span>
                        <div className={styles.errorMessage} title={error} data-error-message>
                          {error}
                        </div>
                      </>
                    ) : text.length > 120 ? (
                      <div className={styles.clip} title={text}>
                        {text}
                      </div>
                    ) : (
                      text
                    );
                    const background = heatColor(sheet, r, c, value);
                    return r === 0 ? (
                      <th key={c} className={className} scope="col">
                        {content}
                      </th>
                    ) : (
                      <td
                        key={c}
                        className={className}
                        data-selected={selected || undefined}
                        style={background ? { backgroundColor: background, color: "#242424" } : undefined}
                      >
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {used && used.rows > MAX_ROWS + 1 && (
            <Text>{say(lang, "moreRows", { n: used.rows - MAX_ROWS - 1 })}</Text>
          )}
        </div>
      )}
    </div>
  );
}

/** The heat-map colour of a cell under a colour scale, as Excel would paint it. */
function heatColor(sheet: MemorySheet, row: number, column: number, value: SheetCell): string | undefined {
  if (typeof value !== "number") return undefined;
  const scale = sheet.colorScales?.find(
    (s) => row >= s.top && row <= s.bottom && column >= s.left && column <= s.right,
  );
  if (!scale) return undefined;
  const t = Math.max(0, Math.min(1, (value - scale.min) / Math.max(1e-9, scale.max - scale.min)));
  const [from, to, u] =
    t < 0.5 ? [COLOR_SCALE.low, COLOR_SCALE.mid, t * 2] : [COLOR_SCALE.mid, COLOR_SCALE.high, (t - 0.5) * 2];
  const mix = (i: number) =>
    Math.round(parseInt(from.slice(i, i + 2), 16) * (1 - u) + parseInt(to.slice(i, i + 2), 16) * u);
  return `rgb(${mix(1)}, ${mix(3)}, ${mix(5)})`;
}

function show(value: SheetCell): string {
  return value === null ? "" : String(value);
}

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

/** Categories (first column), series names (headers) and values of a chart's table. */
function chartData(
  chart: MemoryChart,
  workbook: MemoryWorkbook,
): { groups: string[]; levels: string[]; data: number[][] } {
  const table = workbook.table(chart.table);
  if (!table) return { groups: [], levels: [], data: [] };
  const columns = chart.columns ?? table.columns;
  const rows = Math.min(table.rows - 1, chart.rows ?? table.rows - 1);
  const values = workbook.values(table.sheet, table.top, table.left, rows + 1, columns);
  return {
    groups: (values[0] ?? []).slice(1).map(String),
    levels: values.slice(1).map((r) => String(r[0])),
    data: values.slice(1).map((r) => r.slice(1).map((v) => Number(v) || 0)),
  };
}

/** A radar chart in SVG: one axis per category, one polygon per series. */
function RadarChart({ chart, workbook, lang }: { chart: MemoryChart; workbook: MemoryWorkbook; lang: Lang }) {
  const { groups, levels: axes, data } = chartData(chart, workbook);
  const size = 260;
  const c = size / 2;
  const radius = size / 2 - 40;
  const max = Math.max(1, ...data.flat());
  const point = (i: number, v: number): [number, number] => {
    const angle = (Math.PI * 2 * i) / Math.max(1, axes.length) - Math.PI / 2;
    return [c + Math.cos(angle) * radius * (v / max), c + Math.sin(angle) * radius * (v / max)];
  };
  return (
    <figure style={{ margin: "8px 0" }} data-chart={chart.name}>
      <figcaption>
        <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg width={size + 140} height={size} role="img" aria-label={`${say(lang, "chart")}: ${chart.title}`}>
        {axes.map((a, i) => {
          const [x, y] = point(i, max);
          return (
            <g key={a}>
              <line x1={c} y1={c} x2={x} y2={y} stroke="#bbb" />
              <text x={x} y={y} fontSize={9} textAnchor="middle">
                {a.length > 14 ? `${a.slice(0, 13)}…` : a}
              </text>
            </g>
          );
        })}
        {groups.map((g, gi) => (
          <polygon
            key={g}
            points={axes.map((_, i) => point(i, data[i]?.[gi] ?? 0).join(",")).join(" ")}
            fill={PALETTE[gi % PALETTE.length]}
            fillOpacity={0.25}
            stroke={PALETTE[gi % PALETTE.length]}
          >
            <title>{g}</title>
          </polygon>
        ))}
        {groups.map((g, gi) => (
          <g key={g} transform={`translate(${size + 10}, ${20 + gi * 14})`}>
            <rect width={10} height={10} fill={PALETTE[gi % PALETTE.length]} />
            <text x={14} y={9} fontSize={10}>
              {g}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** The distribution as an SVG column chart (Excel draws native charts; the preview draws these). */
function BarChart({ chart, workbook, lang }: { chart: MemoryChart; workbook: MemoryWorkbook; lang: Lang }) {
  const table = workbook.table(chart.table);
  if (!table) return null;
  const { groups, levels, data } = chartData(chart, workbook);
  const stacked = chart.kind === "columnStacked";
  const max = Math.max(
    1,
    ...data.map((row) => (stacked ? row.reduce((a, b) => a + b, 0) : Math.max(0, ...row))),
  );
  const width = 420;
  const height = 220;
  const plotTop = 10;
  const plotHeight = 150;
  const band = (width - 40) / Math.max(1, levels.length);
  const y = (v: number) => plotTop + plotHeight - (v / max) * plotHeight;
  return (
    <figure style={{ margin: "8px 0" }} data-chart={chart.name}>
      <figcaption>
        <Text weight="semibold">{chart.title}</Text>
      </figcaption>
      <svg
        width={width}
        height={height + groups.length * 14}
        role="img"
        aria-label={`${say(lang, "chart")}: ${chart.title}`}
      >
        <line x1={36} y1={y(0)} x2={width} y2={y(0)} stroke="#888" />
        <text x={0} y={plotTop + 8} fontSize={10}>
          {max}
        </text>
        {data.map((row, li) => {
          const x0 = 40 + li * band;
          let acc = 0;
          return (
            <g key={li}>
              {row.map((v, gi) => {
                if (v === 0) return null;
                const barWidth = stacked ? band * 0.7 : (band * 0.8) / Math.max(1, groups.length);
                const x = stacked ? x0 + band * 0.15 : x0 + band * 0.1 + gi * barWidth;
                const top = stacked ? y(acc + v) : y(v);
                const h = stacked ? y(acc) - y(acc + v) : y(0) - y(v);
                acc += v;
                return (
                  <rect
                    key={gi}
                    x={x}
                    y={top}
                    width={Math.max(1, barWidth - 1)}
                    height={h}
                    fill={PALETTE[gi % PALETTE.length]}
                  >
                    <title>{`${levels[li]} · ${groups[gi]}: ${v}`}</title>
                  </rect>
                );
              })}
              <text x={x0 + band / 2} y={plotTop + plotHeight + 14} fontSize={9} textAnchor="middle">
                {(levels[li] ?? "").replace(/^Level |^レベル/, "")}
              </text>
            </g>
          );
        })}
        <text x={width / 2} y={plotTop + plotHeight + 30} fontSize={10} textAnchor="middle">
          {chart.xTitle}
        </text>
        {groups.map((g, gi) => (
          <g key={g} transform={`translate(40, ${height + gi * 14 - 10})`}>
            <rect width={10} height={10} fill={PALETTE[gi % PALETTE.length]} />
            <text x={14} y={9} fontSize={10}>
              {g}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
