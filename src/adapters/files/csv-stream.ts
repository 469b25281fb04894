/**
 * A CSV file read as a stream of row batches: bytes are counted as they arrive
 * (a file over the limit stops at limit + 1 byte, whatever its size claims), the
 * encoding is chosen from a prefix, and Papa Parse's parser takes the text chunk
 * by chunk, so memory holds one chunk and one batch of rows, never the file.
 */
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { FileReadError, type CellValue } from "./read-sheet";
import type { CsvEncoding } from "./csv-encoding";
import { delimiterHint, StreamingTextDecoder, TextDecodeError, type EncodingChoice } from "./decode-text";

const ENCODING_CHOICE: Readonly<Record<CsvEncoding, EncodingChoice>> = {
  "utf-8": "utf8",
  shift_jis: "sjis",
  "utf-16le": "utf16",
  "utf-16be": "utf16",
};

/**
 * Bytes read from disk at a time. Small enough that a chunk's rows are scored and
 * dropped before the next young-generation collection: with 512 KB chunks they lived
 * through it and were copied, and reading took twice as long.
 */
const CHUNK_BYTES = 1 << 16;
/** A line (row) longer than this is not a roster line: stop before it fills memory. */
export const MAX_LINE_BYTES = 32 * 1024 * 1024;

export interface RowBatch {
  /** Rows in sheet order; batches are contiguous. */
  readonly rows: CellValue[][];
  /** The cells as the user sees them (xlsx: number formats applied), when asked for. */
  readonly shown?: string[][];
}

export interface CsvStream {
  readonly encoding: CsvEncoding;
  /** The file starts with a byte order mark. */
  readonly bom: boolean;
  readonly delimiter: string;
  readonly newline: string;
  readonly batches: AsyncIterable<RowBatch>;
}

function mb(n: number): string {
  return `${Math.round(n / 1048576)} MB`;
}

/** Reads a file's bytes chunk by chunk, refusing it past `maxBytes` or a line past MAX_LINE_BYTES. */
export async function* boundedBytes(
  path: string,
  maxBytes: number,
  chunkBytes = CHUNK_BYTES,
): AsyncGenerator<Buffer> {
  const stream = createReadStream(path, { highWaterMark: chunkBytes });
  let total = 0;
  let sinceNewline = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes)
        throw new FileReadError(`${path} is larger than ${mb(maxBytes)}, the limit for one file`);
      const lastNewline = chunk.lastIndexOf(0x0a);
      sinceNewline = lastNewline < 0 ? sinceNewline + chunk.length : chunk.length - lastNewline - 1;
      if (sinceNewline > MAX_LINE_BYTES)
        throw new FileReadError(
          `${path} has a line longer than ${mb(MAX_LINE_BYTES)} (after byte ${total - sinceNewline}); it is not a roster CSV`,
        );
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}

/**
 * Opens a CSV for streaming. The first 64 KB decide the encoding, delimiter and line
 * ending; the rows come in batches of about `batchRows`.
 */
export async function openCsvStream(
  path: string,
  options: { maxBytes: number; encoding?: CsvEncoding; batchRows?: number; chunkBytes?: number },
): Promise<CsvStream> {
  const bytes = boundedBytes(path, options.maxBytes, options.chunkBytes);
  // The delimiter and line break are guessed from the first 64 KB (or the whole file).
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let first: IteratorResult<Buffer> = { done: false, value: Buffer.alloc(0) };
  while (headLength < 65536) {
    first = await bytes.next();
    if (first.done) break;
    headChunks.push(first.value);
    headLength += first.value.length;
  }
  const head: Buffer = Buffer.concat(headChunks);
  // decode-text decides from the first non-ASCII bytes and checks every later chunk:
  // a bad byte is an error naming its line, never a silent switch of encoding.
  const decoder = new StreamingTextDecoder(path, options.encoding && ENCODING_CHOICE[options.encoding]);
  const decode = (chunk: Uint8Array, final: boolean): string => {
    try {
      return decoder.push(chunk) + (final ? decoder.end() : "");
    } catch (err) {
      if (err instanceof TextDecodeError) throw new FileReadError(err.cli, err.pane);
      throw err;
    }
  };
  const headText = decode(head, first.done === true);
  const guess = Papa.parse<string[]>(headText.slice(0, 65536), { preview: 20 });
  const encoding: CsvEncoding = decoder.encoding ?? "utf-8";
  const delimiter =
    delimiterHint(encoding, headText.slice(0, Math.max(0, headText.indexOf("\n")))) ??
    (guess.meta.delimiter || ",");
  const newline =
    guess.meta.linebreak === "\r\n" || guess.meta.linebreak === "\r" ? guess.meta.linebreak : "\n";
  const batchRows = options.batchRows ?? 500;

  async function* batches(): AsyncGenerator<RowBatch> {
    const parser = new Papa.Parser({ delimiter, newline });
    let pending = headText;
    let rows: CellValue[][] = [];
    /** The last parse was the final one, of text ending in a line break: its last row is not a row. */
    let trailing = false;
    const take = (text: string, final: boolean): void => {
      if (final) trailing = /[\r\n]$/.test(text);
      const result = parser.parse(text, 0, !final) as Papa.ParseResult<string[]>;
      const data = result.data;
      for (let i = 0; i < data.length; i++) rows.push(data[i] as CellValue[]);
      pending = final ? "" : text.substring(result.meta.cursor);
    };
    while (first.done !== true) {
      const next = await bytes.next();
      if (next.done) {
        pending += decode(new Uint8Array(0), true);
        break;
      }
      const text = decode(next.value, false);
      // No line end in the chunk: no row can have ended, so nothing is parsed again.
      if (text.indexOf("\n") < 0 && text.indexOf("\r") < 0) pending += text;
      else take(pending + text, false);
      if (rows.length >= batchRows) {
        yield { rows };
        rows = [];
      }
    }
    if (pending !== "") take(pending, true);
    // A line break at the end of the file ends the last row; it does not start another.
    const last = rows[rows.length - 1];
    if (trailing && last && last.length === 1 && last[0] === "") rows.pop();
    if (rows.length > 0) yield { rows };
  }

  return {
    get encoding(): CsvEncoding {
      return decoder.encoding ?? "utf-8";
    },
    bom: decoder.bom,
    delimiter,
    newline,
    batches: batches(),
  };
}
