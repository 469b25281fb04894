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
  if (rows.length > EXCEL_MAX_ROWS) return tooManyRows(rows.length, EXCEL_MAX_ROWS - 1);
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

/**
 * Too many rows, worded so the figures never seem to contradict each other: the file's
 * rows are counted with its header, the table's room in data rows below its header.
 */
function tooManyRows(rows: number, room: number, headerRow?: number): LimitCheck {
  const n = grouped;
  if (headerRow === undefined) {
    return {
      ok: false,
      message: {
        en:
          `The file has ${n(rows)} rows (its header row included), more than the ${n(EXCEL_MAX_ROWS)} rows of an Excel sheet; ` +
          `a sheet holds at most ${n(EXCEL_MAX_ROWS - 1)} data rows below one header row. Split the file and import it in parts.`,
        ja:
          `ファイルは${n(rows)}行（見出し行を含む）あり、Excelのシートの${n(EXCEL_MAX_ROWS)}行を超えています。` +
          `見出し行1行の下に置けるデータは${n(EXCEL_MAX_ROWS - 1)}行までです。ファイルを分割して取り込んでください。`,
      },
    };
  }
  return {
    ok: false,
    message: {
      en:
        `${n(rows)} data rows do not fit: with the header in row ${n(headerRow)}, there is room for ${n(room)} data rows ` +
        `before the sheet ends at row ${n(EXCEL_MAX_ROWS)}. Split the file and import it in parts.`,
      ja:
        `データ${n(rows)}行は収まりません。見出しが${n(headerRow)}行目にあるため、シート末尾の${n(EXCEL_MAX_ROWS)}行目までに` +
        `置けるデータは${n(room)}行です。ファイルを分割して取り込んでください。`,
    },
  };
}

/**
 * Whether a scored copy fits an Excel sheet: the source's columns plus the added
 * level and gap columns, and its data rows below one header row (csv and xlsx output).
 * @example checkScoredOutputLimits({ dataRows: 10, columns: 16_383, addedColumns: 2 }) // => refused
 */
export function checkScoredOutputLimits(extent: {
  readonly dataRows: number;
  readonly columns: number;
  readonly addedColumns: number;
  readonly headerRow?: number;
}): LimitCheck {
  const rows = checkWriteLimits({ dataRows: extent.dataRows, columns: 0, headerRow: extent.headerRow ?? 1 });
  if (!rows.ok) return rows;
  const total = extent.columns + extent.addedColumns;
  if (total <= EXCEL_MAX_COLUMNS) return OK;
  const n = grouped;
  return {
    ok: false,
    message: {
      en:
        `${n(extent.columns)} columns and the ${extent.addedColumns} score columns make ${n(total)}, more than the ` +
        `${n(EXCEL_MAX_COLUMNS)} columns of an Excel sheet. Remove unused columns, or score to JSON.`,
      ja:
        `${n(extent.columns)}列に採点結果の${extent.addedColumns}列を加えると${n(total)}列になり、Excelのシートの` +
        `${n(EXCEL_MAX_COLUMNS)}列を超えます。不要な列を削除するか、JSONで出力してください。`,
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
