/**
 * Where scored rows go, one batch at a time: JSON (one object per scored row, then
 * the account of every row) and
 * CSV (the input with the two score columns), written to a stream as rows are
 * scored, so nothing of a row is kept once its batch is written.
 */
import Papa from "papaparse";
import type { Lang } from "../../core/catalog/types";
import type { RowScore } from "../../core/engine/score-row";
import type { RowAccount } from "../../core/import/roster-source";
import { gapCellText, gapSentences, problemText } from "../../core/roster/score-roster";
import { SCORE_COLUMNS } from "../../core/layout";
import type { CellValue } from "./read-sheet";
import { writeTo } from "./safe-write";

/** The score columns are the workbook layout's: the same names the pane writes. */
export const SCORE_COLUMN_HEADERS = SCORE_COLUMNS;

/** What a sheet row gets in the added columns: the headers, a score, or nothing. */
export type Added = { readonly header: true } | { readonly score: RowScore } | undefined;

export interface ScoredSink {
  row(index: number, cells: readonly CellValue[], shown: readonly string[] | undefined, added: Added): void;
  /** Writes what the batch produced; resolves when the output can take more. */
  flush(): Promise<void> | undefined;
  /** Every row is in; `account` counts them (rows read, scored, invalid, skipped and why). */
  end(account: RowAccount): Promise<void>;
}

/** The two added cells of a row, as the csv and xlsx outputs hold them. */
export function addedCells(added: Exclude<Added, undefined>, lang: Lang): [CellValue, string] {
  if ("header" in added) return [SCORE_COLUMN_HEADERS.level[lang], SCORE_COLUMN_HEADERS.gap[lang]];
  const s = added.score;
  return [s.level ?? "", gapCellText(s, lang)];
}

/** An output's buffer: batches are handed to the stream once they fill half of it. */
const OUTPUT_BUFFER_BYTES = 1 << 19;
/** Encoded parts shorter than this are copied byte by byte (cheaper than a call into the runtime). */
const SHORT_COPY = 64;

/**
 * Bytes on their way to an output stream, encoded part by part into a buffer (no long
 * string to build and flatten); buffers the stream has written are used again.
 */
export class OutputBuffer {
  private buffer: Buffer = Buffer.allocUnsafe(OUTPUT_BUFFER_BYTES);
  private used = 0;
  /** Buffers the stream has written: reused, so memory is not allocated (and paged in) per batch. */
  private readonly spare: Buffer[] = [];
  constructor(private readonly out: NodeJS.WritableStream) {}

