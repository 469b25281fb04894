/**
 * The preview's "Open a roster file": the file read through the import pipeline
 * (header row below titles, columns mapped, units read, problems flagged) becomes the
 * Roster table, and the file's sheet is kept as it is on a sheet of its own. Only the
 * in-memory workbook of the preview opens files this way.
 */
import { planImport } from "../core/import";
import { LAYOUT } from "../core/layout";
import { arrangeForTable } from "../core/import/sheets";
import type { SheetCell } from "../core/sheets/sheet-table";
import { freeSheetName, sheetNameOf } from "../adapters/workbook";
import type { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import { sourceFromFile } from "./import";
import { ActionProblem, notARoster } from "./problem";

export async function openRosterFile(
  workbook: MemoryWorkbook,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ rows: number }> {
  const sheet = await sourceFromFile(bytes, fileName);
  const planned = planImport(sheet.rows, { mode: "replace" });
  if (!planned.ok) {
    throw new ActionProblem({
      en: `${fileName}: ${planned.message.en}`,
      ja: `${fileName}：${planned.message.ja}`,
    });
  }
  // A file none of whose columns is a roster column is not a roster: it must not replace one.
  if (!planned.plan.columns.some((c) => c.key !== null && c.sourceIndex !== null))
    throw new ActionProblem(notARoster(fileName));
  const cells = sheet.rows.map(
    (r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)) as SheetCell[],
  );
  workbook.putSheet(sourceSheetName(workbook, fileName), cells);
  workbook.sources.push(fileName);
  for (const name of [LAYOUT.roster.table]) {
    const t = workbook.tables.findIndex((x) => x.name === name);
    if (t >= 0) workbook.tables.splice(t, 1);
    const s = workbook.sheets.findIndex((x) => x.name === name);
    if (s >= 0) workbook.sheets.splice(s, 1);
  }
  const arranged = arrangeForTable(planned.plan, null);
  await workbook.updateTableRows(
    { ...LAYOUT.roster, headers: arranged.headers, rows: [] },
    { remove: [], append: arranged.rows, literal: arranged.literal },
  );
  workbook.activeSheet = LAYOUT.roster.sheet;
  return { rows: arranged.rows.length };
}

/**
 * The opened file's own sheet: named after the file, but never the Roster (replaced
 * just after) nor a sheet already there, so opening a file never removes the user's data.
 */
function sourceSheetName(workbook: MemoryWorkbook, fileName: string): string {
  const base = sheetNameOf(fileName.replace(/\.[^.]+$/, ""), "Source");
  // Excel's rules (no "History", no [ ] : ...), and never the Roster's name.
  return freeSheetName(base, [...workbook.sheets.map((s) => s.name), LAYOUT.roster.sheet]);
}
