/**
 * Opens a roster file in the preview through the import pipeline: the file's sheet
 * is kept as it is on a sheet of its own, and the roster read from it (header row
 * below titles, columns mapped, units read, problems flagged) becomes the Roster table.
 */
import { planImport } from "../../core/import";
import { arrangeForTable } from "../../core/sheets/import-sheets";
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
  const planned = planImport(sheet.rows, { mode: "replace" });
  if (!planned.ok) {
    throw new WorkbookWriteError(
      { en: `${fileName}: ${planned.message.en}`, ja: `${fileName}：${planned.message.ja}` },
      null,
    );
  }
  const cells = sheet.rows.map(
    (r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) as SheetCell[],
  );
  workbook.putSheet(sourceSheetName(workbook, fileName), cells);
  for (const name of ["Roster"]) {
    const t = workbook.tables.findIndex((x) => x.name === name);
    if (t >= 0) workbook.tables.splice(t, 1);
    const s = workbook.sheets.findIndex((x) => x.name === name);
    if (s >= 0) workbook.sheets.splice(s, 1);
  }
  const arranged = arrangeForTable(planned.plan, null);
  await workbook.updateTableRows(
    { sheet: "Roster", table: "Roster", headers: arranged.headers, rows: [] },
    { remove: [], append: arranged.rows, literal: arranged.literal },
  );
  workbook.activeSheet = "Roster";
  return { rows: arranged.rows.length };
}

/**
 * The opened file's own sheet: named after the file, but never the Roster (replaced
 * just after) nor a sheet already there, so opening a file never removes the user's data.
 */
function sourceSheetName(workbook: MemoryWorkbook, fileName: string): string {
  const base = fileName.replace(/\.[^.]+$/, "").slice(0, 28) || "Source";
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  taken.add("roster");
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 26)} ${n}`;
  return name;
}
