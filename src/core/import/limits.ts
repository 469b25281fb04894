/**
 * Excel's hard limits, checked before anything is written so an import fails
 * with a clear message instead of half-writing a sheet or cutting data off.
 */
import type { Localized } from "../catalog/types";
import type { SheetRows } from "./types";

/** Rows of an Excel worksheet (Excel 2007 and later). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Columns of an Excel worksheet (A to XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;
/** Data rows one import can write: the sheet's rows less the Roster table's header row. */
export const MAX_IMPORT_ROWS = EXCEL_MAX_ROWS - 1;
/** Columns one import can write. */
export const MAX_IMPORT_COLUMNS = EXCEL_MAX_COLUMNS;
/** Characters Excel keeps in one cell; a longer text would be cut, so such cells are flagged. */
export const MAX_CELL_TEXT = 32_767;

export type LimitCheck = { readonly ok: true } | { readonly ok: false; readonly message: Localized };

const OK: LimitCheck = Object.freeze({ ok: true });

/**
 * Whether a sheet's cells fit in an Excel sheet at all; a CSV can be longer or wider.
 * Checked first, so an oversized file is refused before it is scanned.
 * @example checkSheetLimits([["a"]]) // => { ok: true }
 */
export function checkSheetLimits(rows: SheetRows): LimitCheck {
  if (rows.length > EXCEL_MAX_ROWS) return tooManyRows(rows.length, EXCEL_MAX_ROWS);
  let widest = 0;
  for (const row of rows) if (row.length > widest) widest = row.length;
  if (widest > EXCEL_MAX_COLUMNS) return tooManyColumns(widest);
  return OK;
}

export interface WriteExtent {
  /** Data rows the Roster table will hold after the write (existing rows included when appending). */
  readonly dataRows: number;
  readonly columns: number;
  /** Sheet row of the Roster table's header row; 1 for a new sheet. */
  readonly headerRow?: number;
}

/**
 * Whether a write fits below the table's header row. The adapter calls it for an
 * append with the rows already in the table, since only it knows where the table sits.
 * @example checkWriteLimits({ dataRows: MAX_IMPORT_ROWS, columns: 21 }) // => { ok: true }
 */
export function checkWriteLimits(extent: WriteExtent): LimitCheck {
  const headerRow = Math.max(1, extent.headerRow ?? 1);
  const room = EXCEL_MAX_ROWS - headerRow;
  if (extent.dataRows > room) return tooManyRows(extent.dataRows, room, headerRow);
  if (extent.columns > MAX_IMPORT_COLUMNS) return tooManyColumns(extent.columns);
  return OK;
}

function tooManyRows(rows: number, room: number, headerRow?: number): LimitCheck {
  const below =
    headerRow === undefined
      ? { en: "", ja: "" }
      : {
          en: ` below the header in row ${grouped(headerRow)}`,
          ja: `（見出し行${grouped(headerRow)}行目の下）`,
        };
  return {
    ok: false,
    message: {
      en:
        `${grouped(rows)} rows do not fit: an Excel sheet has ${grouped(EXCEL_MAX_ROWS)} rows, ` +
        `so at most ${grouped(room)} rows fit${below.en}. Split the file and import it in parts.`,
      ja:
        `${grouped(rows)}行は収まりません。Excelのシートは${grouped(EXCEL_MAX_ROWS)}行までのため、` +
        `書き込めるのは${grouped(room)}行まで${below.ja}です。ファイルを分割して取り込んでください。`,
    },
  };
}

function tooManyColumns(columns: number): LimitCheck {
  return {
    ok: false,
    message: {
      en:
        `${grouped(columns)} columns do not fit: an Excel sheet has at most ${grouped(EXCEL_MAX_COLUMNS)} columns. ` +
        `Remove unused columns and import again.`,
      ja:
        `${grouped(columns)}列は収まりません。Excelのシートは${grouped(EXCEL_MAX_COLUMNS)}列までです。` +
        `不要な列を削除してから取り込んでください。`,
    },
  };
}

function grouped(n: number): string {
  return n.toLocaleString("en-US");
}
