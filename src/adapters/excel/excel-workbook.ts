/**
 * The workbook adapter for Excel, through Office.js. Every Office.js call of the
 * task pane is in this folder.
 *
 * Rules kept throughout: reads and writes are batched; the number of
 * context.sync() calls of an action is a constant plus one per chunk; a chunk
 * stays under Excel on the web's request limit; calculation is suspended while
 * bulk values are written; text columns are formatted "@" before their values,
 * so text that starts with =, +, - or @ lands as text.
 */
import { COLOR_SCALE, type SheetReport } from "../../core/sheets/report";
import type { RosterTemplate, TemplateColumn } from "../../core/sheets/roster-template";
import type { SheetCell, SheetTable } from "../../core/sheets/sheet-table";
import { pickRoster } from "../../core/sheets/roster-detect";
import {
  chunkRows,
  WorkbookWriteError,
  type Progress,
  type RowChange,
  type ScoreColumns,
  type TableData,
  type WorkbookAdapter,
} from "../workbook";
import { runExcel } from "./excel-run";

/** Excel's column width unit in the API is points; a character of the default font is about 7 points. */
const POINTS_PER_CHAR = 7;
/** Cells read per request: large tables are read in row chunks under the response limit. */
const READ_CELLS_PER_CHUNK = 100_000;
/** Formatting operations (invalid-row highlights) per request. */
const OPS_PER_SYNC = 2_000;
const INVALID_FILL = "#FDE7E9";
const TABLE_STYLE = "TableStyleMedium2";

type Values = SheetCell[][];

export class ExcelWorkbook implements WorkbookAdapter {
  readonly kind = "excel" as const;

