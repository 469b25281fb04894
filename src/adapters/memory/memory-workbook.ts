/**
 * A workbook held in memory: the second implementation of WorkbookAdapter, used
 * when the pane runs in a plain browser (preview) and by tests. It keeps sheets,
 * tables, number formats, fills, validation and charts as data, evaluates the
 * HR.* formulas this product writes, and exports an xlsx through ExcelJS.
 */
import { reportLayout, type PageSetup, type ReportChart, type SheetReport } from "../../core/sheets/report";
import type { ColumnRule, RosterTemplate } from "../../core/sheets/roster-template";
import type { SheetCell, SheetTable } from "../../core/sheets/sheet-table";
import { pickRoster } from "../../core/sheets/roster-detect";
import {
  freeSheetName,
  INVALID_FILL,
  SHEET_NAME_PROBLEMS,
  sheetNameProblem,
  WorkbookWriteError,
  type Progress,
  type RowChange,
  type ScoreColumns,
  type TableData,
  type WorkbookAdapter,
} from "../workbook";
import { evaluateCell, evaluateFormula, setDisplayLanguage, type FormulaMemo } from "./formulas";
import type { Lang } from "../../core/catalog/types";

export interface MemoryCell {
  value: SheetCell;
  formula?: string;
  /** Number format "@": the value is text, whatever it looks like. */
  text?: boolean;
  fill?: string;
}

export interface MemoryTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  /** Rows including the header row. */
  rows: number;
  columns: number;
  validation?: (ColumnRule | undefined)[];
  /** Input messages of a template's columns (title and text), as Excel shows them. */
  prompts?: ({ title: string; message: string } | undefined)[];
}

export interface MemoryChart extends ReportChart {
  sheet: string;
}

export interface MemorySheet {
  name: string;
  cells: (MemoryCell | undefined)[][];
  widths: number[];
  /** Rows kept in view at the top (Excel's freeze panes); 0 or absent: none. */
  frozenRows?: number;
  /** Heat-map colour scales over blocks of cells (inclusive bounds). */
  colorScales?: { top: number; bottom: number; left: number; right: number; min: number; max: number }[];
  /** Drop-down lists on single cells, listing the values of a block of the same sheet. */
  dropDowns?: {
    row: number;
    column: number;
    source: { top: number; left: number; rows: number; columns: number };
    prompt: { title: string; message: string };
  }[];
  /** How the sheet prints (a report that asks for it). */
  page?: PageSetup;
}

export class MemoryWorkbook implements WorkbookAdapter {
  readonly kind = "memory" as const;
  readonly sheets: MemorySheet[] = [];
  readonly tables: MemoryTable[] = [];
  readonly charts: MemoryChart[] = [];
  /** Names of the files opened into this workbook (sources: only read, never written over). */
  readonly sources: string[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; top: number; left: number; rows: number; columns: number } | null = null;

  // ---- WorkbookAdapter ----

  async writeTables(tables: readonly SheetTable[], progress?: Progress): Promise<void> {
    tables.forEach((spec, i) => {
      const existing = this.table(spec.table);
      // An existing table is updated where it is; a new one never goes into a user's sheet.
      const sheet = existing ? this.sheetOrAdd(existing.sheet) : this.freshSheet(spec.sheet);
      const rows = spec.rows.length > 0 ? spec.rows : [spec.headers.map(() => null)];
      if (existing && existing.columns !== spec.headers.length) {
        throw new WorkbookWriteError(
          {
            en: `The table "${spec.table}" has ${existing.columns} columns; this version writes ${spec.headers.length}.`,
            ja: `テーブル「${spec.table}」の列数が想定と異なります。`,
          },
          null,
        );
      }
      const top = existing?.top ?? 0;
      const left = existing?.left ?? 0;
      if (existing && existing.rows - 1 > rows.length)
        this.deleteRows(sheet, top + 1 + rows.length, existing.rows - 1 - rows.length);
      this.writeBlock(sheet, top, left, [[...spec.headers], ...rows.map((r) => [...r])], spec.text);
      spec.widths?.forEach((w, c) => (sheet.widths[left + c] = w));
      if (existing) existing.rows = rows.length + 1;
      else
        this.tables.push({
          name: spec.table,
          sheet: sheet.name,
          top,
          left,
          rows: rows.length + 1,
          columns: spec.headers.length,
        });
      // As Excel's adapter: a table at the top of its sheet keeps its header row in view.
      if (top === 0) sheet.frozenRows = 1;
      progress?.(i + 1, tables.length, { en: `Wrote ${spec.sheet}`, ja: `${spec.sheet}を書き込みました` });
    });
  }

