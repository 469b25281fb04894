/**
 * Writes a scored roster back out: the input as it was, every row and value kept,
 * with the ITSS Level and Gap columns (the workbook layout's score columns) added after the last column.
 */
import Papa from "papaparse";
import type { Lang } from "../../core/catalog/types";
import type { RowScore } from "../../core/engine/score-row";
import type { LocatedRoster } from "../../core/roster/locate-roster";
import { gapCellText } from "../../core/roster/score-roster";
import { SCORE_COLUMNS } from "../../core/layout";
import { loadExcelJs, type CellValue, type SheetCells } from "./read-sheet";

export const SCORE_COLUMN_HEADERS = SCORE_COLUMNS;

/** Level and gap cells for each sheet row that holds a header or a scored row. */
function addedCells(
  roster: LocatedRoster,
  scores: readonly RowScore[],
  lang: Lang,
): Map<number, [CellValue, CellValue]> {
  const byIndex = new Map<number, [CellValue, CellValue]>();
  byIndex.set(roster.headerIndex, [SCORE_COLUMN_HEADERS.level[lang], SCORE_COLUMN_HEADERS.gap[lang]]);
  scores.forEach((s, i) => {
    const data = roster.dataRows[i];
    if (!data) return;
    byIndex.set(data.rowNumber - 1, [s.level ?? "", gapCellText(s, lang)]);
  });
  return byIndex;
}

export function scoredCsv(
  sheet: SheetCells,
  roster: LocatedRoster,
  scores: readonly RowScore[],
  lang: Lang,
): string {
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const added = addedCells(roster, scores, lang);
  const out = sheet.rows.map((row, i) => {
    const padded = Array.from({ length: width }, (_, c) => csvCell(row[c] ?? null));
    const extra = added.get(i);
    return extra ? [...padded, csvCell(extra[0]), csvCell(extra[1])] : padded;
  });
  return Papa.unparse(out, { newline: "\r\n" });
}

function csvCell(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  return value;
}

/**
 * xlsx output. For an xlsx input the original workbook is loaded and only the two
 * new columns are written, so formatting and other sheets stay as they were.
 */
export async function scoredXlsx(
  input: { bytes: Uint8Array; kind: "xlsx" | "csv"; sheetName?: string },
  sheet: SheetCells,
  roster: LocatedRoster,
  scores: readonly RowScore[],
  lang: Lang,
): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  let worksheet: import("exceljs").Worksheet | undefined;
  if (input.kind === "xlsx") {
    await workbook.xlsx.load(input.bytes as unknown as ArrayBuffer);
    worksheet = input.sheetName ? workbook.getWorksheet(input.sheetName) : workbook.worksheets[0];
  }
  if (!worksheet) {
    const created = workbook.addWorksheet("Roster");
    // CSV text is written as text: a cell starting with "=" stays text, never a formula.
    sheet.rows.forEach((row) => created.addRow(row.map((v) => v ?? null)));
    worksheet = created;
  }
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const added = addedCells(roster, scores, lang);
  for (const [index, [level, gap]] of added) {
    const row = worksheet.getRow(index + 1);
    row.getCell(width + 1).value = level === "" ? null : level;
    const gapCell = row.getCell(width + 2);
    gapCell.value = gap === "" ? null : gap;
    gapCell.alignment = { wrapText: true, vertical: "top" };
  }
  worksheet.getColumn(width + 2).width = 80;
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