  async writeTables(tables: readonly SheetTable[], progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      const shape = await loadShape(context);
      // Positions of the tables that exist already: one request for all of them.
      const existing = new Map<string, Excel.Range>();
      for (const spec of tables) {
        if (!shape.tables.has(spec.table)) continue;
        const range = context.workbook.tables.getItem(spec.table).getRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        existing.set(spec.table, range);
      }
      if (existing.size > 0) await context.sync();
      let done = 0;
      for (const spec of tables) {
        state.current = spec.table;
        const sheet = shape.sheets.has(spec.sheet)
          ? context.workbook.worksheets.getItem(spec.sheet)
          : context.workbook.worksheets.add(spec.sheet);
        shape.sheets.add(spec.sheet);
        const at = existing.get(spec.table);
        if (at) await this.updateTable(context, sheet, spec, at);
        else await this.createTable(context, sheet, spec);
        formatTable(sheet, spec, at ? { row: at.rowIndex, column: at.columnIndex } : { row: 0, column: 0 });
        progress?.(++done, tables.length, { en: `Wrote ${spec.sheet}`, ja: `${spec.sheet}を書き込みました` });
      }
      state.current = null;
      await context.sync();
    });
  }

  private async createTable(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    spec: SheetTable,
  ): Promise<void> {
    const width = spec.headers.length;
    const rows: Values = spec.rows.length > 0 ? spec.rows.map((r) => [...r]) : [spec.headers.map(() => null)];
    await writeChunked(context, sheet, 0, 0, [[...spec.headers], ...rows], spec.text);
    const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, rows.length + 1, width), true);
    table.name = spec.table;
    table.style = TABLE_STYLE;
  }

  /** In place: same sheet, same table name; rows added or removed at the end, then every value rewritten. */
  private async updateTable(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet,
    spec: SheetTable,
    at: Excel.Range,
  ): Promise<void> {
    const table = context.workbook.tables.getItem(spec.table);
    const width = spec.headers.length;
    if (at.columnCount !== width) {
      throw new WorkbookWriteError(
        {
          en: `The table "${spec.table}" has ${at.columnCount} columns; this version writes ${width}. Rename or delete it, then load again.`,
          ja: `テーブル「${spec.table}」の列数（${at.columnCount}）が想定（${width}）と異なります。名前を変えるか削除してから、もう一度読み込んでください。`,
        },
        null,
      );
    }
    const before = at.rowCount - 1;
    const after = Math.max(1, spec.rows.length);
    if (after < before) {
      sheet
        .getRangeByIndexes(at.rowIndex + 1 + after, at.columnIndex, before - after, width)
        .delete(Excel.DeleteShiftDirection.up);
    } else if (after > before) {
      const blank = Array.from({ length: after - before }, () => spec.headers.map(() => null));
      for (const [start, end] of chunkRows(blank))
        table.rows.add(undefined, blank.slice(start, end) as never);
    }
    const rows: Values = spec.rows.length > 0 ? spec.rows.map((r) => [...r]) : [spec.headers.map(() => null)];
    await writeChunked(context, sheet, at.rowIndex, at.columnIndex, [[...spec.headers], ...rows], spec.text);
  }

  async readTable(name: string): Promise<TableData | null> {
    return runExcel(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      await context.sync();
      if (table.isNullObject) return null;
      return readTableData(context, table);
    });
  }

  async findRoster(fromSelection: boolean): Promise<TableData | null> {
    return runExcel(async (context) => {
      if (fromSelection) return readSelection(context);
      const tables = context.workbook.tables;
      tables.load("items/name");
      await context.sync();
      const headerRanges = tables.items.map((t) => {
        const r = t.getHeaderRowRange();
        r.load("values");
        // The sheet too: a table on a report sheet is never the roster.
        const sheet = t.worksheet;
        sheet.load("name");
        return { table: t, range: r, sheet };
      });
      await context.sync();
      const pick = pickRoster(
        headerRanges.map((h) => ({
          name: h.table.name,
          sheet: h.sheet.name,
          headers: h.range.values[0] ?? [],
          table: h.table,
        })),
      );
      return pick ? readTableData(context, pick.table) : null;
    });
  }

  async createTemplateTable(template: RosterTemplate, progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      const shape = await loadShape(context);
      if (shape.tables.has(template.table)) {
        throw new WorkbookWriteError(
          {
            en: `A table named "${template.table}" already exists. Score it with "Score roster", or rename it to create a new roster.`,
            ja: `「${template.table}」という名前のテーブルが既にあります。「名簿を評価」で評価するか、名前を変えてから新しい名簿を作成してください。`,
          },
          null,
        );
      }
      let sheetName: string = template.sheet;
      for (let n = 2; shape.sheets.has(sheetName); n++) sheetName = `${template.sheet} (${n})`;
      state.current = template.table;
      const sheet = context.workbook.worksheets.add(sheetName);
      const columns = template.columns;
      const evidence = columns.filter((c) => !c.formula);
      const body: Values =
        template.rows.length > 0
          ? template.rows.map((r) => [...r, ...columns.slice(evidence.length).map(() => null)])
          : [columns.map(() => null)];
      await writeChunked(
        context,
        sheet,
        0,
        0,
        [columns.map((c) => c.header), ...body],
        columns.map(
          (c) =>
            c.rule.kind === "list" || c.key === "employeeId" || c.key === "name" || c.key === "department",
        ),
      );
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, body.length + 1, columns.length), true);
      table.name = template.table;
      table.style = TABLE_STYLE;
      columns.forEach((column, i) => {
        const cells = sheet.getRangeByIndexes(1, i, body.length, 1);
        applyValidation(cells, column);
        sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = column.width * POINTS_PER_CHAR;
        if (column.formula) cells.formulas = body.map(() => [column.formula]);
        if (column.key === "gap") cells.format.wrapText = true;
      });
      sheet.freezePanes.freezeRows(1);
      sheet.activate();
      state.current = null;
      progress?.(1, 1, { en: `${template.sheet} created`, ja: `${template.sheet}を作成しました` });
      await context.sync();
    });
  }

  async writeScores(target: TableData, columns: ScoreColumns, progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      state.current = target.table ?? target.sheet;
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      const rowCount = target.rows.length;
      const top = target.headerRow;
      const left = target.firstColumn + columns.offset;
      const appending = columns.offset >= target.headers.length;
      if (target.table && appending) {
        const table = context.workbook.tables.getItem(target.table);
        table.columns.add(undefined, undefined, columns.headers[0]);
        table.columns.add(undefined, undefined, columns.headers[1]);
      } else {
        sheet.getRangeByIndexes(top, left, 1, 2).values = [[columns.headers[0], columns.headers[1]]];
      }
      if (rowCount > 0) {
        if (columns.mode === "values" && columns.values) {
          const values = columns.values.map((v) => [v[0], v[1]]);
          await writeChunked(context, sheet, top + 1, left, values, [false, true], progress);
        } else if (columns.formulas) {
          const formulas = Array.from({ length: rowCount }, () => [
            columns.formulas?.[0],
            columns.formulas?.[1],
          ]);
          for (const [start, end] of chunkRows(formulas)) {
            context.application.suspendApiCalculationUntilNextSync();
            const range = sheet.getRangeByIndexes(top + 1 + start, left, end - start, 2);
            if (columns.formulaStyle === "r1c1") range.formulasR1C1 = formulas.slice(start, end);
            else range.formulas = formulas.slice(start, end);
            await context.sync();
            progress?.(end, rowCount, {
              en: `Wrote formulas for ${end} of ${rowCount} rows`,
              ja: `${rowCount}行中${end}行に数式を書き込みました`,
            });
          }
        }
        const body = sheet.getRangeByIndexes(top + 1, target.firstColumn, rowCount, columns.offset + 2);
        body.format.fill.clear();
        sheet.getRangeByIndexes(top + 1, left + 1, rowCount, 1).format.wrapText = true;
        await highlightRows(
          context,
          sheet,
          top + 1,
          target.firstColumn,
          columns.offset + 2,
          columns.invalidRows,
        );
      }
      sheet.getRangeByIndexes(top, left + 1, 1, 1).format.columnWidth = 60 * POINTS_PER_CHAR;
      state.current = null;
      await context.sync();
    });
  }

  async writeReport(report: SheetReport, progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      const shape = await loadShape(context);
      const sheet = shape.sheets.has(report.sheet)
        ? context.workbook.worksheets.getItem(report.sheet)
        : context.workbook.worksheets.add(report.sheet);
      const charts = sheet.charts;
      charts.load("items/name");
      // The report's own tables are rebuilt; nothing else refers to them. Charts stay and are refreshed.
      for (const spec of report.tables)
        if (shape.tables.has(spec.table)) context.workbook.tables.getItem(spec.table).delete();
      sheet.getRange().clear(Excel.ClearApplyTo.contents);
      sheet.getRange().conditionalFormats.clearAll();
      await context.sync();

      let row = 0;
      const placed = new Map<string, { row: number; rows: number; columns: number }>();
      for (const spec of report.tables) {
        state.current = spec.table;
        const values: Values = [[...spec.headers], ...spec.rows.map((r) => [...r])];
        const range = sheet.getRangeByIndexes(row, 0, values.length, spec.headers.length);
        if (spec.text)
          range.numberFormat = values.map(() =>
            spec.headers.map((_, i) => (spec.text?.[i] ? "@" : "General")),
          );
        range.values = values;
        const table = sheet.tables.add(range, true);
        table.name = spec.table;
        table.style = TABLE_STYLE;
        spec.headers.forEach((_, i) => {
          sheet.getRangeByIndexes(row, i, 1, 1).format.columnWidth =
            (spec.widths?.[i] ?? 14) * POINTS_PER_CHAR;
        });
        placed.set(spec.table, { row, rows: values.length, columns: spec.headers.length });
        row += values.length + 2;
      }
      for (const scale of report.colorScales ?? []) {
        const at = placed.get(scale.table);
        if (!at || at.rows < 2) continue;
        const cells = sheet.getRangeByIndexes(
          at.row + 1,
          scale.fromColumn,
          at.rows - 1,
          scale.toColumn - scale.fromColumn + 1,
        );
        const format = cells.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
        format.colorScale.criteria = {
          minimum: {
            type: Excel.ConditionalFormatColorCriterionType.number,
            formula: String(scale.min),
            color: COLOR_SCALE.low,
          },
          midpoint: {
            type: Excel.ConditionalFormatColorCriterionType.number,
            formula: String((scale.min + scale.max) / 2),
            color: COLOR_SCALE.mid,
          },
          maximum: {
            type: Excel.ConditionalFormatColorCriterionType.number,
            formula: String(scale.max),
            color: COLOR_SCALE.high,
          },
        };
      }
      const widest = Math.max(1, ...[...placed.values()].map((p) => p.columns));
      report.charts.forEach((spec, i) => {
        const at = placed.get(spec.table);
        if (!at) return;
        const rows = Math.min(at.rows, (spec.rows ?? at.rows) + 1);
        const data = sheet.getRangeByIndexes(at.row, 0, rows, Math.max(2, spec.columns ?? at.columns));
        let chart = charts.items.find((c) => c.name === spec.name);
        if (chart) chart.setData(data, Excel.ChartSeriesBy.columns);
        else {
          chart = charts.add(CHART_TYPES[spec.kind](), data, Excel.ChartSeriesBy.columns);
          chart.name = spec.name;
        }
        chart.title.text = spec.title;
        if (spec.kind !== "radar") {
          if (spec.xTitle) chart.axes.categoryAxis.title.text = spec.xTitle;
          if (spec.yTitle) chart.axes.valueAxis.title.text = spec.yTitle;
        }
        chart.setPosition(
          sheet.getRangeByIndexes(i * 20, widest + 1, 1, 1),
          sheet.getRangeByIndexes(i * 20 + 18, widest + 9, 1, 1),
        );
      });
      sheet.activate();
      state.current = null;
      progress?.(1, 1, { en: `${report.sheet} written`, ja: `${report.sheet}を作成しました` });
      await context.sync();
    });
  }

  async updateTableRows(spec: SheetTable, change: RowChange, progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      state.current = spec.table;
      const shape = await loadShape(context);
      if (!shape.tables.has(spec.table)) {
        const sheet = shape.sheets.has(spec.sheet)
          ? context.workbook.worksheets.getItem(spec.sheet)
          : context.workbook.worksheets.add(spec.sheet);
        await this.createTable(context, sheet, { ...spec, rows: change.append });
        formatTable(sheet, { ...spec, rows: change.append }, { row: 0, column: 0 });
        state.current = null;
        await context.sync();
        return;
      }
      const table = context.workbook.tables.getItem(spec.table);
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      table.worksheet.load("name");
      await context.sync();
      const sheet = table.worksheet;
      // Remove from the bottom up, contiguous runs at a time, so indexes stay right.
      const runs = contiguousRuns(change.remove).reverse();
      for (let i = 0; i < runs.length; i += OPS_PER_SYNC) {
        for (const [start, end] of runs.slice(i, i + OPS_PER_SYNC)) {
          sheet
            .getRangeByIndexes(range.rowIndex + 1 + start, range.columnIndex, end - start, range.columnCount)
            .delete(Excel.DeleteShiftDirection.up);
        }
        await context.sync();
      }
      for (const header of change.newColumns ?? []) table.columns.add(undefined, undefined, header);
      const rows = change.append.map((r) => [...r]);
      const width = range.columnCount + (change.newColumns?.length ?? 0);
      const formatOf = (r: number, c: number): string =>
        spec.text?.[c] || change.literal?.[r]?.[c] ? "@" : "General";
      for (const [start, end] of chunkRows(rows)) {
        context.application.suspendApiCalculationUntilNextSync();
        // Add the rows blank, format them, then write the values: text stays text.
        const blank = rows.slice(start, end).map(() => Array<SheetCell>(width).fill(null));
        const added = table.rows.add(undefined, blank as never).getRange();
        added.numberFormat = blank.map((row, i) => row.map((_, c) => formatOf(start + i, c)));
        added.values = rows
          .slice(start, end)
          .map((r) => (r.length === width ? r : [...r, ...Array<SheetCell>(width - r.length).fill(null)]));
        await context.sync();
        progress?.(end, rows.length, {
          en: `Added ${end} of ${rows.length} rows`,
          ja: `${rows.length}行中${end}行を追加しました`,
        });
      }
      state.current = null;
      await context.sync();
    });
  }

  async listSheets(): Promise<string[]> {
    return runExcel(async (context) => [...(await loadShape(context)).sheets]);
  }

  async readSheetCells(sheetName: string): Promise<SheetCell[][]> {
    return runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return [];
      // From A1, so row numbers in messages match what the person sees.
      const rows = await readRows(
        context,
        sheet,
        0,
        0,
        used.rowIndex + used.rowCount,
        used.columnIndex + used.columnCount,
      );
      return rows;
    });
  }

  /** Document settings travel with the workbook (Office's per-document settings store). */
  async readSetting(key: string): Promise<string | null> {
    const value: unknown = Office.context.document.settings.get(key);
    return typeof value === "string" ? value : null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    Office.context.document.settings.set(key, value);
    await new Promise<void>((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
      ),
    );
  }

  async select(sheetName: string, row: number, column: number): Promise<void> {
    await runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRangeByIndexes(row, column, 1, 1).select();
      await context.sync();
    });
  }
}