  async readTable(name: string): Promise<TableData | null> {
    const table = this.table(name);
    return table ? this.tableData(table) : null;
  }

  async findRoster(fromSelection: boolean): Promise<TableData | null> {
    if (fromSelection) {
      // As Excel's adapter: the selection cut to its sheet's used range (values only); one
      // cell selected stands for the table around it, else the whole used range. Excel
      // always has a selection: A1.
      const sel =
        this.selection ??
        (this.activeSheet ? { sheet: this.activeSheet, top: 0, left: 0, rows: 1, columns: 1 } : null);
      const used = sel ? this.valuesRange(sel.sheet) : null;
      if (!sel || !used) return null;
      const single = sel.rows === 1 && sel.columns === 1;
      const around = single
        ? this.tables.find(
            (t) =>
              t.sheet.toLowerCase() === sel.sheet.toLowerCase() &&
              sel.top >= t.top &&
              sel.top < t.top + t.rows &&
              sel.left >= t.left &&
              sel.left < t.left + t.columns,
          )
        : undefined;
      if (around) return this.tableData(around);
      const top = single ? used.top : Math.max(sel.top, used.top);
      const left = single ? used.left : Math.max(sel.left, used.left);
      const bottom = single ? used.top + used.rows : Math.min(sel.top + sel.rows, used.top + used.rows);
      const right = single
        ? used.left + used.columns
        : Math.min(sel.left + sel.columns, used.left + used.columns);
      if (bottom - top < 2 || right <= left) return null;
      const values = this.values(used.sheet, top, left, bottom - top, right - left);
      return {
        sheet: used.sheet,
        table: null,
        headers: values[0] ?? [],
        rows: values.slice(1),
        headerRow: top,
        firstColumn: left,
      };
    }
    const table = pickRoster(
      this.tables.map((t) => ({
        name: t.name,
        sheet: t.sheet,
        headers: this.values(t.sheet, t.top, t.left, 1, t.columns)[0] ?? [],
        table: t,
      })),
    )?.table;
    return table ? this.tableData(table) : null;
  }

  async createTemplateTable(template: RosterTemplate, progress?: Progress): Promise<void> {
    if (this.table(template.table)) {
      throw new WorkbookWriteError(
        {
          en: `A table named "${template.table}" already exists. Score it with "Score roster", or rename it to create a new roster.`,
          ja: `「${template.table}」という名前のテーブルが既にあります。`,
        },
        null,
      );
    }
    const name = freeSheetName(
      template.sheet,
      this.sheets.map((s) => s.name),
    );
    const sheet = this.sheetOrAdd(name);
    const columns = template.columns;
    const body =
      template.rows.length > 0
        ? template.rows.map((r) => [...r, ...Array<SheetCell>(columns.length - r.length).fill(null)])
        : [columns.map(() => null)];
    this.writeBlock(
      sheet,
      0,
      0,
      [columns.map((c) => c.header), ...body],
      columns.map((c) => c.rule.kind === "list"),
    );
    columns.forEach((c, i) => {
      sheet.widths[i] = c.width;
      if (c.formula) body.forEach((_, r) => this.setFormula(sheet, r + 1, i, c.formula as string));
    });
    this.tables.push({
      name: template.table,
      sheet: name,
      top: 0,
      left: 0,
      rows: body.length + 1,
      columns: columns.length,
      validation: columns.map((c) => c.rule),
      prompts: columns.map((c) => c.prompt),
    });
    sheet.frozenRows = 1;
    this.activeSheet = name;
    progress?.(1, 1, { en: `${template.sheet} created`, ja: `${template.sheet}を作成しました` });
  }

