/**
 * One sheet of an xlsx read as a stream of row batches, straight from the zip with
 * the saxes XML parser (the one ExcelJS uses). The small parts (the workbook, its
 * relationships, the styles) and the shared strings are read first through the zip's
 * central directory, whatever order the writer stored them in; then the sheet's XML
 * is inflated and parsed as it streams, each cell becoming its plain value (a shared
 * or inline string, a number, a boolean, an error's text, a date when its number
 * format is a date format). Rows the file leaves out come as empty rows, so a row's
 * index is always its sheet row number less one.
 *
 * Why not ExcelJS's streaming reader: it builds a row and a cell object with an
 * address and a style for every cell, and a sheet stored before the shared strings
 * (ExcelJS's own writer does this) is copied to a temporary file and read again. It
 * also reads a Japanese shared string's phonetic reading (rPh) in place of its text.
 */
import { pipeline, Readable } from "node:stream";
import { open, type FileHandle } from "node:fs/promises";
import { createReadStream } from "node:fs";
import zlib from "node:zlib";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { listParts, type ZipPart } from "./zip-parts";
import { FileReadError, type CellValue } from "./read-sheet";
import type { RowBatch } from "./csv-stream";
import { shownText } from "./shown-text";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../core/import/limits";

export interface XlsxStream {
  /** The sheet being read. */
  sheetName(): string;
  /** Widest row seen so far, in columns. */
  width(): number;
  /** Sheets the workbook lists. */
  sheetCount(): number;
  readonly batches: AsyncIterable<RowBatch>;
}

/** The workbook, its relationships and the styles are small; more is not such a part. */
const MAX_SMALL_PART_LENGTH = 16 * 1024 * 1024;

/** Number formats Excel knows by id without writing them down (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A format that shows a date or a time: a date part outside quoted text, escapes and [colour] tags. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare);
}

/** An Excel serial day number as a Date (UTC): days since 1899-12-30, or since 1904-01-01. */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** The element's name without its namespace prefix ("x:row" -> "row"). */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** "BC12" -> 54 (0-based column); -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
  }
  return i === 0 ? -1 : col - 1;
}

interface Zip {
  readonly path: string;
  readonly handle: FileHandle;
  readonly parts: Map<string, ZipPart>;
}

function findPart(zip: Zip, name: string): ZipPart | undefined {
  const exact = zip.parts.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [key, part] of zip.parts) if (key.toLowerCase() === lower) return part;
  return undefined;
}

/** Where a part's compressed data starts in the file (after its local header). */
async function dataStart(zip: Zip, part: ZipPart): Promise<number> {
  const header = Buffer.alloc(30);
  await zip.handle.read(header, 0, 30, part.localOffset);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new Error(`part ${part.name} has no local header`);
  if (part.method !== 0 && part.method !== 8)
    throw new Error(`part ${part.name} uses an unknown compression`);
  return part.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}

/** A part's text as it inflates, in UTF-8 chunks; the stream opens the file itself. */
function partText(path: string, part: ZipPart, start: number): Readable {
  if (part.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, {
    start,
    end: start + part.compressedSize - 1,
    highWaterMark: 1 << 16,
  });
  const out: Readable =
    part.method === 8 ? pipeline(raw, zlib.createInflateRaw({ chunkSize: 1 << 16 }), () => undefined) : raw;
  out.setEncoding("utf8");
  return out;
}

type Handlers = {
  open(tag: SaxesTagPlain): void;
  text?(text: string): void;
  close?(tag: SaxesTagPlain): void;
};

function parser(handlers: Handlers): { write(text: string): void; close(): void } {
  const sax = new SaxesParser<{ position: false; xmlns: false }>({ position: false, xmlns: false });
  let failure: Error | undefined;
  sax.on("error", (err) => {
    failure ??= err;
  });
  sax.on("opentag", handlers.open);
  if (handlers.text) sax.on("text", handlers.text);
  if (handlers.close) sax.on("closetag", handlers.close);
  return {
    write(text) {
      sax.write(text);
      if (failure) throw failure;
    },
    close() {
      sax.close();
      if (failure) throw failure;
    },
  };
}