// ---- helpers: each adds operations to the batch; the callers decide when to sync ----

interface Shape {
  sheets: Set<string>;
  tables: Set<string>;
}

/** Names of every sheet and table, in one request. */
async function loadShape(context: Excel.RequestContext): Promise<Shape> {
  const sheets = context.workbook.worksheets;
  const tables = context.workbook.tables;
  sheets.load("items/name");
  tables.load("items/name");
  await context.sync();
  return {
    sheets: new Set(sheets.items.map((s) => s.name)),
    tables: new Set(tables.items.map((t) => t.name)),
  };
}

/**
 * Writes a block of values in row chunks, one request each, with calculation
 * suspended. Text columns get the "@" number format in the same request, before
 * their values, so nothing in them is read as a formula.
 */
async function writeChunked(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  values: Values,
  text: readonly boolean[] | undefined,
  progress?: Progress,
  literal?: readonly (readonly boolean[])[],
): Promise<void> {
  const width = Math.max(...values.map((r) => r.length));
  const chunks = chunkRows(values);
  for (const [start, end] of chunks) {
    context.application.suspendApiCalculationUntilNextSync();
    const range = sheet.getRangeByIndexes(top + start, left, end - start, width);
    if (text || literal) {
      range.numberFormat = values
        .slice(start, end)
        .map((_, i) =>
          Array.from({ length: width }, (_, c) => (text?.[c] || literal?.[start + i]?.[c] ? "@" : "General")),
        );
    }
    range.values = values
      .slice(start, end)
      .map((r) => (r.length === width ? r : [...r, ...Array<SheetCell>(width - r.length).fill(null)]));
    await context.sync();
    progress?.(end, values.length, {
      en: `Wrote ${end} of ${values.length} rows`,
      ja: `${values.length}行中${end}行を書き込みました`,
    });
  }
}

