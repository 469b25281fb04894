/**
 * `itss score`: opens the source as a stream of rows, the output as a temporary
 * file beside the target (or stdout), and runs the batch path between them. A run
 * that fails leaves no output file behind, and the source is never opened for writing.
 */
import { open } from "node:fs/promises";
import type { Edition, Lang } from "../core/catalog/types";
import type { CsvEncoding } from "../adapters/files/csv-encoding";
import { openCsvStream, type RowBatch } from "../adapters/files/csv-stream";
import {
  fileHandleSource,
  guardArchive,
  STREAMING_ARCHIVE_LIMITS,
  workbookFormatProblem,
} from "../adapters/files/archive-guard";
import { FileReadError, unsupportedFormat } from "../adapters/files/read-sheet";
import { openAtomic, type AtomicFile } from "../adapters/files/safe-write";
import { CsvSink, JsonSink, type ScoredSink } from "../adapters/files/scored-sinks";
import { rowAccountLine, type RowAccount } from "../app/batch";
import { scoreStream, type LocatedStream } from "./score-stream";

export { UsageError } from "./usage-error";

export interface CliIo {
  /** Where output goes without --out; written with backpressure. */
  readonly stdout: NodeJS.WritableStream;
  stderr(text: string): void;
}

/**
 * Largest file the command line reads. Memory no longer grows with the file, so this
 * is what a roster of Excel's 1,048,575 rows needs (about 120 MB as CSV), with room
 * for wide rosters; the zip guard still bounds what an xlsx may expand to.
 */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;

export interface ScoreFileOptions {
  readonly file: string;
  readonly out: string | undefined;
  readonly sheet: string | undefined;
  readonly lang: Lang;
  readonly encoding: CsvEncoding | undefined;
  readonly edition: Edition;
  readonly format: "json" | "csv" | "xlsx";
  readonly bom: boolean;
  readonly raw: boolean;
}

export type SourceKind = "xlsx" | "ole" | "csv";

/** What the file is, from its first bytes (a zip is a workbook whatever its name says). */
export async function sniffSource(file: string): Promise<SourceKind> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(
      code === "ENOENT"
        ? `${file}: no such file`
        : code === "EISDIR"
          ? `${file} is a folder, not a file`
          : `${file}: cannot be read (${code ?? String(err)})`,
    );
  }
  try {
    const head = Buffer.alloc(8);
    let bytesRead = 0;
    try {
      ({ bytesRead } = await handle.read(head, 0, 8, null));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new FileReadError(
        code === "EISDIR" ? `${file} is a folder, not a file` : `${file}: cannot be read (${code})`,
      );
    }
    if (bytesRead >= 2 && head[0] === 0x50 && head[1] === 0x4b) return "xlsx";
    if (bytesRead >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) return "ole";
    return "csv";
  } finally {
    await handle.close();
  }
}

/** A small file's bytes (the OLE directory of an .xls can sit anywhere in it), within the size limit. */
async function readBounded(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(Math.min(size, MAX_STREAM_BYTES));
    await handle.read(bytes, 0, bytes.length, 0);
    return bytes;
  } finally {
    await handle.close();
  }
}

/** The zip guard on an xlsx before any part is inflated. */
export async function guardXlsxFile(file: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    if (size > MAX_STREAM_BYTES)
      throw new FileReadError(
        `${file} is larger than ${MAX_STREAM_BYTES / 1048576} MB, the limit for one file`,
      );
    // Inflates every part from disk in chunks, counting: memory stays bounded whatever the file.
    const check = await guardArchive(fileHandleSource(handle, size), file, STREAMING_ARCHIVE_LIMITS);
    if (!check.ok) throw new FileReadError(check.reason);
    const format = workbookFormatProblem(file, check.format);
    if (format) throw new FileReadError(format);
  } finally {
    await handle.close();
  }
}

export interface OpenedSource {
  readonly kind: "csv" | "xlsx";
  readonly batches: AsyncIterable<RowBatch>;
  readonly bom: boolean;
  readonly delimiter: string;
  sheetName(): string;
  /** Sheets in the workbook (1 for a CSV). */
  sheetCount(): number;
}