  /** Text, encoded as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  /** Printable ASCII (JSON keys, numbers, punctuation). */
  ascii(text: string): void {
    const length = text.length;
    this.room(length);
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < length; i++) buffer[at++] = text.charCodeAt(i);
    this.used = at;
  }

  /** JSON.stringify(value)'s text; printable ASCII without quotes or backslashes is copied as it is. */
  string(value: string): void {
    const length = value.length;
    this.room(length + 2);
    const buffer = this.buffer;
    let at = this.used;
    buffer[at++] = 0x22;
    for (let i = 0; i < length; i++) {
      const c = value.charCodeAt(i);
      // Anything JSON escapes, or that UTF-8 writes in more than one byte: JSON.stringify's text.
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return this.text(JSON.stringify(value));
      buffer[at++] = c;
    }
    buffer[at++] = 0x22;
    this.used = at;
  }

  /** A whole number's digits (JSON's text of it), or null. */
  number(n: number | null): void {
    if (n === null || !Number.isSafeInteger(n) || n < 0) return this.ascii(String(n));
    this.room(16);
    const buffer = this.buffer;
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.used + digits;
    this.used = at;
    let rest = n;
    do {
      buffer[--at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Bytes already encoded (a remembered sentence). */
  bytes(encoded: Uint8Array): void {
    const length = encoded.length;
    this.room(length);
    if (length < SHORT_COPY) {
      const buffer = this.buffer;
      let at = this.used;
      for (let i = 0; i < length; i++) buffer[at++] = encoded[i] as number;
      this.used = at;
    } else {
      this.buffer.set(encoded, this.used);
      this.used += length;
    }
  }

  private room(bytes: number): void {
    const need = this.used + bytes;
    if (need <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(need, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }

  /** Writes what is buffered once it fills half the buffer (a batch of rows is often less). */
  flush(): Promise<void> | undefined {
    return this.used >= this.buffer.length / 2 ? this.write() : undefined;
  }

  /** Writes what is buffered; resolves when the stream can take more. */
  write(): Promise<void> | undefined {
    if (this.used === 0) return undefined;
    const full = this.buffer;
    const bytes = full.subarray(0, this.used);
    // The stream keeps the bytes until written; then the buffer is free for a later batch.
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(OUTPUT_BUFFER_BYTES);
    this.used = 0;
    return writeTo(this.out, bytes, () => {
      if (full.length === OUTPUT_BUFFER_BYTES && this.spare.length < 4) this.spare.push(full);
    });
  }
}

/**
 * JSON output: `{"rows": [...], "counts": {...}}`, the rows first (written as they
 * are given), the counts last (known at the end). See README "JSON output".
 */
export class JsonRowsWriter extends OutputBuffer {
  private count = 0;
  constructor(private readonly stream: NodeJS.WritableStream) {
    super(stream);
  }

  /** One row's JSON object, already serialised. */
  add(json: string): void {
    this.startRow();
    this.text(json);
  }

  /** Starts a row's object: the separator from the row before (or the opening of the array). */
  startRow(): void {
    this.ascii(this.count === 0 ? '{"rows":[\n' : ",\n");
    this.count++;
  }

  async end(account: RowAccount): Promise<void> {
    const counts = {
      read: account.read,
      scored: account.scored,
      invalid: account.invalid,
      skipped: account.skipped,
    };
    const tail = `${this.count === 0 ? '{"rows":[]' : "\n]"},\n"counts":${JSON.stringify(counts)}}\n`;
    await this.write();
    await writeTo(this.stream, tail);
  }
}

/** Sentences remembered at most this many at a time (a roster repeats a few hundred). */
const QUOTED_LIMIT = 4096;

/** `itss score`'s JSON: one object per scored row. */
export class JsonSink implements ScoredSink {
  private readonly writer: JsonRowsWriter;
  /** Gap sentences as JSON strings in UTF-8: rows repeat the same sentences, so each is escaped and encoded once. */
  private readonly quoted = new Map<string, Buffer>();
  constructor(
    out: NodeJS.WritableStream,
    private readonly lang: Lang,
  ) {
    this.writer = new JsonRowsWriter(out);
  }

  row(_index: number, _cells: readonly CellValue[], _shown: unknown, added: Added): void {
    if (!added || !("score" in added)) return;
    const s = added.score;
    const e = s.evidence;
    const w = this.writer;
    // Written by hand in the documented key order; every value is JSON.stringify's text
    // (the gaps are JSON.stringify(gapSentences(s, lang)), one remembered sentence at a time).
    w.startRow();
    w.ascii('{"row":');
    w.number(s.row);
    w.ascii(',"employeeId":');
    w.string(e.employeeId);
    w.ascii(',"name":');
    w.string(e.name);
    w.ascii(',"level":');
    w.number(s.level);
    w.ascii(',"gaps":[');
    const sentences = gapSentences(s, this.lang);
    for (let i = 0; i < sentences.length; i++) {
      if (i > 0) w.ascii(",");
      w.bytes(this.quote(sentences[i] as string));
    }
    if (s.level === null) {
      w.ascii('],"error":');
      w.string(problemText(s, this.lang));
      w.ascii("}");
    } else w.ascii("]}");
  }

  private quote(sentence: string): Buffer {
    let bytes = this.quoted.get(sentence);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(sentence), "utf8");
      if (this.quoted.size >= QUOTED_LIMIT) this.quoted.clear();
      this.quoted.set(sentence, bytes);
    }
    return bytes;
  }

  flush(): Promise<void> | undefined {
    return this.writer.flush();
  }

  end(account: RowAccount): Promise<void> {
    return this.writer.end(account);
  }
}

/** A number as text ("-2", "12.5%", "1,200"): it cannot be a formula, so it is written as it is. */
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/**
 * OWASP's CSV injection defence: a cell that Excel would read as a formula (it starts
 * with =, +, -, @, tab or carriage return) gets a leading apostrophe. Plain numbers
 * are left alone.
 */
export function neutralise(text: string): string {
  const first = text.charCodeAt(0);
  // = + - @ \t \r
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13)
    return text;
  return PLAIN_NUMBER.test(text) ? text : `'${text}`;
}

function csvText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

export interface CsvSinkOptions {
  /** Column of the level cell (0-based): right of the widest row the reader saw first. */
  readonly width: number;
  readonly delimiter: string;
  readonly bom: boolean;
  /** Turn off the formula neutralising (unsafe: for trusted tools only). */
  readonly raw: boolean;
  readonly lang: Lang;
}

/**
 * Rows given to Papa.unparse at a time. Its text is built by appending, and a short one is
 * flattened and encoded cheaply: a 500-row batch's text took four times as long.
 */
const UNPARSE_ROWS = 50;

export class CsvSink implements ScoredSink {
  private lines: string[][] = [];
  private started = false;
  private readonly output: OutputBuffer;
  /** Rows wider than the header block: their score cells follow their own last cell. */
  readonly widerRows: number[] = [];

  constructor(
    out: NodeJS.WritableStream,
    private readonly options: CsvSinkOptions,
  ) {
    this.output = new OutputBuffer(out);
  }

  row(index: number, cells: readonly CellValue[], shown: readonly string[] | undefined, added: Added): void {
    const { width, raw } = this.options;
    const length = Math.max(added ? width : 0, cells.length);
    const fields: string[] = new Array<string>(length);
    for (let c = 0; c < length; c++) {
      const text = shown ? (shown[c] ?? "") : csvText(cells[c] ?? null);
      fields[c] = raw ? text : neutralise(text);
    }
    if (added) {
      if (cells.length > width && this.widerRows.length < 10) this.widerRows.push(index + 1);
      const [level, gap] = addedCells(added, this.options.lang);
      fields.push(csvText(level), raw ? gap : neutralise(gap));
    }
    this.lines.push(fields);
  }

  flush(): Promise<void> | undefined {
    const lines = this.lines;
    if (lines.length > 0) {
      if (!this.started && this.options.bom) this.output.text("\uFEFF");
      this.started = true;
      const config = { delimiter: this.options.delimiter, newline: "\r\n", escapeFormulae: false };
      for (let i = 0; i < lines.length; i += UNPARSE_ROWS)
        this.output.text(`${Papa.unparse(lines.slice(i, i + UNPARSE_ROWS), config)}\r\n`);
      this.lines = [];
    }
    return this.output.flush();
  }

  async end(_account?: RowAccount): Promise<void> {
    await this.flush();
    await this.output.write();
  }
}
