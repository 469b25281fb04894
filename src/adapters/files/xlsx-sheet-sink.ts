/**
 * xlsx output for a CSV source, written as a stream: one worksheet whose XML is
 * produced row by row and deflated straight into the zip, with backpressure (a
 * batch waits until the output has taken the previous one), so memory stays flat
 * at any row count. ExcelJS's streaming writer buffers its whole output when rows
 * come faster than it compresses (about 1 GB at 1,048,575 rows), hence this writer.
 * Numbers written as plain numbers become numbers; everything else stays text.
 * The workbook writer itself is xlsx-writer.ts (shared with `itss import`).
 */
import type { Lang } from "../../core/catalog/types";
import type { CellValue } from "./read-sheet";
import { addedCells, type Added, type ScoredSink } from "./scored-sinks";
import { XlsxWriter, type SheetWriter } from "./xlsx-writer";

/** A plain decimal number without a leading zero (so "00123" stays an ID) and within Excel's 15 digits. */
const NUMBER_TEXT = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

export function csvCellForXlsx(value: CellValue): CellValue {
  if (typeof value === "string" && NUMBER_TEXT.test(value)) return Number(value);
  return value === "" ? null : value;
}

export class XlsxSheetSink implements ScoredSink {
  private readonly book: XlsxWriter;
  private readonly sheet: SheetWriter;
  private values: CellValue[] = [];

  constructor(
    out: NodeJS.WritableStream,
    private readonly options: { width: number; lang: Lang; sheetName: string },
  ) {
    this.book = new XlsxWriter(out);
    const widths: (number | undefined)[] = [];
    widths[options.width + 1] = 80; // the Gap column
    this.sheet = this.book.sheet({ name: options.sheetName, widths });
  }

  row(index: number, cells: readonly CellValue[], _shown: unknown, added: Added): void {
    const values = this.values;
    values.length = 0;
    for (let c = 0; c < cells.length; c++) values.push(csvCellForXlsx(cells[c] ?? null));
    let gapAt = -1;
    if (added) {
      const [level, gap] = addedCells(added, this.options.lang);
      const at = Math.max(this.options.width, cells.length);
      while (values.length < at) values.push(null);
      values.push(level === "" ? null : level, gap === "" ? null : gap);
      gapAt = at + 1;
    }
    this.sheet.row(values, index + 1, gapAt);
  }

  flush(): Promise<void> | undefined {
    return this.sheet.flush();
  }

  async end(): Promise<void> {
    await this.sheet.end();
    await this.book.finish();
  }
}
