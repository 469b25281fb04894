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
import { categoryLabelAngle, excelSlotChars, valueScale } from "../../core/sheets/chart-axes";
import {
  CHART_BESIDE_COLUMNS,
  CHART_BESIDE_ROWS,
  COLOR_SCALE,
  reportLayout,
  type HeadingCell,
  type PageSetup,
  type ReportChart,
  type ReportPicker,
  type SheetReport,
} from "../../core/sheets/report";
import type { RosterTemplate, TemplateColumn } from "../../core/sheets/roster-template";
import type { SheetCell, SheetTable } from "../../core/sheets/sheet-table";
import { pickRoster } from "../../core/sheets/roster-detect";
import {
  chunkRows,
  clipText,
  freeSheetName as freeName,
  INVALID_FILL,
  VALIDATION_TEXT,
  jsonBytes,
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
/** Bytes a read aims at: well under Excel on the web's 5 MB response limit. */
const READ_BYTES = 1_500_000;
/** Cells of the first read of a range, whose size per row sets the next reads. */
const FIRST_READ_CELLS = 10_000;
/** Cells per read at most, whatever their size. */
const READ_MAX_CELLS = 500_000;
/** Errors that mean "ask for less" (Excel on the web's payload limits; the 5-million-cell read limit). */
const PAYLOAD_LIMITS = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
]);
/** Formatting operations (invalid-row highlights) per request. */
const OPS_PER_SYNC = 2_000;
const TABLE_STYLE = "TableStyleMedium2";

type Values = SheetCell[][];

export class ExcelWorkbook implements WorkbookAdapter {
  readonly kind = "excel" as const;

