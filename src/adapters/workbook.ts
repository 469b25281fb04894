/**
 * What the task pane needs from a workbook, as plain data in and out. Two
 * implementations: Excel through Office.js (adapters/excel) and an in-memory
 * workbook for the browser preview and tests (adapters/memory). The UI talks only
 * to this interface, so it is the same code in Excel and in a plain browser.
 */
import type { Localized } from "../core/catalog/types";
import type { SheetReport } from "../core/sheets/report";
import type { RosterTemplate } from "../core/sheets/roster-template";
import type { ScoreColumns, SheetCell, SheetTable, TableData } from "../core/sheets/sheet-table";

export type { ScoreColumns, TableData };

/** Reports progress of long work: done of total steps, with what is happening. */
export type Progress = (done: number, total: number, what: Localized) => void;

export interface WorkbookAdapter {
  readonly kind: "excel" | "memory";
  /** Creates each table, or updates it in place when it exists (same sheet, same name). */
  writeTables(tables: readonly SheetTable[], progress?: Progress): Promise<void>;
  readTable(table: string): Promise<TableData | null>;
  /**
   * Creates a table from a template (the Roster, the Skills sheet...): headers, validation,
   * input messages, formula columns and optional rows. Never overwrites a table of that name.
   */
  createTemplateTable(template: RosterTemplate, progress?: Progress): Promise<void>;
  /** The Roster table, else the first table that looks like a roster; or the selection when asked. */
  findRoster(fromSelection: boolean): Promise<TableData | null>;
  writeScores(target: TableData, columns: ScoreColumns, progress?: Progress): Promise<void>;
  /** Writes a report sheet (tables, charts, colour scales); running it again refreshes the same charts. */
  writeReport(report: SheetReport, progress?: Progress): Promise<void>;
  /**
   * Changes the rows of a table without touching the others: removes the given data
   * rows (0-based), then appends rows at the end. Creates the table (from the spec's
   * headers) when it does not exist. For append-only tables such as History.
   */
  updateTableRows(spec: SheetTable, change: RowChange, progress?: Progress): Promise<void>;
  /** Names of the workbook's sheets, in order. */
  listSheets(): Promise<string[]>;
  /** The used cells of a sheet, from A1 (an import source: read only, never changed). */
  readSheetCells(sheet: string): Promise<SheetCell[][]>;
  /** A setting stored in the workbook (e.g. remembered import mappings); null when unset. */
  readSetting(key: string): Promise<string | null>;
  writeSetting(key: string, value: string): Promise<void>;
  /** Selects one cell (0-based sheet coordinates) and shows its sheet. */
  select(sheet: string, row: number, column: number): Promise<void>;
}

export interface RowChange {
  /** Data rows (0-based) to remove. */
  readonly remove: readonly number[];
  /** Rows to append, in the table's column order (after newColumns are added). */
  readonly append: readonly (readonly SheetCell[])[];
  /** Per appended cell: true when it must land as literal text (format "@" before the value). */
  readonly literal?: readonly (readonly boolean[])[];
  /** Headers of columns to add at the right of the table before appending. */
  readonly newColumns?: readonly string[];
  /**
   * Data rows (0-based, after removal) written in place, in the table's column order
   * after newColumns: a null cell is left as it is (a formula, a value the source lacks).
   */
  readonly update?: readonly RowWrite[];
}

export interface RowWrite {
  readonly index: number;
  readonly cells: readonly SheetCell[];
  /** Per cell: true when it must land as literal text. */
  readonly literal?: readonly boolean[];
}

/** A workbook write that failed part-way: says which table may be incomplete. */
export class WorkbookWriteError extends Error {
  constructor(
    readonly detail: Localized,
    readonly partial: string | null,
    override readonly cause?: unknown,
  ) {
    super(detail.en);
    this.name = "WorkbookWriteError";
  }
}

/** The fill of a row that needs attention (invalid), in every adapter and the download. */
export const INVALID_FILL = "#FDE7E9";

/**
 * Excel's limits on data validation text ([MS-XLS] 2.5.37 DValStrings): longer text
 * makes Excel refuse the whole validation.
 */
export const VALIDATION_TEXT = { title: 32, prompt: 255, error: 225 } as const;

