/**
 * xlsx output through ExcelJS's streaming writer, for a CSV source: one sheet with
 * the CSV's rows and the two score columns, committed row by row. Numbers written as
 * plain numbers in the CSV become numbers (SUM works on them); everything else, IDs
 * with leading zeros and text starting with "=" included, stays text.
 */
import type { Lang } from "../../core/catalog/types";
import type { CellValue } from "./read-sheet";
import { loadExcelJs } from "./read-sheet";
import { addedCells, type Added, type ScoredSink } from "./scored-sinks";

/** A plain decimal number without a leading zero (so "00123" stays an ID) and within Excel's 15 digits. */
const NUMBER_TEXT = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

export function csvCellForXlsx(value: CellValue): CellValue {
  if (typeof value === "string" && NUMBER_TEXT.test(value)) return Number(value);
  return value === "" ? null : value;
}

interface StreamingWorkbookWriter {
  addWorksheet(name: string): import("exceljs").Worksheet;
  commit(): Promise<void>;
}

export class XlsxWriterSink implements ScoredSink {
  private constructor(
    private readonly book: StreamingWorkbookWriter,
    private readonly sheet: import("exceljs").Worksheet,
    private readonly width: number,
    private readonly lang: Lang,
  ) {}

  static async open(
    out: NodeJS.WritableStream,
    options: { width: number; lang: Lang; sheetName: string },
  ): Promise<XlsxWriterSink> {
    const ExcelJS = await loadExcelJs();
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out as never,
      useStyles: true,
      useSharedStrings: false,
    }) as unknown as StreamingWorkbookWriter;
    const sheet = book.addWorksheet(options.sheetName);
    // One style for the whole gap column: no style is registered per cell.
    const gap = sheet.getColumn(options.width + 2);
    gap.width = 80;
    gap.alignment = { wrapText: true, vertical: "top" };
    return new XlsxWriterSink(book, sheet, options.width, options.lang);
  }

  row(_index: number, cells: readonly CellValue[], _shown: unknown, added: Added): void {
    const values: CellValue[] = new Array<CellValue>(added ? this.width + 2 : cells.length).fill(null);
    for (let c = 0; c < cells.length; c++) values[c] = csvCellForXlsx(cells[c] ?? null);
    if (added) {
      const [level, gap] = addedCells(added, this.lang);
      values[Math.max(this.width, cells.length)] = level === "" ? null : level;
      values[Math.max(this.width, cells.length) + 1] = gap === "" ? null : gap;
    }
    this.sheet.addRow(values).commit();
  }

  flush(): undefined {
    return undefined;
  }

  async end(): Promise<void> {
    this.sheet.commit();
    await this.book.commit();
  }
}