  async writeTables(tables: readonly SheetTable[], progress?: Progress): Promise<void> {
    await runExcel(async (context, state) => {
      const shape = await loadShape(context);
      // Positions and sheets of the tables that exist already, and whether a sheet that
      // carries one of our names is empty: one request for all of them.
      const existing = new Map<string, { range: Excel.Range; sheet: Excel.Worksheet }>();
      const named = new Map<string, Excel.Range>();
      for (const spec of tables) {
        if (shape.tables.has(spec.table)) {
          const table = context.workbook.tables.getItem(spec.table);
          const range = table.getRange();
          range.load("rowIndex,columnIndex,rowCount,columnCount");
          existing.set(spec.table, { range, sheet: table.worksheet });
        } else if (hasSheet(shape, spec.sheet)) {
          named.set(
            spec.table,
            context.workbook.worksheets.getItem(spec.sheet).getUsedRangeOrNullObject(true),
          );
        }
      }
      if (existing.size + named.size > 0) await context.sync();
      let done = 0;
      for (const spec of tables) {
        state.current = spec.table;
        const at = existing.get(spec.table);
        let sheet: Excel.Worksheet;
        if (at) sheet = at.sheet;
        else {
          // A sheet of the user's that carries our name is never written into.
          const name =
            named.get(spec.table)?.isNullObject === false ? freeSheetName(shape, spec.sheet) : spec.sheet;
          sheet = hasSheet(shape, name)
            ? context.workbook.worksheets.getItem(name)
            : context.workbook.worksheets.add(name);
          shape.sheets.add(name);
        }
        if (at) await this.updateTable(context, sheet, spec, at.range);
        else await this.createTable(context, sheet, spec);
        formatTable(
          sheet,
          spec,
          at ? { row: at.range.rowIndex, column: at.range.columnIndex } : { row: 0, column: 0 },
        );
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
      const blank = Array.from({ length: after - before }, () => spec.headers.map(() => ""));
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
      state.current = template.table;
      const sheet = context.workbook.worksheets.add(freeSheetName(shape, template.sheet));
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
          // The same formula goes to every row, in chunks. One formula per column, left to
          // Excel to fill as a calculated column, fills only while the user's AutoCorrect
          // option "Fill formulas in tables to create calculated columns" is on (office-js
          // issue 2093, closed "by design"), and does nothing in a plain range; assigning
          // one string to a multi-cell range is not documented (Range.formulas is any[][]).
          const formulas = Array.from({ length: rowCount }, () => [
            columns.formulas?.[0],
            columns.formulas?.[1],
          ]);
          for (const [start, end] of chunkRows(formulas)) {
            context.application.suspendApiCalculationUntilNextSync();
            const range = sheet.getRangeByIndexes(top + 1 + start, left, end - start, 2);
            // A values-mode score left these cells formatted as text, where a formula
            // would land as text: reset the format first, in the same request.
            range.numberFormat = formulas.slice(start, end).map(() => ["General", "General"]);
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
      const sheet = await reportSheet(context, shape, report);
      const charts = sheet.charts;
      charts.load("items/name");
      // The report's own tables are rebuilt; nothing else refers to them. Charts stay and are refreshed.
      for (const spec of report.tables)
        if (shape.tables.has(spec.table)) context.workbook.tables.getItem(spec.table).delete();
      sheet.getRange().clear(Excel.ClearApplyTo.contents);
      sheet.getRange().conditionalFormats.clearAll();
      await context.sync();

      if (report.heading && report.heading.length > 0) writeHeading(sheet, report.heading);
      const layout = reportLayout(report);
      const placed = new Map<string, { row: number; rows: number; columns: number }>();
      for (const spec of report.tables) {
        const at = layout.tables.get(spec.table);
        if (!at) continue;
        state.current = spec.table;
        const caption = report.captions?.[spec.table];
        if (at.caption !== null && caption !== undefined) {
          const cell = sheet.getRangeByIndexes(at.caption, 0, 1, 1);
          cell.numberFormat = [["@"]];
          cell.values = [[caption]];
          cell.format.font.bold = true;
        }
        const row = at.row;
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
          if (spec.wrap?.[i] && values.length > 1) {
            const body = sheet.getRangeByIndexes(row + 1, i, values.length - 1, 1);
            body.format.wrapText = true;
            body.format.verticalAlignment = Excel.VerticalAlignment.top;
          }
        });
        placed.set(spec.table, { row, rows: values.length, columns: spec.headers.length });
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
      if (report.picker) writePicker(sheet, report.picker);
      const widest = Math.max(1, ...[...placed.values()].map((p) => p.columns));
      let right = 0;
      report.charts.forEach((spec) => {
        const at = placed.get(spec.table);
        if (!at) return;
        const rows = Math.min(at.rows, (spec.rows ?? at.rows) + 1);
        const columns = Math.max(2, spec.columns ?? at.columns);
        const data = sheet.getRangeByIndexes(at.row, 0, rows, columns);
        let chart = charts.items.find((c) => c.name === spec.name);
        if (chart) {
          chart.setData(data, Excel.ChartSeriesBy.columns);
          // The kind may change between runs (stacked once the series are many).
          chart.chartType = CHART_TYPES[spec.kind]();
        } else {
          chart = charts.add(CHART_TYPES[spec.kind](), data, Excel.ChartSeriesBy.columns);
          chart.name = spec.name;
        }
        chart.title.text = spec.title;
        if (spec.kind !== "radar") {
          const table = report.tables.find((t) => t.table === spec.table);
          readableAxes(chart, spec, table?.rows.slice(0, rows - 1) ?? []);
        }
        if (spec.placement === "beside") {
          chart.setPosition(
            sheet.getRangeByIndexes(at.row, columns, 1, 1),
            sheet.getRangeByIndexes(at.row + CHART_BESIDE_ROWS - 1, columns + CHART_BESIDE_COLUMNS - 1, 1, 1),
          );
        } else {
          chart.setPosition(
            sheet.getRangeByIndexes(right * 20, widest + 1, 1, 1),
            sheet.getRangeByIndexes(right * 20 + 18, widest + 9, 1, 1),
          );
          right++;
        }
      });
      if (report.page) setPage(sheet, report.page, layout.end);
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
        const sheet = await freshSheet(context, shape, spec.sheet);
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
      const dataRows = range.rowCount - 1;
      const removing = [...new Set(change.remove)].filter((r) => r >= 0 && r < dataRows);
      // Excel keeps at least one data row in a table: when no row would be left, the
      // first one stays and the first new row is written over it, so no blank row remains.
      // Its formula cells (a calculated column) stay where the new row has no value.
      const reuse = dataRows > 0 && dataRows - removing.length === 0 && change.append.length > 0;
      let kept: unknown[] = [];
      if (reuse) {
        const first = sheet.getRangeByIndexes(range.rowIndex + 1, range.columnIndex, 1, range.columnCount);
        first.load("formulas");
        await context.sync();
        kept = first.formulas[0] ?? [];
      }
      const toDelete = reuse ? removing.filter((r) => r !== 0) : removing;
      // Remove from the bottom up, contiguous runs at a time, so indexes stay right.
      const runs = contiguousRuns(toDelete).reverse();
      for (let i = 0; i < runs.length; i += OPS_PER_SYNC) {
        for (const [start, end] of runs.slice(i, i + OPS_PER_SYNC)) {
          sheet
            .getRangeByIndexes(range.rowIndex + 1 + start, range.columnIndex, end - start, range.columnCount)
            .delete(Excel.DeleteShiftDirection.up);
        }
        await context.sync();
      }
      for (const header of change.newColumns ?? []) table.columns.add(undefined, undefined, header);
      await writeRowsInPlace(context, sheet, range, dataRows - toDelete.length, change, spec.text);
      const width = range.columnCount + (change.newColumns?.length ?? 0);
      // null leaves a new row's cell as Excel made it (a calculated column's formula);
      // over the reused row, null clears what the removed row held, formulas apart.
      const rows = change.append.map((r, i) =>
        Array.from({ length: width }, (_, c): SheetCell => {
          const v = r[c] ?? null;
          if (v !== null || !(reuse && i === 0)) return v;
          return typeof kept[c] === "string" && String(kept[c]).startsWith("=") ? null : "";
        }),
      );
      const formatOf = (r: number, c: number): string =>
        spec.text?.[c] || change.literal?.[r]?.[c] ? "@" : "General";
      // Where the first new row goes: after the rows that stay, or over the reused one.
      let next = range.rowIndex + 1 + dataRows - toDelete.length - (reuse ? 1 : 0);
      for (const [start, end] of chunkRows(rows)) {
        context.application.suspendApiCalculationUntilNextSync();
        // rows.add returns only the top added row (TableRowCollection.add): grow the
        // table by blank rows, then address the whole new block by position, format it,
        // and write the values, so text stays text.
        const count = end - start - (reuse && start === 0 ? 1 : 0);
        if (count > 0)
          table.rows.add(
            undefined,
            Array.from({ length: count }, () => Array<SheetCell>(width).fill("")) as never,
          );
        const block = sheet.getRangeByIndexes(next, range.columnIndex, end - start, width);
        block.numberFormat = rows
          .slice(start, end)
          .map((row, i) => row.map((_, c) => formatOf(start + i, c)));
        block.values = rows.slice(start, end);
        next += end - start;
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

/** Excel compares sheet names without regard to case. */
function hasSheet(shape: Shape, name: string): boolean {
  const lower = name.toLowerCase();
  return [...shape.sheets].some((s) => s.toLowerCase() === lower);
}

/** A free sheet name for `wanted` (see workbook.ts). */
function freeSheetName(shape: Shape, wanted: string): string {
  return freeName(wanted, [...shape.sheets]);
}

/**
 * The sheet for a new table of ours: the named sheet when it is new or empty, else a
 * new sheet with a free name, so a sheet of the user's that carries our name is never
 * written into.
 */
async function freshSheet(
  context: Excel.RequestContext,
  shape: Shape,
  wanted: string,
): Promise<Excel.Worksheet> {
  if (!hasSheet(shape, wanted)) {
    shape.sheets.add(wanted);
    return context.workbook.worksheets.add(wanted);
  }
  const named = context.workbook.worksheets.getItem(wanted);
  const used = named.getUsedRangeOrNullObject(true);
  await context.sync();
  if (used.isNullObject) return named;
  const name = freeSheetName(shape, wanted);
  shape.sheets.add(name);
  return context.workbook.worksheets.add(name);
}

/** A report's sheet: where its tables are when it was built before, else a fresh sheet. */
async function reportSheet(
  context: Excel.RequestContext,
  shape: Shape,
  report: SheetReport,
): Promise<Excel.Worksheet> {
  const ours = report.tables.find((t) => shape.tables.has(t.table));
  if (!ours) return freshSheet(context, shape, report.sheet);
  const sheet = context.workbook.tables.getItem(ours.table).worksheet;
  sheet.load("name");
  await context.sync();
  return context.workbook.worksheets.getItem(sheet.name);
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
  // A loop, not Math.max(...rows): a spread of a million rows overflows the call stack.
  let width = 0;
  for (const r of values) if (r.length > width) width = r.length;
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
    range.values = values.slice(start, end).map((r) => padRow(r, width));
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
  const title = clipText(column.prompt.title, VALIDATION_TEXT.title);
  if (rule.kind !== "none") {
    cells.dataValidation.errorAlert = {
      showAlert: true,
      style: Excel.DataValidationAlertStyle.stop,
      title,
      message: clipText(column.prompt.message, VALIDATION_TEXT.error),
    };
  }
  cells.dataValidation.prompt = {
    showPrompt: true,
    title,
    message: clipText(column.prompt.message, VALIDATION_TEXT.prompt),
  };
}

/**
 * Rows above a report's tables: text as text (format "@" before the value), numbers as
 * numbers, and the product's own formulas written as formulas. One write per kind.
 */
function writeHeading(sheet: Excel.Worksheet, heading: readonly (readonly HeadingCell[])[]): void {
  let width = 1;
  for (const line of heading) if (line.length > width) width = line.length;
  const block = sheet.getRangeByIndexes(0, 0, heading.length, width);
  const cellAt = (r: number, c: number): HeadingCell => heading[r]?.[c] ?? null;
  const grid = (f: (v: HeadingCell) => SheetCell): SheetCell[][] =>
    heading.map((_, r) => Array.from({ length: width }, (_, c) => f(cellAt(r, c))));
  block.numberFormat = grid((v) => (typeof v === "string" ? "@" : "General"));
  // null leaves a formula cell for the formulas write below.
  block.values = grid((v) => (v === null ? "" : typeof v === "object" ? null : v));
  heading.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null && typeof v === "object") sheet.getRangeByIndexes(r, c, 1, 1).formulas = [[v.formula]];
    }),
  );
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
}

/**
 * A drop-down in one cell listing the choices written below a header in a column of
 * the same sheet: ListDataValidation.source takes a Range (or a comma-separated text,
 * which would cap the list near 255 characters). The old rule is cleared first.
 */
function writePicker(sheet: Excel.Worksheet, picker: ReportPicker): void {
  const values = [[picker.choicesHeader], ...picker.choices.map((c) => [c])];
  const list = sheet.getRangeByIndexes(0, picker.choicesColumn, values.length, 1);
  list.numberFormat = values.map(() => ["@"]);
  list.values = values;
  sheet.getRangeByIndexes(0, picker.choicesColumn, 1, 1).format.columnWidth = 14 * POINTS_PER_CHAR;
  const cell = sheet.getRangeByIndexes(picker.row, picker.column, 1, 1);
  cell.dataValidation.clear();
  cell.dataValidation.rule = {
    list: {
      inCellDropDown: true,
      source: sheet.getRangeByIndexes(1, picker.choicesColumn, Math.max(1, picker.choices.length), 1),
    },
  };
  cell.dataValidation.prompt = {
    showPrompt: true,
    title: clipText(picker.prompt.title, VALIDATION_TEXT.title),
    message: clipText(picker.prompt.message, VALIDATION_TEXT.prompt),
  };
}

/**
 * Axis titles, every category labelled and turned so that labels never overlap, and a
 * value axis from 0 on round steps (the preview draws the same scale). ChartAxis
 * tickLabelSpacing is ExcelApi 1.7 and textOrientation 1.8: within the manifest's 1.9.
 */
function readableAxes(chart: Excel.Chart, spec: ReportChart, rows: readonly (readonly SheetCell[])[]): void {
  const category = chart.axes.categoryAxis;
  const value = chart.axes.valueAxis;
  if (spec.xTitle) category.title.text = spec.xTitle;
  if (spec.yTitle) value.title.text = spec.yTitle;
  const labels = rows.map((r) => String(r[0] ?? ""));
  category.tickLabelSpacing = 1;
  category.textOrientation = categoryLabelAngle(labels, excelSlotChars(labels.length));
  const series = Math.max(1, (spec.columns ?? rows[0]?.length ?? 2) - 1);
  let largest = 0;
  let whole = true;
  for (const r of rows) {
    let sum = 0;
    for (let c = 1; c <= series; c++) {
      const v = typeof r[c] === "number" ? (r[c] as number) : 0;
      if (!Number.isInteger(v)) whole = false;
      sum = spec.kind === "columnStacked" ? sum + v : Math.max(sum, v);
    }
    largest = Math.max(largest, sum);
  }
  const scale = valueScale(largest, { whole });
  value.minimum = 0;
  value.maximum = scale.max;
  value.majorUnit = scale.step;
}

/**
 * Print setup (ExcelApi 1.9): A4 portrait, scaled to fit the pages asked for, and only
 * the printed columns. Fit-to-pages may not take on Excel desktop unless the Page Layout
 * tab was opened once (office-js issue 1860): docs/excel-smoke-test.md checks it.
 */
function setPage(sheet: Excel.Worksheet, page: PageSetup, rows: number): void {
  const layout = sheet.pageLayout;
  layout.paperSize = Excel.PaperType.a4;
  layout.orientation = Excel.PageOrientation.portrait;
  // PageLayout.zoom must be set as a whole object (its doc comment).
  layout.zoom = { horizontalFitToPages: page.fitPages.wide, verticalFitToPages: page.fitPages.tall };
  layout.setPrintArea(sheet.getRangeByIndexes(0, 0, Math.max(1, rows), page.printColumns));
}

const CHART_TYPES = {
  columnClustered: () => Excel.ChartType.columnClustered,
  columnStacked: () => Excel.ChartType.columnStacked,
  radar: () => Excel.ChartType.radar,
} as const;

/**
 * A row as Excel must receive it: exactly `width` cells, and "" where a cell is empty,
 * because null in a 2-D write leaves the cell as it was instead of clearing it
 * (Microsoft Learn, "Blank and null values in Excel add-ins").
 */
function padRow(row: readonly SheetCell[], width: number): SheetCell[] {
  return Array.from({ length: width }, (_, c) => row[c] ?? "");
}

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

/**
 * The selection with its header row, cut to the sheet's used range: a whole-column
 * selection (a million rows) reads only the rows that hold data. One cell selected
 * stands for the table around it, else for its sheet's used range.
 */
async function readSelection(context: Excel.RequestContext): Promise<TableData | null> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex,rowCount,columnCount");
  selected.worksheet.load("name");
  const used = selected.worksheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return null;
  const single = selected.rowCount === 1 && selected.columnCount === 1;
  if (single) {
    // One cell inside a table stands for that table (Range.getTables, ExcelApi 1.9).
    const around = selected.getTables(false);
    around.load("items/name");
    await context.sync();
    const table = around.items[0];
    if (table) return readTableData(context, table);
  }
  const top = single ? used.rowIndex : Math.max(selected.rowIndex, used.rowIndex);
  const left = single ? used.columnIndex : Math.max(selected.columnIndex, used.columnIndex);
  const bottom = single
    ? used.rowIndex + used.rowCount
    : Math.min(selected.rowIndex + selected.rowCount, used.rowIndex + used.rowCount);
  const right = single
    ? used.columnIndex + used.columnCount
    : Math.min(selected.columnIndex + selected.columnCount, used.columnIndex + used.columnCount);
  if (bottom - top < 2 || right <= left) return null;
  const values = await readRows(context, selected.worksheet, top, left, bottom - top, right - left);
  return {
    sheet: selected.worksheet.name,
    table: null,
    headers: values[0] ?? [],
    rows: values.slice(1),
    headerRow: top,
    firstColumn: left,
  };
}

/**
 * Reads values in row chunks sized by their UTF-8 bytes, not their cell count: a
 * column of Japanese gap sentences makes 100,000 cells several MB, over Excel on the
 * web's 5 MB response limit. The first chunk is small; its bytes per row size the
 * next ones. A chunk refused as too large is read again in smaller pieces.
 */
async function readRows(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: number,
  columns: number,
): Promise<Values> {
  const out: Values = [];
  let perChunk = Math.max(1, Math.floor(FIRST_READ_CELLS / Math.max(1, columns)));
  let bytesPerRow = 0;
  for (let start = 0; start < rows;) {
    const count = Math.min(perChunk, rows - start);
    const range = sheet.getRangeByIndexes(top + start, left, count, columns);
    range.load("values");
    try {
      await context.sync();
    } catch (err) {
      if (count === 1 || !PAYLOAD_LIMITS.has((err as { code?: string }).code ?? "")) throw err;
      perChunk = Math.max(1, Math.floor(count / 4));
      continue;
    }
    const values = range.values as SheetCell[][];
    for (const row of values) out.push(row);
    bytesPerRow = Math.max(bytesPerRow, jsonBytes(values) / count);
    perChunk = Math.max(
      1,
      Math.min(
        Math.floor(READ_BYTES / Math.max(1, bytesPerRow)),
        Math.floor(READ_MAX_CELLS / Math.max(1, columns)),
      ),
    );
    start += count;
  }
  return out;
}

/**
 * Writes the changed rows of an update in place, one row range each, chunked by request
 * size. The new columns are added first, so a row reaches them. A null in a 2-D values or
 * numberFormat array leaves that cell as it is ("Blank and null values in Excel add-ins",
 * Microsoft Learn), so a row's formulas and formats stay; a literal cell gets "@" first.
 */
async function writeRowsInPlace(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: Excel.Range,
  dataRows: number,
  change: RowChange,
  text: readonly boolean[] | undefined,
): Promise<void> {
  const update = (change.update ?? []).filter((u) => u.index >= 0 && u.index < dataRows);
  if (update.length === 0) return;
  for (const [start, end] of chunkRows(update.map((u) => u.cells))) {
    for (const u of update.slice(start, end)) {
      const row = sheet.getRangeByIndexes(range.rowIndex + 1 + u.index, range.columnIndex, 1, u.cells.length);
      const formats = u.cells.map((v, c) => (v !== null && (u.literal?.[c] || text?.[c]) ? "@" : null));
      if (formats.some((f) => f !== null)) row.numberFormat = [formats] as string[][];
      row.values = [[...u.cells]];
    }
    await context.sync();
  }
}
