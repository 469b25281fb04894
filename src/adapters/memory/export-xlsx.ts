/**
 * The in-memory workbook as an xlsx file (ExcelJS, loaded on demand), kept as live as
 * ExcelJS can write it: formulas with their computed values cached, tables, drop-down
 * lists and validation with input messages, conditional formats (flagged rows of a
 * formula-scored table, heat maps), number formats, column widths, frozen header rows
 * and print setup. Charts are left out: ExcelJS cannot write them, and only Excel
 * draws native charts (running the report again in Excel adds them).
 */
import type { CellValue, DataValidation, Worksheet } from "exceljs";
import { COLOR_SCALE } from "../../core/sheets/report";
import { columnLetter } from "../../core/import/messages";
import type { ColumnRule } from "../../core/sheets/roster-template";
import type { SheetCell } from "../../core/sheets/sheet-table";
import { loadExcelJs } from "../files/read-sheet";
import { clipValidationText, INVALID_FILL } from "../workbook";
import type { MemorySheet, MemoryTable, MemoryWorkbook } from "./memory-workbook";

/** What a download leaves out: native charts, which only Excel draws. */
export interface ExportSummary {
  readonly bytes: Uint8Array;
  /** Charts of the preview that the file does not hold, by sheet. */
  readonly chartsLeftOut: number;
}

const ERRORS = new Set(["#VALUE!", "#N/A", "#REF!", "#NAME?", "#NUM!", "#DIV/0!", "#NULL!"]);

export async function exportXlsx(workbook: MemoryWorkbook): Promise<Uint8Array> {
  return (await exportWorkbook(workbook)).bytes;
}

export async function exportWorkbook(workbook: MemoryWorkbook): Promise<ExportSummary> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = "ITSS Skill Scoring";
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name);
    const used = workbook.usedRange(sheet.name);
    if (!used) continue;
    const values = workbook.values(sheet.name, 0, 0, used.rows, used.columns);
    const tables = workbook.tables.filter((t) => t.sheet === sheet.name);
    // Rows of a formula-scored table are flagged by a conditional format, not a fixed fill.
    const liveFlags = tables.map((t) => ({ table: t, level: levelColumn(sheet, t) }));
    const flaggedLive = (r: number, c: number): boolean =>
      liveFlags.some(
        ({ table: t, level }) =>
          level !== null && r > t.top && r < t.top + t.rows && c >= t.left && c <= level + 1,
      );
    const cellValue = (r: number, c: number): CellValue => {
      const value = values[r]?.[c] ?? null;
      const formula = sheet.cells[r]?.[c]?.formula;
      if (formula === undefined) return value;
      return { formula: fileFormula(formula, r, c), result: formulaResult(value) } as CellValue;
    };
    for (let r = 0; r < used.rows; r++) {
      for (let c = 0; c < used.columns; c++) {
        const source = sheet.cells[r]?.[c];
        if (!source) continue;
        const value = cellValue(r, c);
        const cell = ws.getCell(r + 1, c + 1);
        if (value !== null && value !== "") cell.value = value;
        if (source.text) cell.numFmt = "@";
        if (source.fill && !flaggedLive(r, c))
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(source.fill) } };
        const shown = values[r]?.[c];
        if (typeof shown === "string" && shown.includes("\n"))
          cell.alignment = { wrapText: true, vertical: "top" };
      }
    }
    sheet.widths.forEach((w, c) => {
      if (w) ws.getColumn(c + 1).width = w;
    });
    for (const { table: t, level } of liveFlags) {
      addTable(ws, t, values, cellValue);
      addValidation(ws, t);
      if (level !== null && t.rows > 1) {
        const first = t.top + 2;
        ws.addConditionalFormatting({
          ref: `${address(t.top + 1, t.left)}:${address(t.top + t.rows - 1, Math.min(level + 1, t.left + t.columns - 1))}`,
          rules: [
            {
              type: "expression",
              priority: 1,
              formulae: [`ISERROR($${columnLetter(level)}${first})`],
              style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(INVALID_FILL) } } },
            },
          ],
        });
      }
    }
    addColorScales(ws, sheet);
    addDropDowns(ws, sheet);
    if (sheet.frozenRows) ws.views = [{ state: "frozen", ySplit: sheet.frozenRows }];
    if (sheet.page) {
      ws.pageSetup = {
        paperSize: 9, // A4
        orientation: sheet.page.orientation,
        fitToPage: true,
        fitToWidth: sheet.page.fitPages.wide,
        fitToHeight: sheet.page.fitPages.tall,
        printArea: `A1:${address(used.rows - 1, sheet.page.printColumns - 1)}`,
      };
    }
  }
  const buffer = await book.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), chartsLeftOut: workbook.charts.length };
}

