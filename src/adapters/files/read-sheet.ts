/**
 * Reads the cells of one sheet of an xlsx or CSV file, from bytes, so the same
 * code serves the command line (Node) and the task pane (a file the user picks).
 * xlsx through ExcelJS, CSV through Papa Parse; CSV in UTF-8 (with or without BOM)
 * or Shift_JIS/CP932, the default of Japanese Excel.
 */
import Papa from "papaparse";
import type ExcelJSNamespace from "exceljs";
import { checkXlsxArchive } from "./archive-guard";

export type CellValue = string | number | boolean | Date | null;

export interface SheetCells {
  readonly sheetName: string;
  readonly rows: CellValue[][];
  /** Encoding a CSV was read in. */
  readonly encoding?: "utf-8" | "shift_jis";
}

export class FileReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileReadError";
  }
}

/** Files larger than this are refused before they are parsed. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type FileKind = "xlsx" | "csv";

export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  // A zip (or an encrypted OLE file) means a workbook whatever the name says; otherwise trust the extension.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return "xlsx";
  if (isOleCompound(bytes)) return "xlsx";
  if (/\.xls[xm]$/i.test(fileName)) return "xlsx";
  return "csv";
}

export async function readSheet(bytes: Uint8Array, fileName: string, sheet?: string): Promise<SheetCells> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new FileReadError(
      `${fileName} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
    );
  }
  return fileKind(fileName, bytes) === "xlsx" ? readXlsx(bytes, fileName, sheet) : readCsv(bytes);
}

export function decodeCsv(bytes: Uint8Array): { text: string; encoding: "utf-8" | "shift_jis" } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Not valid UTF-8: Japanese Excel saves CSV as Shift_JIS (CP932).
    return { text: new TextDecoder("shift_jis").decode(bytes), encoding: "shift_jis" };
  }
}

export function readCsv(bytes: Uint8Array): SheetCells {
  const { text, encoding } = decodeCsv(bytes);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data as CellValue[][];
  // Papa Parse reports a trailing newline as one empty row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return { sheetName: "csv", rows, encoding };
}

let excelJs: Promise<typeof ExcelJSNamespace> | undefined;

/** ExcelJS is loaded on first use, so the task pane does not pay for it at start. */
export function loadExcelJs(): Promise<typeof ExcelJSNamespace> {
  excelJs ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then(
    (m) => ((m as { default?: typeof ExcelJSNamespace }).default ?? m) as typeof ExcelJSNamespace,
  );
  return excelJs;
}

async function readXlsx(bytes: Uint8Array, fileName: string, sheet?: string): Promise<SheetCells> {
  if (isOleCompound(bytes)) {
    throw new FileReadError(
      `${fileName} cannot be opened: it is password-protected (or an old .xls). Save it without a password as .xlsx and try again`,
    );
  }
  const archive = checkXlsxArchive(bytes, fileName);
  if (!archive.ok) throw new FileReadError(archive.reason);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    const encrypted = /encrypt|password|central directory|signature/i.test(detail) || isOleCompound(bytes);
    throw new FileReadError(
      encrypted
        ? `${fileName} cannot be opened: it is password-protected or not an xlsx file. Save it without a password as .xlsx and try again`
        : `${fileName} cannot be read as an xlsx workbook (${detail})`,
    );
  }
  const worksheet = sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((w) => `"${w.name}"`).join(", ");
    throw new FileReadError(
      sheet === undefined
        ? `${fileName} has no sheets`
        : `${fileName} has no sheet "${sheet}". Sheets: ${names}`,
    );
  }
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = plainValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { sheetName: worksheet.name, rows };
}

/** Password-protected xlsx files are OLE compound documents, not zips. */
function isOleCompound(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** ExcelJS cell values to plain values: formulas give their cached result, rich text its text. */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean" ||
    value instanceof Date
  )
    return value;
  if (typeof value === "object") {
    const v = value as {
      result?: unknown;
      richText?: { text: string }[];
      text?: unknown;
      error?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
    };
    if (v.richText) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
    if (v.text !== undefined) return plainValue(v.text);
    if (v.error !== undefined) return String(v.error);
  }
  return String(value);
}