/** Opens the source as row batches; `shown` asks an xlsx for its cells as displayed. */
export async function openSource(options: {
  file: string;
  sheet?: string | undefined;
  encoding?: CsvEncoding | undefined;
  shown?: boolean;
}): Promise<OpenedSource> {
  const { file } = options;
  const kind = await sniffSource(file);
  if (kind === "ole" || (kind === "csv" && /\.(xls|ods)$/i.test(file))) {
    // An .xls, an .ods that is not a zip, or an encrypted xlsx: named with what to do.
    const problem = unsupportedFormat(file, await readBounded(file));
    throw new FileReadError(
      problem ??
        `${file} cannot be opened: it is password-protected. Save it without a password as .xlsx and try again`,
    );
  }
  if (kind === "xlsx") {
    await guardXlsxFile(file);
    const { openXlsxStream } = await import("../adapters/files/xlsx-stream");
    const xlsx = await openXlsxStream(file, {
      maxBytes: MAX_STREAM_BYTES,
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
      shown: options.shown === true,
    });
    return {
      kind,
      batches: xlsx.batches,
      bom: false,
      delimiter: ",",
      sheetName: xlsx.sheetName,
      sheetCount: xlsx.sheetCount,
    };
  }
  const csv = await openCsvStream(file, {
    maxBytes: MAX_STREAM_BYTES,
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  return {
    kind,
    batches: csv.batches,
    bom: csv.bom,
    delimiter: csv.delimiter,
    sheetName: () => "csv",
    sheetCount: () => 1,
  };
}

export async function scoreFile(options: ScoreFileOptions, io: CliIo): Promise<number> {
  if (options.format === "xlsx" && (await sniffSource(options.file)) === "xlsx") {
    const { scoreXlsxToXlsx } = await import("./score-xlsx");
    return scoreXlsxToXlsx(options, io);
  }
  const source = await openSource({
    file: options.file,
    sheet: options.sheet,
    encoding: options.encoding,
    shown: options.format === "csv",
  });
  const counts = await withOutput(options.out, io, async (out) =>
    scoreStream(
      source.batches,
      {
        fileName: options.file,
        edition: options.edition,
        lang: options.lang,
        addedColumns: options.format === "json" ? 0 : 2,
        warn: (text) => io.stderr(`itss: ${text}\n`),
      },
      async (located) => sinkFor(options, source, located, out),
    ),
  );
  const sheets = source.sheetCount();
  if (options.format === "csv" && sheets > 1)
    io.stderr(
      `itss: note: the CSV holds sheet "${source.sheetName()}" only, as values; the workbook's ${sheets - 1} other sheet(s), formulas, charts and formatting are not in it (--format xlsx keeps them)\n`,
    );
  return finish(counts, options.lang, io);
}

async function sinkFor(
  options: ScoreFileOptions,
  source: OpenedSource,
  located: LocatedStream,
  out: NodeJS.WritableStream,
): Promise<ScoredSink> {
  if (options.format === "json") return new JsonSink(out, options.lang);
  if (options.format === "csv")
    return new CsvSink(out, {
      width: located.width,
      delimiter: source.delimiter,
      bom: source.bom || options.bom,
      raw: options.raw,
      lang: options.lang,
    });
  const { XlsxSheetSink } = await import("../adapters/files/xlsx-sheet-sink");
  return new XlsxSheetSink(out, { width: located.width, lang: options.lang, sheetName: "Roster" });
}

/** Runs `work` with the output stream: a temporary file renamed into place on success, or stdout. */
export async function withOutput<T>(
  out: string | undefined,
  io: CliIo,
  work: (stream: NodeJS.WritableStream, file: AtomicFile | undefined) => Promise<T>,
): Promise<T> {
  if (!out) return work(io.stdout, undefined);
  const file = await openAtomic(out);
  let result: T;
  try {
    result = await work(file.stream, file);
  } catch (err) {
    await file.abort();
    throw err;
  }
  await file.commit();
  return result;
}

/**
 * The stderr summary and the exit code: 0 only when every person row was scored. The
 * counts are said whenever a row was invalid or skipped (rowAccountLine, as the JSON
 * output's "counts" hold them).
 */
export function finish(account: RowAccount, lang: Lang, io: CliIo): number {
  const line = rowAccountLine(account, lang);
  if (account.invalid > 0) {
    io.stderr(
      lang === "ja"
        ? `itss: ${line}。無効な行のエラーは出力にあります\n`
        : `itss: ${line}. The invalid rows' errors are in the output\n`,
    );
    return 1;
  }
  if (account.skipped.length > 0) io.stderr(`itss: ${line}\n`);
  return 0;
}