function formatTable(sheet: Excel.Worksheet, spec: SheetTable, at: { row: number; column: number }): void {
  const rows = Math.max(1, spec.rows.length);
  spec.headers.forEach((_, i) => {
    const width = spec.widths?.[i];
    if (width)
      sheet.getRangeByIndexes(at.row, at.column + i, 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
    if (spec.wrap?.[i]) {
      const body = sheet.getRangeByIndexes(at.row + 1, at.column + i, rows, 1);
      body.format.wrapText = true;
      body.format.verticalAlignment = Excel.VerticalAlignment.top;
    }
  });
  if (at.row === 0) sheet.freezePanes.freezeRows(1);
}

function applyValidation(cells: Excel.Range, column: TemplateColumn): void {
  const rule = column.rule;
  if (rule.kind === "list") {
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
  } else if (rule.kind === "whole" || rule.kind === "decimal") {
    const condition =
      rule.max === undefined
        ? { formula1: rule.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo }
        : { formula1: rule.min, formula2: rule.max, operator: Excel.DataValidationOperator.between };
    cells.dataValidation.rule = rule.kind === "whole" ? { wholeNumber: condition } : { decimal: condition };
  } else if (rule.kind === "custom") {
    cells.dataValidation.rule = { custom: { formula: rule.formula } };
  }
  if (rule.kind !== "none") {
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title: column.prompt.title,
      message: column.prompt.message,
    };
  }
  cells.dataValidation.prompt = {
    showPrompt: true,
    title: column.prompt.title,
    message: column.prompt.message,
  };
}