/** Text cut to `max` characters, with an ellipsis when cut. */
export function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** An input message's title, prompt and error alert text within Excel's limits. */
export function clipValidationText(prompt: { readonly title: string; readonly message: string }): {
  title: string;
  prompt: string;
  error: string;
} {
  return {
    title: clipText(prompt.title, VALIDATION_TEXT.title),
    prompt: clipText(prompt.message, VALIDATION_TEXT.prompt),
    error: clipText(prompt.message, VALIDATION_TEXT.error),
  };
}

/** Excel's longest sheet name (Microsoft support, "Rename a worksheet"). */
export const MAX_SHEET_NAME = 31;
const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export type SheetNameProblem = "blank" | "too-long" | "invalid-character" | "quote" | "reserved" | "exists";

export const SHEET_NAME_PROBLEMS: Readonly<Record<SheetNameProblem, Localized>> = {
  blank: { en: "is blank", ja: "が空です" },
  "too-long": { en: "is longer than 31 characters", ja: "が31文字を超えています" },
  "invalid-character": {
    en: "contains one of : \\ / ? * [ ]",
    ja: "に : \\ / ? * [ ] のいずれかが含まれています",
  },
  quote: { en: "starts or ends with '", ja: "が ' で始まるか終わっています" },
  reserved: { en: 'is "History", which Excel reserves', ja: "は Excel が予約している「History」です" },
  exists: { en: "is taken by another sheet", ja: "は別のシートで使われています" },
};

/**
 * Why Excel refuses a sheet name, or null when it accepts it: not blank, at most 31
 * characters, none of : \\ / ? * [ ], not starting or ending with ', not "History",
 * unique without regard to case (Microsoft support, "Rename a worksheet").
 */
export function sheetNameProblem(name: string, existing: readonly string[]): SheetNameProblem | null {
  if (name.trim() === "") return "blank";
  if (name.length > MAX_SHEET_NAME) return "too-long";
  if (INVALID_SHEET_CHARS.test(name)) return "invalid-character";
  if (name.startsWith("'") || name.endsWith("'")) return "quote";
  if (name.toLowerCase() === "history") return "reserved";
  const lower = name.toLowerCase();
  if (existing.some((n) => n.toLowerCase() === lower)) return "exists";
  return null;
}

/**
 * `wanted` when no sheet has that name, else "wanted (2)", "(3)"...: within Excel's
 * 31 characters, unique without regard to case.
 */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  if (sheetNameProblem(wanted, existing) === null) return wanted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (sheetNameProblem(name, existing) === null) return name;
  }
}

/** Any text (a file name) as a sheet name Excel accepts: refused characters become "_". */
export function sheetNameOf(text: string, fallback: string): string {
  const name = text
    .replace(new RegExp(INVALID_SHEET_CHARS.source, "g"), "_")
    .replace(/^'+|'+$/g, "")
    .slice(0, MAX_SHEET_NAME)
    .trim();
  return name === "" ? fallback : name;
}

/**
 * Bytes a write request may carry. Excel on the web refuses requests over 5 MB; a chunk's
 * values stay under 1 MB, leaving room for the number formats sent with them.
 */
export const MAX_REQUEST_BYTES = 1_000_000;

/** UTF-8 bytes of a string, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a cell as Office.js sends it in JSON (quotes, separator). */
function cellBytes(cell: unknown): number {
  if (typeof cell === "string") return utf8Bytes(cell) + 3;
  if (typeof cell === "number") return String(cell).length + 1;
  return 6;
}

/** UTF-8 bytes of a 2-D block of cells as JSON. */
export function jsonBytes(rows: readonly (readonly unknown[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 3;
    for (const cell of row) n += cellBytes(cell);
  }
  return n;
}

/** Splits rows into runs whose request size, in UTF-8 bytes, stays under `maxBytes`. */
export function chunkRows(
  rows: readonly (readonly unknown[])[],
  maxBytes = MAX_REQUEST_BYTES,
): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    let rowBytes = 3;
    for (const cell of row) rowBytes += cellBytes(cell);
    if (size + rowBytes > maxBytes && i > start) {
      chunks.push([start, i]);
      start = i;
      size = 0;
    }
    size += rowBytes;
  });
  if (start < rows.length) chunks.push([start, rows.length]);
  return chunks;
}
