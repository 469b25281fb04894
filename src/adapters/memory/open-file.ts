/**
 * Opens a roster file in the preview: the file's first sheet is kept as it is on a
 * sheet of its own, and the roster found in it becomes the Roster table.
 */
import { locateRoster } from "../../core/roster/locate-roster";
import type { Localized } from "../../core/catalog/types";
import type { SheetCell } from "../../core/sheets/sheet-table";
import { readSheet } from "../files/read-sheet";
import { WorkbookWriteError } from "../workbook";
import type { MemoryWorkbook } from "./memory-workbook";

export async function openRosterFile(
  workbook: MemoryWorkbook,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ rows: number }> {
  const sheet = await readSheet(bytes, fileName);
  const cells = sheet.rows.map(
    (r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) as SheetCell[],
  );
  const located = locateRoster(cells);
  if (!located.ok) {
    const reason: Localized = {
      en: `${fileName}: ${located.reason}`,
      ja: `${fileName}：名簿の見出し行が見つかりません（${located.reason}）`,
    };
    throw new WorkbookWriteError(reason, null);
  }
  const source = fileName.replace(/\.[^.]+$/, "").slice(0, 28) || "Source";
  workbook.putSheet(source, cells);
  const headers = located.roster.headers.headers;
  const rows = located.roster.dataRows.map((d) => headers.map((_, i) => (d.cells[i] ?? null) as SheetCell));
  const existing = workbook.tables.findIndex((t) => t.name === "Roster");
  if (existing >= 0) workbook.tables.splice(existing, 1);
  const rosterSheet = workbook.sheets.findIndex((s) => s.name === "Roster");
  if (rosterSheet >= 0) workbook.sheets.splice(rosterSheet, 1);
  await workbook.writeTables([
    { sheet: "Roster", table: "Roster", headers: [...headers], rows, text: headers.map(() => true) },
  ]);
  workbook.activeSheet = "Roster";
  return { rows: rows.length };
}