/** Highlights invalid rows; contiguous rows share one range, and requests stay small. */
const CHART_TYPES = {
  columnClustered: () => Excel.ChartType.columnClustered,
  columnStacked: () => Excel.ChartType.columnStacked,
  radar: () => Excel.ChartType.radar,
} as const;

/** Sorted runs [start, end) of row indexes. */
function contiguousRuns(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] === r) last[1] = r + 1;
    else runs.push([r, r + 1]);
  }
  return runs;
}

async function highlightRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  width: number,
  rows: readonly number[],
): Promise<void> {
  const runs = contiguousRuns(rows);
  for (let i = 0; i < runs.length; i += OPS_PER_SYNC) {
    for (const [start, end] of runs.slice(i, i + OPS_PER_SYNC)) {
      sheet.getRangeByIndexes(top + start, left, end - start, width).format.fill.color = INVALID_FILL;
    }
    if (i + OPS_PER_SYNC < runs.length) await context.sync();
  }
}

async function readTableData(context: Excel.RequestContext, table: Excel.Table): Promise<TableData> {
  const range = table.getRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount");
  table.worksheet.load("name");
  table.load("name");
  await context.sync();
  const sheet = table.worksheet;
  const values = await readRows(
    context,
    sheet,
    range.rowIndex,
    range.columnIndex,
    range.rowCount,
    range.columnCount,
  );
  return {
    sheet: sheet.name,
    table: table.name,
    headers: values[0] ?? [],
    rows: values.slice(1),
    headerRow: range.rowIndex,
    firstColumn: range.columnIndex,
  };
}

