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
import type { MemorySheet, MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import { COLOR_SCALE, rosterRowCount } from "../../app/roster";
import { join, say, text, TEXT } from "../i18n";
import { usePane } from "../pane";
import { ActionButton } from "./ActionButton";
import { ConfirmDialog } from "./ConfirmDialog";
import { FilePicker } from "./FilePicker";
import { PreviewChart } from "./PreviewCharts";

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
          {charts.map((c) => (
            <PreviewChart key={c.name} chart={c} workbook={workbook} lang={lang} />
          ))}
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
                        {dropDownAt(sheet, r, c) ? (
                          <CellDropDown
                            workbook={workbook}
                            sheet={sheet}
                            row={r}
                            column={c}
                            value={text}
                            onChanged={onChanged}
                          />
                        ) : (
                          content
                        )}
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

const dropDownAt = (sheet: MemorySheet, row: number, column: number) =>
  sheet.dropDowns?.find((d) => d.row === row && d.column === column);

/** A cell with a drop-down list (the Person sheet's Employee ID), chosen as in Excel. */
function CellDropDown({
  workbook,
  sheet,
  row,
  column,
  value,
  onChanged,
}: {
  workbook: MemoryWorkbook;
  sheet: MemorySheet;
  row: number;
  column: number;
  value: string;
  onChanged: () => void;
}) {
  const list = dropDownAt(sheet, row, column);
  if (!list) return null;
  const { top, left, rows } = list.source;
  const choices = workbook.values(sheet.name, top, left, rows, 1).map((r) => show(r[0] ?? null));
  return (
    <select
      aria-label={list.prompt.title}
      title={list.prompt.message}
      value={value}
      onChange={(e) => {
        workbook.putCell(sheet.name, row, column, e.target.value);
        onChanged();
      }}
    >
      {!choices.includes(value) && <option value={value}>{value}</option>}
      {choices.map((choice, i) => (
        <option key={`${i}-${choice}`} value={choice}>
          {choice}
        </option>
      ))}
    </select>
  );
}