  async writeScores(target: TableData, columns: ScoreColumns, progress?: Progress): Promise<void> {
    const sheet = this.sheet(target.sheet);
    if (!sheet)
      throw new WorkbookWriteError(
        { en: `No sheet "${target.sheet}"`, ja: `シート「${target.sheet}」がありません` },
        null,
      );
    const top = target.headerRow;
    const left = target.firstColumn + columns.offset;
    this.writeBlock(sheet, top, left, [[columns.headers[0], columns.headers[1]]], undefined);
    target.rows.forEach((_, r) => {
      if (columns.mode === "values" && columns.values) {
        const [level, gap] = columns.values[r] ?? [null, null];
        this.setCell(sheet, top + 1 + r, left, { value: level });
        this.setCell(sheet, top + 1 + r, left + 1, { value: gap, text: true });
      } else if (columns.formulas) {
        this.setFormula(sheet, top + 1 + r, left, columns.formulas[0], columns.formulaStyle);
        this.setFormula(sheet, top + 1 + r, left + 1, columns.formulas[1], columns.formulaStyle);
      }
      for (let c = target.firstColumn; c < left + 2; c++) {
        const cell = this.cellAt(sheet, top + 1 + r, c);
        delete cell.fill;
      }
    });
    for (const r of columns.invalidRows) {
      for (let c = target.firstColumn; c < left + 2; c++)
        this.cellAt(sheet, top + 1 + r, c).fill = INVALID_FILL;
    }
    const table = target.table ? this.table(target.table) : undefined;
    if (table && columns.offset + 2 > table.columns) table.columns = columns.offset + 2;
    sheet.widths[left + 1] = 60;
    progress?.(target.rows.length, target.rows.length, { en: "Scores written", ja: "評価を書き込みました" });
  }