/**
 * The download's file name: never the name of a file opened into the workbook, so
 * saving the download cannot replace a source in the same folder.
 */
export function downloadFileName(workbook: Pick<MemoryWorkbook, "sources">, base = "itss-workbook"): string {
  const taken = new Set(workbook.sources.map((s) => s.toLowerCase()));
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).xlsx`;
  return name;
}

/**
 * A formula as the file stores it: without "=", in A1 style, `Table[@[A]:[B]]` as
 * `Table[[#This Row],[A]:[B]]` (the @ form exists only in Excel's formula bar), and
 * FILTER with its future-function prefix. Custom functions keep the name the user types.
 */
export function fileFormula(formula: string, row: number, column: number): string {
  const r1c1 = formula.startsWith("R1C1:");
  let text = r1c1 ? a1FromR1c1(formula.slice(5), row, column) : formula;
  if (text.startsWith("=")) text = text.slice(1);
  return text
    .replace(/(\w+)\[@\[/g, "$1[[#This Row],[")
    .replace(/(?<![\w.])FILTER\(/g, "_xlfn._xlws.FILTER(");
}

/** The R1C1 references the product writes (RC[-3], R2C[-3]) in A1 style, from the formula's own cell. */
function a1FromR1c1(formula: string, row: number, column: number): string {
  return formula.replace(
    /(?<![A-Za-z_.])R(\d+|\[-?\d+\])?C(\d+|\[-?\d+\])?(?![A-Za-z_(])/g,
    (_, r?: string, c?: string) => {
      const rowText =
        r === undefined ? `${row + 1}` : r.startsWith("[") ? `${row + 1 + Number(r.slice(1, -1))}` : `$${r}`;
      const col =
        c === undefined
          ? columnLetter(column)
          : c.startsWith("[")
            ? columnLetter(column + Number(c.slice(1, -1)))
            : `$${columnLetter(Number(c) - 1)}`;
      return `${col}${rowText}`;
    },
  );
}

/** The value a formula showed, cached in the file: an error shows as Excel's error value. */
function formulaResult(value: SheetCell): unknown {
  if (typeof value === "string" && ERRORS.has(value)) return { error: value };
  return value ?? "";
}

/** The column of a table whose cells score the row (HR.ITSSLEVEL), or null. */
function levelColumn(sheet: MemorySheet, table: MemoryTable): number | null {
  const row = sheet.cells[table.top + 1];
  for (let c = table.left; c < table.left + table.columns; c++) {
    if (/HR\.ITSSLEVEL\(/.test(row?.[c]?.formula ?? "")) return c;
  }
  return null;
}

function addTable(
  ws: Worksheet,
  t: MemoryTable,
  values: readonly (readonly SheetCell[])[],
  cellValue: (r: number, c: number) => CellValue,
): void {
  // A table over cells that are already written: ExcelJS writes its rows again, so they
  // carry the same values and formulas; its columns need names.
  const header = Array.from({ length: t.columns }, (_, i) => {
    const h = values[t.top]?.[t.left + i];
    return h === null || h === undefined || h === "" ? `Column${i + 1}` : String(h);
  });
  const rows = Array.from({ length: Math.max(1, t.rows - 1) }, (_, r) =>
    Array.from({ length: t.columns }, (_, c) => {
      const v = cellValue(t.top + 1 + r, t.left + c);
      return v === null ? "" : v;
    }),
  );
  ws.addTable({
    name: t.name,
    ref: address(t.top, t.left),
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** A template's drop-downs, number checks and input messages, over the table's data rows. */
function addValidation(ws: Worksheet, t: MemoryTable): void {
  if (t.rows < 2) return;
  for (let c = 0; c < t.columns; c++) {
    const rule = t.validation?.[c];
    const prompt = t.prompts?.[c];
    if (!prompt && (!rule || rule.kind === "none")) continue;
    const ref = `${address(t.top + 1, t.left + c)}:${address(t.top + t.rows - 1, t.left + c)}`;
    const text = prompt ? clipValidationText(prompt) : null;
    const checked = rule && rule.kind !== "none";
    validations(ws).add(ref, {
      ...validationRule(rule),
      allowBlank: true,
      ...(text ? { showInputMessage: true, promptTitle: text.title, prompt: text.prompt } : {}),
      ...(checked && text
        ? { showErrorMessage: true, errorStyle: "stop", errorTitle: text.title, error: text.error }
        : checked
          ? { showErrorMessage: true, errorStyle: "stop" }
          : {}),
    });
  }
}

function validationRule(
  rule: ColumnRule | undefined,
): Pick<DataValidation, "type" | "formulae" | "operator"> {
  if (!rule || rule.kind === "none") return { type: "any" as DataValidation["type"], formulae: [] };
  if (rule.kind === "list") return { type: "list", formulae: [`"${rule.values.join(",")}"`] };
  if (rule.kind === "custom") return { type: "custom", formulae: [rule.formula.replace(/^=/, "")] };
  return rule.max === undefined
    ? { type: rule.kind, operator: "greaterThanOrEqual", formulae: [rule.min] }
    : { type: rule.kind, operator: "between", formulae: [rule.min, rule.max] };
}

/** Heat maps: three-colour scales, as Excel's adapter writes them. */
function addColorScales(ws: Worksheet, sheet: MemorySheet): void {
  for (const s of sheet.colorScales ?? []) {
    if (s.bottom < s.top) continue;
    ws.addConditionalFormatting({
      ref: `${address(s.top, s.left)}:${address(s.bottom, s.right)}`,
      rules: [
        {
          type: "colorScale",
          priority: 1,
          cfvo: [
            { type: "num", value: s.min },
            { type: "num", value: (s.min + s.max) / 2 },
            { type: "num", value: s.max },
          ],
          color: [
            { argb: argb(COLOR_SCALE.low) },
            { argb: argb(COLOR_SCALE.mid) },
            { argb: argb(COLOR_SCALE.high) },
          ],
        },
      ],
    });
  }
}

/** A report's one-cell pickers: a list over a block of the same sheet. */
function addDropDowns(ws: Worksheet, sheet: MemorySheet): void {
  for (const d of sheet.dropDowns ?? []) {
    const s = d.source;
    const text = clipValidationText(d.prompt);
    validations(ws).add(address(d.row, d.column), {
      type: "list",
      allowBlank: true,
      formulae: [
        `$${columnLetter(s.left)}$${s.top + 1}:$${columnLetter(s.left + s.columns - 1)}$${s.top + s.rows}`,
      ],
      showInputMessage: true,
      promptTitle: text.title,
      prompt: text.prompt,
    });
  }
}

/**
 * One validation over a range (one <dataValidation sqref>), not one per cell: ExcelJS's
 * worksheet.dataValidations.add takes a range (exceljs issue 1109), untyped in its d.ts.
 */
function validations(ws: Worksheet): { add(ref: string, validation: DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(ref: string, validation: DataValidation): void } })
    .dataValidations;
}

const address = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;
const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;
