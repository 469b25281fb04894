/**
 * The in-memory workbook as an xlsx file (ExcelJS, loaded on demand): every sheet's
 * displayed values, its tables as Excel tables, column widths and the invalid-row
 * fills. Formulas are written as their values and charts are left out: live
 * formulas and native charts exist only when the add-in runs in Excel.
 */
import { loadExcelJs } from "../files/read-sheet";
import type { MemoryWorkbook } from "./memory-workbook";

export async function exportXlsx(workbook: MemoryWorkbook): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const book = new ExcelJS.Workbook();
  book.creator = "ITSS Skill Scoring";
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name);
    const used = workbook.usedRange(sheet.name);
    if (!used) continue;
    const values = workbook.values(sheet.name, 0, 0, used.rows, used.columns);
    const tables = workbook.tables.filter((t) => t.sheet === sheet.name);
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        const source = sheet.cells[r]?.[c];
        if (source?.text) cell.numFmt = "@";
        if (source?.fill)
          cell.fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: `FF${source.fill.replace("#", "")}` },
          };
        if (typeof value === "string" && value.includes("\n"))
          cell.alignment = { wrapText: true, vertical: "top" };
      });
    });
    sheet.widths.forEach((w, c) => {
      if (w) ws.getColumn(c + 1).width = w;
    });
    for (const t of tables) {
      // A table over cells that are already written: ExcelJS needs its columns named.
      const header =
        values[t.top]?.slice(t.left, t.left + t.columns).map((h, i) => String(h ?? `Column${i + 1}`)) ?? [];
      const body = values.slice(t.top + 1, t.top + t.rows).map((r) => r.slice(t.left, t.left + t.columns));
      ws.addTable({
        name: t.name,
        ref: ws.getCell(t.top + 1, t.left + 1).address,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: header.map((name) => ({ name, filterButton: true })),
        rows: body.map((r) => r.map((v) => v ?? "")),
      });
    }
    if (tables.some((t) => t.top === 0)) ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