  async writeReport(report: SheetReport, progress?: Progress): Promise<void> {
    // As Excel's adapter: the sheet where the report's tables are, else a fresh sheet.
    const ours = report.tables.map((t) => this.table(t.table)).find((t) => t !== undefined);
    const sheet = ours ? this.sheetOrAdd(ours.sheet) : this.freshSheet(report.sheet);
    sheet.cells = [];
    sheet.colorScales = [];
    sheet.dropDowns = [];
    delete sheet.page;
    for (const spec of report.tables) {
      const i = this.tables.findIndex((t) => t.name === spec.table);
      if (i >= 0) this.tables.splice(i, 1);
    }
    (report.heading ?? []).forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell !== null && typeof cell === "object") this.setFormula(sheet, r, c, cell.formula);
        else this.setCell(sheet, r, c, { value: cell, text: typeof cell === "string" });
      }),
    );
    const layout = reportLayout(report);
    for (const spec of report.tables) {
      const at = layout.tables.get(spec.table);
      if (!at) continue;
      const caption = report.captions?.[spec.table];
      if (at.caption !== null && caption !== undefined)
        this.setCell(sheet, at.caption, 0, { value: caption, text: true });
      const row = at.row;
      this.writeBlock(sheet, row, 0, [[...spec.headers], ...spec.rows.map((r) => [...r])], spec.text);
      spec.widths?.forEach((w, c) => (sheet.widths[c] = Math.max(sheet.widths[c] ?? 0, w)));
      this.tables.push({
        name: spec.table,
        sheet: sheet.name,
        top: row,
        left: 0,
        rows: spec.rows.length + 1,
        columns: spec.headers.length,
      });
      for (const scale of report.colorScales ?? []) {
        if (scale.table === spec.table) {
          sheet.colorScales.push({
            top: row + 1,
            bottom: row + spec.rows.length,
            left: scale.fromColumn,
            right: scale.toColumn,
            min: scale.min,
            max: scale.max,
          });
        }
      }
    }
    const picker = report.picker;
    if (picker) {
      this.writeBlock(
        sheet,
        0,
        picker.choicesColumn,
        [[picker.choicesHeader], ...picker.choices.map((c) => [c])],
        [true],
      );
      sheet.dropDowns.push({
        row: picker.row,
        column: picker.column,
        source: { top: 1, left: picker.choicesColumn, rows: Math.max(1, picker.choices.length), columns: 1 },
        prompt: picker.prompt,
      });
    }
    if (report.page) sheet.page = report.page;
    for (const chart of report.charts) {
      const i = this.charts.findIndex((c) => c.name === chart.name);
      const next = { ...chart, sheet: sheet.name };
      if (i >= 0) this.charts[i] = next;
      else this.charts.push(next);
    }
    this.activeSheet = sheet.name;
    progress?.(1, 1, { en: `${report.sheet} written`, ja: `${report.sheet}を作成しました` });
  }

  async updateTableRows(spec: SheetTable, change: RowChange, progress?: Progress): Promise<void> {
    const table = this.table(spec.table);
    if (!table) {
      const rows = change.append.length > 0 ? change.append : [spec.headers.map(() => null)];
      const sheet = this.freshSheet(spec.sheet);
      this.writeBlock(
        sheet,
        0,
        0,
        [[...spec.headers], ...rows.map((r) => [...r])],
        spec.text,
        change.literal ? [[], ...change.literal] : undefined,
      );
      spec.widths?.forEach((w, c) => (sheet.widths[c] = w));
      this.tables.push({
        name: spec.table,
        sheet: sheet.name,
        top: 0,
        left: 0,
        rows: rows.length + 1,
        columns: spec.headers.length,
      });
      sheet.frozenRows = 1;
      return;
    }
    const sheet = this.sheetOrAdd(table.sheet);
    // Calculated columns: like Excel, new rows get the column's formula (a null value leaves
    // it). Read before any row goes: Excel keeps them when every row is replaced, too.
    const formulas = Array.from({ length: table.columns }, (_, c) =>
      table.rows > 1 ? sheet.cells[table.top + table.rows - 1]?.[table.left + c]?.formula : undefined,
    );
    // One pass, whatever the number of rows removed (a replacing import removes them all).
    const removed = new Set(
      change.remove.filter((r) => r >= 0 && r < table.rows - 1).map((r) => table.top + 1 + r),
    );
    if (removed.size > 0) {
      const kept: (MemoryCell | undefined)[][] = [];
      sheet.cells.forEach((line, i) => {
        if (!removed.has(i)) kept.push(line);
      });
      sheet.cells = kept;
      table.rows -= removed.size;
    }
    for (const header of change.newColumns ?? []) {
      this.writeBlock(sheet, table.top, table.left + table.columns, [[header]], [true]);
      table.columns += 1;
    }
    // Rows written in place: as Range.values, a null cell is left as it is.
    for (const u of change.update ?? []) {
      if (u.index < 0 || u.index >= table.rows - 1) continue;
      u.cells.forEach((value, c) => {
        if (value === null || c >= table.columns) return;
        const text = [spec.text?.[c] === true];
        this.writeBlock(
          sheet,
          table.top + 1 + u.index,
          table.left + c,
          [[value]],
          text,
          [[u.literal?.[c] === true]],
          false,
        );
      });
    }
    const at = table.top + table.rows;
    // Open room for the new rows below the table (no spread: there may be a million).
    if (at < sheet.cells.length)
      sheet.cells = sheet.cells.slice(0, at).concat(
        change.append.map(() => []),
        sheet.cells.slice(at),
      );
    this.writeBlock(
      sheet,
      at,
      table.left,
      change.append.map((r) => [...r]),
      spec.text,
      change.literal,
      false,
    );
    change.append.forEach((row, r) =>
      formulas.forEach((formula, c) => {
        if (formula !== undefined && (row[c] === null || row[c] === undefined))
          this.setFormula(sheet, at + r, table.left + c, formula);
      }),
    );
    table.rows += change.append.length;
    progress?.(change.append.length, change.append.length, {
      en: `Added ${change.append.length} rows`,
      ja: `${change.append.length}行を追加しました`,
    });
  }

  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async readSheetCells(sheet: string): Promise<SheetCell[][]> {
    const used = this.usedRange(sheet);
    return used ? this.values(sheet, 0, 0, used.rows, used.columns) : [];
  }

  readonly settings = new Map<string, string>();

  async readSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }

  async writeSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  async select(sheet: string, row: number, column: number): Promise<void> {
    this.activeSheet = sheet;
    this.selection = { sheet, top: row, left: column, rows: 1, columns: 1 };
  }

  /** Sets one cell as a person typing into it would (a drop-down choice in the preview). */
  putCell(sheetName: string, row: number, column: number, value: SheetCell): void {
    const sheet = this.sheet(sheetName);
    if (sheet) this.writeBlock(sheet, row, column, [[value]], undefined, undefined, false);
  }

  /** Shows a sheet, as clicking its tab in Excel does. */
  activate(sheet: string): void {
    if (this.sheet(sheet)) this.activeSheet = sheet;
  }

  // ---- reading for the preview, the download and tests ----

  /** Excel finds a sheet by name without regard to case. */
  sheet(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  table(name: string): MemoryTable | undefined {
    return this.tables.find((t) => t.name === name);
  }

  /** Displayed values (formulas evaluated) of a block. */
  values(sheetName: string, top: number, left: number, rows: number, columns: number): SheetCell[][] {
    const sheet = this.sheet(sheetName);
    // Nothing is written while a block is read: the formulas share what they look up.
    const memo: FormulaMemo = new Map();
    const out: SheetCell[][] = new Array<SheetCell[]>(rows);
    for (let r = 0; r < rows; r++) {
      const line = sheet?.cells[top + r];
      const values = new Array<SheetCell>(columns);
      for (let c = 0; c < columns; c++) {
        const cell = line?.[left + c];
        values[c] =
          !sheet || !cell
            ? null
            : cell.formula === undefined
              ? cell.value
              : this.display(sheet, top + r, left + c, memo);
      }
      out[r] = values;
    }
    return out;
  }

  /** The used area of a sheet (from A1), or null when empty. */
  usedRange(
    sheetName: string | null,
  ): { sheet: string; top: number; left: number; rows: number; columns: number } | null {
    const sheet = sheetName ? this.sheet(sheetName) : undefined;
    if (!sheet || sheet.cells.length === 0) return null;
    let columns = 0; // a loop, not Math.max(...rows): a sheet may hold a million rows
    for (const r of sheet.cells) if (r && r.length > columns) columns = r.length;
    return { sheet: sheet.name, top: 0, left: 0, rows: sheet.cells.length, columns };
  }

  /** Adds a sheet of plain values (an opened file), replacing a sheet of the same name. */
  putSheet(name: string, rows: readonly (readonly SheetCell[])[], asText = true): void {
    const existing = this.sheet(name);
    if (existing) this.sheets.splice(this.sheets.indexOf(existing), 1);
    const sheet = this.sheetOrAdd(name);
    let width = 0;
    for (const r of rows) if (r.length > width) width = r.length;
    this.writeBlock(
      sheet,
      0,
      0,
      rows.map((r) => [...r]),
      asText ? Array<boolean>(width).fill(false) : undefined,
    );
    this.activeSheet = name;
  }

  /** The language of the functions' messages, which Office's display language sets in Excel. */
  setDisplayLanguage(lang: Lang): void {
    setDisplayLanguage(lang);
  }

  /**
   * The message of a function error in a cell (null when the cell shows no error): what
   * Excel shows in the cell's error indicator for a custom function's #VALUE! or #N/A.
   */
  errorMessage(sheetName: string, row: number, column: number): string | null {
    const sheet = this.sheet(sheetName);
    const formula = sheet?.cells[row]?.[column]?.formula;
    if (!sheet || formula === undefined) return null;
    return evaluateCell(formula, { workbook: this, sheet: sheet.name, row, column }).message ?? null;
  }

  display(sheet: MemorySheet, row: number, column: number, memo?: FormulaMemo): SheetCell {
    const cell = sheet.cells[row]?.[column];
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value;
    return evaluateFormula(cell.formula, { workbook: this, sheet: sheet.name, row, column, memo });
  }

  // ---- writing ----

  /** The sheet of that name, or a new one; a name Excel would refuse is refused here too. */
  private sheetOrAdd(name: string): MemorySheet {
    let sheet = this.sheet(name);
    if (!sheet) {
      const problem = sheetNameProblem(
        name,
        this.sheets.map((s) => s.name),
      );
      if (problem) {
        const why = SHEET_NAME_PROBLEMS[problem];
        throw new WorkbookWriteError(
          { en: `The sheet name "${name}" ${why.en}.`, ja: `シート名「${name}」${why.ja}。` },
          null,
        );
      }
      sheet = { name, cells: [], widths: [], colorScales: [] };
      this.sheets.push(sheet);
    }
    return sheet;
  }

  /**
   * The sheet for a new table of ours, as Excel's adapter picks it: the named sheet when
   * it is new or empty, else a new sheet with a free name, so a sheet of the user's that
   * carries our name is never written into.
   */
  private freshSheet(wanted: string): MemorySheet {
    const named = this.sheet(wanted);
    if (!named || this.valuesRange(named.name) === null) return this.sheetOrAdd(wanted);
    return this.sheetOrAdd(
      freeSheetName(
        wanted,
        this.sheets.map((s) => s.name),
      ),
    );
  }

  /**
   * The cells that hold a value or a formula, as Excel's used range with valuesOnly
   * (formats alone do not count); null when the sheet has none.
   */
  private valuesRange(
    sheetName: string,
  ): { sheet: string; top: number; left: number; rows: number; columns: number } | null {
    const sheet = this.sheet(sheetName);
    if (!sheet) return null;
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    sheet.cells.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell || (cell.formula === undefined && (cell.value === null || cell.value === ""))) return;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    if (top < 0) return null;
    return { sheet: sheet.name, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /**
   * The cell at a position, created when missing. Rows are kept dense (no holes up to
   * the last row), growing by appending, so writing a block row by row costs O(1) a cell.
   */
  private cellAt(sheet: MemorySheet, row: number, column: number): MemoryCell {
    const cells = sheet.cells;
    while (cells.length <= row) cells.push([]);
    const line = cells[row] ?? (cells[row] = []);
    return (line[column] ??= { value: null });
  }

  private setCell(sheet: MemorySheet, row: number, column: number, cell: MemoryCell): void {
    const target = this.cellAt(sheet, row, column);
    target.value = cell.value;
    delete target.formula;
    if (cell.text !== undefined) target.text = cell.text;
  }

  private setFormula(
    sheet: MemorySheet,
    row: number,
    column: number,
    formula: string,
    style: "a1" | "r1c1" = "a1",
  ): void {
    const target = this.cellAt(sheet, row, column);
    target.value = null;
    target.formula = style === "r1c1" ? `R1C1:${formula}` : formula;
  }

  /**
   * Writes values the way Excel would: a string that starts with =, +, - or @ in a
   * cell not formatted as text becomes a formula; in a text column it stays text.
   */
  private writeBlock(
    sheet: MemorySheet,
    top: number,
    left: number,
    values: SheetCell[][],
    text: readonly boolean[] | undefined,
    literal?: readonly (readonly boolean[])[],
    /** The first row is a header row (always text when a text layout is given). */
    headerFirst = true,
  ): void {
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const asText =
          text?.[c] === true || literal?.[r]?.[c] === true || (headerFirst && r === 0 && text !== undefined);
        const target = this.cellAt(sheet, top + r, left + c);
        if (asText) target.text = true;
        // As Excel does with Range.values: =, + or - starts a formula unless the cell is text.
        if (
          typeof value === "string" &&
          /^[=+-]/.test(value) &&
          !/^[+-]\d+(\.\d+)?$/.test(value) &&
          !target.text
        ) {
          target.formula = value;
          target.value = null;
        } else {
          delete target.formula;
          target.value = value;
        }
      }),
    );
  }

  private deleteRows(sheet: MemorySheet, from: number, count: number): void {
    sheet.cells.splice(from, count);
  }

  private tableData(table: MemoryTable): TableData {
    const values = this.values(table.sheet, table.top, table.left, table.rows, table.columns);
    return {
      sheet: table.sheet,
      table: table.name,
      headers: values[0] ?? [],
      rows: values.slice(1),
      headerRow: table.top,
      firstColumn: table.left,
    };
  }
}
