/**
 * One sheet of an xlsx read as a stream of row batches through ExcelJS's streaming
 * reader: shared strings and styles are cached (as Excel needs them to show a
 * cell), rows pass through in batches. Rows the file leaves out come as empty rows,
 * so a row's index is always its sheet row number less one.
 */
import { Readable, Transform, Writable } from "node:stream";
import type { Row } from "exceljs";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { listParts, partStreams, runPipeline } from "./zip-parts";
import { FileReadError, loadExcelJs, plainValue, type CellValue } from "./read-sheet";
import type { RowBatch } from "./csv-stream";
import { shownText } from "./shown-text";

export interface XlsxStream {
  /** The sheet being read; known once the first batch has been asked for. */
  sheetName(): string;
  /** Widest row seen so far, in columns. */
  width(): number;
  /** Sheets the workbook lists. */
  sheetCount(): number;
  readonly batches: AsyncIterable<RowBatch>;
}

interface StreamingWorkbookReader {
  model?: { sheets?: { name: string }[] };
  parse(): AsyncIterable<{ eventType: string; value: StreamingWorksheetReader }>;
  // ExcelJS 4.4's own part parsers (not in its typings); see presetWorkbookParts.
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
}
interface StreamingWorksheetReader {
  name?: string;
  parse(): AsyncIterable<{ eventType: string; value: Row }[]>;
}

/** Rows handed on at a time (as the CSV stream's batches). */
const BATCH_ROWS = 2000;

/** Counts the bytes ExcelJS reads and stops past the limit. */
function limited(path: string, maxBytes: number): NodeJS.ReadableStream {
  let total = 0;
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      if (total > maxBytes)
        done(
          new FileReadError(
            `${path} is larger than ${Math.round(maxBytes / 1048576)} MB, the limit for one file`,
          ),
        );
      else done(null, chunk);
    },
  });
  source.on("error", (err) => counter.destroy(err));
  return source.pipe(counter);
}

/** The workbook's sheet list and its relationships are small; more is not a workbook part. */
const MAX_WORKBOOK_PART_BYTES = 16 * 1024 * 1024;

/** xl/workbook.xml and its relationships, by part name, read through the central directory. */
async function workbookPartTexts(path: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const handle = await open(path, "r");
  try {
    for (const part of await listParts(handle)) {
      if (part.name !== "xl/workbook.xml" && part.name !== "xl/_rels/workbook.xml.rels") continue;
      const chunks: Buffer[] = [];
      let total = 0;
      const collect = new Writable({
        write(chunk: Buffer, _enc, done) {
          total += chunk.length;
          if (total > MAX_WORKBOOK_PART_BYTES) done(new FileReadError(`${path}: ${part.name} is too large`));
          else {
            chunks.push(chunk);
            done();
          }
        },
      });
      await runPipeline([...(await partStreams(path, handle, part)), collect]);
      texts.set(part.name, Buffer.concat(chunks).toString("utf8"));
    }
  } finally {
    await handle.close();
  }
  return texts;
}

/**
 * ExcelJS's streaming reader learns the sheet names from xl/workbook.xml as it meets it
 * in the zip. Writers that store that part last (ExcelJS itself does) make it parse a
 * worksheet before it knows the workbook, and it fails with "Cannot read properties of
 * undefined (reading 'sheets')", intermittently on Node 18+ (exceljs issue 3064). Reading
 * the two small parts through the zip's central directory first gives it the workbook
 * before any worksheet, whatever the order of the parts. A file whose directory cannot
 * be read is left to the reader, which reports the damage.
 */
async function presetWorkbookParts(reader: StreamingWorkbookReader, path: string): Promise<void> {
  let texts: Map<string, string>;
  try {
    texts = await workbookPartTexts(path);
  } catch (err) {
    if (err instanceof FileReadError) throw err;
    return;
  }
  const rels = texts.get("xl/_rels/workbook.xml.rels");
  const workbook = texts.get("xl/workbook.xml");
  if (rels === undefined || workbook === undefined) return;
  await reader._parseRels(Readable.from([rels]));
  await reader._parseWorkbook(Readable.from([workbook]));
}

export async function openXlsxStream(
  path: string,
  options: { maxBytes: number; sheet?: string; shown?: boolean },
): Promise<XlsxStream> {
  const ExcelJS = await loadExcelJs();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(limited(path, options.maxBytes) as never, {
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  }) as unknown as StreamingWorkbookReader;
  await presetWorkbookParts(reader, path);
  let name = "";
  let width = 0;

  async function* batches(): AsyncGenerator<RowBatch> {
    let found = false;
    const seen: string[] = [];
    try {
      for await (const { eventType, value: sheet } of reader.parse()) {
        if (eventType !== "worksheet") continue;
        seen.push(sheet.name ?? "");
        const wanted = options.sheet ?? reader.model?.sheets?.[0]?.name;
        if (wanted !== undefined && sheet.name !== wanted) continue;
        found = true;
        name = sheet.name ?? "Sheet1";
        let next = 1;
        let rows: CellValue[][] = [];
        let shown: string[][] | undefined = options.shown ? [] : undefined;
        for await (const events of sheet.parse()) {
          for (const { eventType: kind, value: row } of events) {
            if (kind !== "row") continue;
            for (; next < row.number; next++) {
              rows.push([]);
              shown?.push([]);
            }
            next = row.number + 1;
            const cells: CellValue[] = [];
            if (shown) {
              const texts: string[] = [];
              row.eachCell({ includeEmpty: false }, (cell, col) => {
                const v = plainValue(cell.value);
                cells[col - 1] = v;
                texts[col - 1] = shownText(v, cell.numFmt);
              });
              for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) texts[i] = "";
              shown.push(texts);
            } else
              row.eachCell({ includeEmpty: false }, (cell, col) => {
                cells[col - 1] = plainValue(cell.value);
              });
            for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
            if (cells.length > width) width = cells.length;
            rows.push(cells);
          }
          // ExcelJS hands over a few dozen rows at a time; the batches the caller gets
          // are larger, so the output is written in fewer, larger pieces.
          if (rows.length >= BATCH_ROWS) {
            yield shown ? { rows, shown } : { rows };
            rows = [];
            if (shown) shown = [];
          }
        }
        if (rows.length > 0) yield shown ? { rows, shown } : { rows };
        break;
      }
    } catch (err) {
      if (err instanceof FileReadError) throw err;
      const detail = err instanceof Error ? err.message : String(err);
      throw new FileReadError(`${path} cannot be read as an xlsx workbook (${detail})`);
    }
    if (!found) {
      const names = (reader.model?.sheets?.map((s) => s.name) ?? seen).map((n) => `"${n}"`).join(", ");
      throw new FileReadError(
        options.sheet === undefined
          ? `${path} has no sheets`
          : `${path} has no sheet "${options.sheet}". Sheets: ${names}`,
      );
    }
  }

  return {
    sheetName: () => name,
    width: () => width,
    sheetCount: () => reader.model?.sheets?.length ?? 1,
    batches: batches(),
  };
}
