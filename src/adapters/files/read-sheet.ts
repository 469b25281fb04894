/**
 * Reads the cells of one sheet of an xlsx or CSV file, from bytes, so the same
 * code serves the command line (Node) and the task pane (a file the user picks).
 * xlsx through ExcelJS, after the zip guard has inflated every part within the limits;
 * CSV through Papa Parse, decoded by decode-text (UTF-8 with or without BOM, Shift_JIS/CP932,
 * UTF-16 with a BOM, or the encoding chosen; never a silent guess).
 */
import Papa from "papaparse";
import type ExcelJSNamespace from "exceljs";
import type { Localized } from "../../core/catalog/types";
import { checkXlsxArchive, workbookFormatProblem } from "./archive-guard";
import {
  decodeText,
  delimiterHint,
  TextDecodeError,
  type EncodingChoice,
  type TextEncoding,
} from "./decode-text";

export type CellValue = string | number | boolean | Date | null;

export interface SheetCells {
  readonly sheetName: string;
  readonly rows: CellValue[][];
  /** Encoding a CSV was read in. */
  readonly encoding?: TextEncoding;
  /** The CSV started with a byte-order mark. */
  readonly bom?: boolean;
}

export interface ReadOptions {
  /** The CSV's encoding as the user chose it, instead of detecting it. */
  readonly encoding?: EncodingChoice;
}

export class FileReadError extends Error {
  /** The message in both languages; `message` is the English one. */
  readonly localized: Localized;
  /** The task pane's wording where it differs (an encoding problem offers the encodings instead of --encoding). */
  readonly forPane: Localized;
  /** "encoding": the CSV's encoding could not be decided; the pane offers the encodings. */
  readonly kind?: "encoding";
  constructor(message: string | Localized, forPane?: Localized, kind?: "encoding") {
    const localized = typeof message === "string" ? { en: message, ja: message } : message;
    super(localized.en);
    this.localized = localized;
    this.forPane = forPane ?? localized;
    if (kind) this.kind = kind;
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

export async function readSheet(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string,
  options: ReadOptions = {},
): Promise<SheetCells> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new FileReadError(
      `${fileName} is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB`,
    );
  }
  if (bytes.byteLength === 0) throw new FileReadError(emptyFileMessage(fileName));
  const unsupported = unsupportedFormat(fileName, bytes);
  if (unsupported) throw new FileReadError(unsupported);
  return fileKind(fileName, bytes) === "xlsx"
    ? readXlsx(bytes, fileName, sheet)
    : readCsv(bytes, fileName, options.encoding);
}

/** Decodes a CSV's bytes; a TextDecodeError becomes a FileReadError with the command line's wording. */
export function decodeCsv(
  bytes: Uint8Array,
  fileName = "the file",
  encoding?: EncodingChoice,
): { text: string; encoding: TextEncoding; bom: boolean } {
  try {
    return decodeText(bytes, fileName, encoding);
  } catch (err) {
    if (err instanceof TextDecodeError) throw new FileReadError(err.cli, err.pane, "encoding");
    throw err;
  }
}

export function readCsv(bytes: Uint8Array, fileName = "the file", choice?: EncodingChoice): SheetCells {
  const { text, encoding, bom } = decodeCsv(bytes, fileName, choice);
  const delimiter = delimiterHint(encoding, text.slice(0, Math.max(0, text.indexOf("\n")) || text.length));
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, ...(delimiter ? { delimiter } : {}) });
  const rows = parsed.data as CellValue[][];
  // Papa Parse reports a trailing newline as one empty row.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  if (rows.every((r) => r.every((c) => c === null || String(c).trim() === "")))
    throw new FileReadError(emptyFileMessage(fileName));
  return { sheetName: "csv", rows, encoding, bom };
}

/** An empty file (or one of blank lines): say so, with advice any host can follow. */
export function emptyFileMessage(fileName: string): Localized {
  return {
    en: `${fileName} is empty: it has no rows to read. Check that you chose the right file, or save the roster again from Excel`,
    ja: `${fileName}は空で、読める行がありません。選んだファイルが正しいか確認するか、Excelで名簿を保存し直してください`,
  };
}

/** .xls, .ods and other formats the reader does not take, named with what to do. */
export function unsupportedFormat(fileName: string, bytes: Uint8Array): Localized | undefined {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (/\.ods$/i.test(fileName) && !zip) return workbookFormatProblem(fileName, "ods");
  if (isOleCompound(bytes) && !hasUtf16Name(bytes, "EncryptedPackage")) return legacyXls(fileName);
  if (/\.xls$/i.test(fileName) && !zip && !isOleCompound(bytes)) return legacyXls(fileName);
  return undefined;
}

function legacyXls(fileName: string): Localized {
  return {
    en: `${fileName} is an old Excel 97-2003 workbook (.xls), which cannot be read here: open it in Excel, save it as .xlsx (Excel Workbook), and try again`,
    ja: `${fileName}は古いExcel 97-2003形式（.xls）のため読めません。Excelで開き、.xlsx（Excelブック）として保存してからもう一度お試しください`,
  };
}

/** Whether an OLE compound file's directory names a stream (names are UTF-16 LE). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const pattern = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (
    let at = bytes.indexOf(pattern[0] as number);
    at >= 0;
    at = bytes.indexOf(pattern[0] as number, at + 1)
  ) {
    for (let k = 1; k < pattern.length; k++) if (bytes[at + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
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
  const archive = await checkXlsxArchive(bytes, fileName);
  if (!archive.ok) throw new FileReadError(archive.reason);
  const format = workbookFormatProblem(fileName, archive.format);
  if (format) throw new FileReadError(format);
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
      // A merged cell's value is its top-left cell's, as Excel (Range.values) and the
      // command line's reader have it; ExcelJS repeats it in every cell of the merge.
      cells[col - 1] = cell.type === ExcelJS.ValueType.Merge ? null : plainValue(cell.value);
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