async function readSelection(context: Excel.RequestContext): Promise<TableData | null> {
  let range = context.workbook.getSelectedRange();
  range.load("rowIndex,columnIndex,rowCount,columnCount,cellCount");
  range.worksheet.load("name");
  await context.sync();
  if (range.cellCount === 1) {
    // One cell selected: take the used area of its sheet.
    range = range.worksheet.getUsedRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount,cellCount");
    await context.sync();
  }
  if (range.rowCount < 2) return null;
  const values = await readRows(
    context,
    range.worksheet,
    range.rowIndex,
    range.columnIndex,
    range.rowCount,
    range.columnCount,
  );
  return {
    sheet: range.worksheet.name,
    table: null,
    headers: values[0] ?? [],
    rows: values.slice(1),
    headerRow: range.rowIndex,
    firstColumn: range.columnIndex,
  };
}

/** Reads values in row chunks: large ranges would exceed the response limit in one request. */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: number,
  columns: number,
): Promise<Values> {
  const perChunk = Math.max(1, Math.floor(READ_CELLS_PER_CHUNK / Math.max(1, columns)));
  const out: Values = [];
  for (let start = 0; start < rows; start += perChunk) {
    const range = sheet.getRangeByIndexes(top + start, left, Math.min(perChunk, rows - start), columns);
    range.load("values");
    await context.sync();
    for (const row of range.values) out.push(row as SheetCell[]);
  }
  return out;
}