/** Parses a whole (small) part with the handlers. */
async function parsePart(zip: Zip, part: ZipPart, handlers: Handlers, maxLength = Infinity): Promise<void> {
  const sax = parser(handlers);
  const text = partText(zip.path, part, await dataStart(zip, part));
  let length = 0;
  try {
    for await (const chunk of text) {
      length += (chunk as string).length;
      if (length > maxLength) throw new Error(`part ${part.name} is larger than a workbook part can be`);
      sax.write(chunk as string);
    }
  } finally {
    text.destroy();
  }
  sax.close();
}

interface Workbook {
  /** The sheets in the workbook's order; a chart sheet has no cells (`worksheet` false). */
  readonly sheets: { name: string; part: string | undefined; worksheet: boolean }[];
  readonly date1904: boolean;
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

/** A relationship's target as a part name: relative to xl/, or absolute from the root. */
function partName(target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const piece of path.split("/")) {
    if (piece === "..") out.pop();
    else if (piece !== "." && piece !== "") out.push(piece);
  }
  return out.join("/");
}

async function readWorkbook(zip: Zip): Promise<Workbook> {
  const book = findPart(zip, "xl/workbook.xml");
  if (!book) throw new Error("it has no xl/workbook.xml");
  const listed: { name: string; id: string }[] = [];
  let date1904 = false;
  await parsePart(
    zip,
    book,
    {
      open(tag) {
        const name = local(tag.name);
        if (name === "sheet") {
          let id = "";
          for (const key in tag.attributes) if (local(key) === "id") id = tag.attributes[key] as string;
          listed.push({ name: tag.attributes.name ?? "", id });
        } else if (name === "workbookPr") {
          const v = tag.attributes.date1904;
          date1904 = v === "1" || v === "true";
        }
      },
    },
    MAX_SMALL_PART_LENGTH,
  );
  const targets = new Map<string, { name: string; worksheet: boolean }>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  const rels = findPart(zip, "xl/_rels/workbook.xml.rels");
  if (rels)
    await parsePart(
      zip,
      rels,
      {
        open(tag) {
          if (local(tag.name) !== "Relationship") return;
          const { Id: id, Type: type = "", Target: target } = tag.attributes;
          if (target === undefined) return;
          const name = partName(target);
          if (id !== undefined) targets.set(id, { name, worksheet: type.endsWith("/worksheet") });
          if (type.endsWith("/sharedStrings")) sharedStrings = name;
          else if (type.endsWith("/styles")) styles = name;
        },
      },
      MAX_SMALL_PART_LENGTH,
    );
  return {
    sheets: listed.map((s) => {
      const target = targets.get(s.id);
      return { name: s.name, part: target?.name, worksheet: target?.worksheet ?? false };
    }),
    date1904,
    sharedStrings:
      sharedStrings ?? (findPart(zip, "xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : undefined),
    styles: styles ?? (findPart(zip, "xl/styles.xml") ? "xl/styles.xml" : undefined),
  };
}

/** Each cell style's number format, by the style's index (the s attribute of a cell). */
async function readFormats(zip: Zip, name: string | undefined): Promise<(string | undefined)[]> {
  const part = name === undefined ? undefined : findPart(zip, name);
  if (!part) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  await parsePart(
    zip,
    part,
    {
      open(tag) {
        const n = local(tag.name);
        if (n === "numFmt") {
          const id = Number(tag.attributes.numFmtId);
          if (Number.isInteger(id)) custom.set(id, tag.attributes.formatCode ?? "");
        } else if (n === "cellXfs") inCellXfs = true;
        else if (n === "xf" && inCellXfs) ids.push(Number(tag.attributes.numFmtId ?? 0));
      },
      close(tag) {
        if (local(tag.name) === "cellXfs") inCellXfs = false;
      },
    },
    MAX_SMALL_PART_LENGTH,
  );
  return ids.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id]);
}

/**
 * The shared strings, in order: the text of each item's runs, without the phonetic
 * readings (rPh) Japanese Excel stores beside them.
 */
async function readSharedStrings(zip: Zip, name: string | undefined): Promise<string[]> {
  const part = name === undefined ? undefined : findPart(zip, name);
  if (!part) return [];
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  await parsePart(zip, part, {
    open(tag) {
      const n = local(tag.name);
      if (n === "si") text = "";
      else if (n === "t") inText = phonetic === 0;
      else if (n === "rPh") phonetic++;
    },
    text(t) {
      if (inText) text += t;
    },
    close(tag) {
      const n = local(tag.name);
      if (n === "t") inText = false;
      else if (n === "rPh") phonetic--;
      else if (n === "si") strings.push(text);
    },
  });
  return strings;
}

export async function openXlsxStream(
  path: string,
  options: { maxBytes: number; sheet?: string; shown?: boolean },
): Promise<XlsxStream> {
  const handle = await open(path, "r");
  let zip: Zip;
  let book: Workbook;
  let sheetPart: ZipPart;
  let sheetStart: number;
  let sheetName: string;
  let formats: (string | undefined)[];
  let shared: string[];
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes)
      throw new FileReadError(
        `${path} is larger than ${Math.round(options.maxBytes / 1048576)} MB, the limit for one file`,
      );
    try {
      zip = { path, handle, parts: new Map((await listParts(handle)).map((p) => [p.name, p])) };
      book = await readWorkbook(zip);
    } catch (err) {
      throw unreadable(path, err);
    }
    const wanted =
      options.sheet === undefined
        ? book.sheets.find((s) => s.worksheet)
        : book.sheets.find((s) => s.name === options.sheet);
    if (!wanted) {
      const names = book.sheets.map((s) => `"${s.name}"`).join(", ");
      throw new FileReadError(
        options.sheet === undefined || book.sheets.length === 0
          ? `${path} has no sheets`
          : `${path} has no sheet "${options.sheet}". Sheets: ${names}`,
      );
    }
    const part = wanted.part === undefined ? undefined : findPart(zip, wanted.part);
    if (!part) throw unreadable(path, new Error(`sheet "${wanted.name}" has no part in the zip`));
    sheetPart = part;
    sheetName = wanted.name;
    try {
      sheetStart = await dataStart(zip, part);
      formats = await readFormats(zip, book.styles);
      shared = await readSharedStrings(zip, book.sharedStrings);
    } catch (err) {
      throw unreadable(path, err);
    }
  } finally {
    await handle.close();
  }
  const dates = formats.map(isDateFormat);
  const date1904 = book.date1904;
  let width = 0;

  async function* batches(): AsyncGenerator<RowBatch> {
    let rows: CellValue[][] = [];
    let shown: string[][] | undefined = options.shown ? [] : undefined;
    // The row being read.
    let rowNumber = 0;
    let cells: CellValue[] = [];
    let texts: string[] = [];
    // The cell being read.
    let col = -1;
    let type = "n";
    let style = 0;
    let text = "";
    let hasValue = false;
    let capture = false;
    let inInline = false;
    let phonetic = 0;
    /** Rows already handed on. */
    let done = 0;

    const endRow = (): void => {
      for (let i = 0; i < cells.length; i++)
        if (cells[i] === undefined) {
          cells[i] = null;
          if (shown) texts[i] = "";
        }
      if (cells.length > width) width = cells.length;
      // Rows the file leaves out are empty rows; a row out of order goes where it comes.
      // Past Excel's last row the gap is not filled: the reader's caller refuses the sheet.
      const upTo = Math.min(rowNumber, EXCEL_MAX_ROWS + 1);
      for (let next = rows.length + done + 1; next < upTo; next++) {
        rows.push([]);
        shown?.push([]);
      }
      rows.push(cells);
      shown?.push(texts);
    };

    const endCell = (): void => {
      if (!hasValue || col < 0) return;
      let value: CellValue;
      switch (type) {
        case "s": {
          // An empty shared string is an empty cell, as ExcelJS reads it.
          const s = shared[Number(text)];
          value = s === undefined || s === "" ? null : s;
          break;
        }
        case "inlineStr":
        case "str":
        case "e":
          value = text;
          break;
        case "b":
          value = text === "" ? null : Number(text) !== 0;
          break;
        case "d": {
          // An ISO 8601 date and time as Excel keeps it: no zone is the clock's time (UTC here, as serial days are).
          const d = new Date(/T[^Z+-]*$/.test(text) ? `${text}Z` : text);
          value = Number.isNaN(d.getTime()) ? text : d;
          break;
        }
        default: {
          if (text === "") {
            value = null;
            break;
          }
          const n = parseFloat(text);
          value = dates[style] === true && Number.isFinite(n) ? serialToDate(n, date1904) : n;
        }
      }
      if (value === null) return;
      cells[col] = value;
      if (shown) texts[col] = shownText(value, formats[style]);
    };

    const sax = parser({
      open(tag) {
        const attributes = tag.attributes;
        switch (tag.name.indexOf(":") < 0 ? tag.name : local(tag.name)) {
          case "c": {
            const ref = attributes.r;
            const at = ref === undefined ? -1 : columnOf(ref);
            col = at >= 0 ? at : col + 1;
            if (col >= EXCEL_MAX_COLUMNS)
              throw new FileReadError(
                `${path}: row ${rowNumber} has a cell in column ${(col + 1).toLocaleString("en-US")}, past Excel's ${EXCEL_MAX_COLUMNS.toLocaleString("en-US")} columns`,
              );
            type = attributes.t ?? "n";
            const s = attributes.s;
            style = s === undefined ? 0 : Number(s);
            text = "";
            hasValue = false;
            inInline = false;
            break;
          }
          case "v":
            text = "";
            hasValue = true;
            capture = true;
            break;
          case "is":
            text = "";
            hasValue = true;
            inInline = true;
            break;
          case "t":
            capture = inInline && phonetic === 0;
            break;
          case "rPh":
            phonetic++;
            break;
          case "row": {
            const r = attributes.r;
            rowNumber = r === undefined ? rowNumber + 1 : Number(r);
            cells = [];
            if (shown) texts = [];
            col = -1;
            break;
          }
        }
      },
      text(t) {
        if (capture) text += t;
      },
      close(tag) {
        switch (tag.name.indexOf(":") < 0 ? tag.name : local(tag.name)) {
          case "v":
          case "t":
            capture = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "is":
            inInline = false;
            break;
          case "c":
            endCell();
            break;
          case "row":
            endRow();
            break;
        }
      },
    });

    const stream = partText(path, sheetPart, sheetStart);
    try {
      for await (const chunk of stream) {
        sax.write(chunk as string);
        // Each chunk's rows go on at once (a few dozen): rows held longer live through a
        // young-generation collection with the chunk's text, and V8 copies them to its
        // old space (at 2,000 rows a batch, about 150 MB more at 100,000 rows, 1.2x the CPU time).
        if (rows.length > 0) {
          done += rows.length;
          const batch: RowBatch = shown ? { rows, shown } : { rows };
          rows = [];
          if (shown) shown = [];
          yield batch;
        }
      }
      sax.close();
    } catch (err) {
      stream.destroy();
      throw unreadable(path, err);
    }
    if (rows.length > 0) yield shown ? { rows, shown } : { rows };
  }

  return {
    sheetName: () => sheetName,
    width: () => width,
    sheetCount: () => book.sheets.length,
    batches: batches(),
  };
}

function unreadable(path: string, err: unknown): FileReadError {
  if (err instanceof FileReadError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new FileReadError(`${path} cannot be read as an xlsx workbook (${detail})`);
}
