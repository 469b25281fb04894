/**
 * The zip guard: an xlsx is a zip archive, and the xlsx library inflates every part
 * in memory, so before a workbook is handed to it every part is inflated here once,
 * through a streaming inflater that counts the bytes it actually produces and stops
 * at the limits. Declared sizes are never trusted to accept an archive: they only
 * refuse one early (an honest bomb), or expose one that lies (a part that inflates
 * past the size it declares is refused at that point, as the xlsx library would
 * refuse it after inflating everything).
 *
 * API (platform-neutral: Node and the task pane):
 *
 *   const check = await guardArchive(source, fileName);   // source: a ByteSource; optional limits, inflater
 *   if (!check.ok) throw new FileReadError(check.reason.en, check.reason);
 *   check.parts   // part names, e.g. "xl/workbook.xml"
 *   check.format  // "xlsx" | "xlsm" | "xlsb" | "ods" | "other": see workbookFormatProblem()
 *
 *   bytesSource(bytes)                   // bytes in memory (the pane, tests)
 *   fileHandleSource(handle, size)       // a file on disk, read in chunks (node:fs/promises FileHandle)
 *   checkXlsxArchive(bytes, fileName)    // guardArchive(bytesSource(bytes), fileName)
 *
 * Limits, per part and overall: at most 200 times the compressed size (once past 1 MB,
 * so a tiny part of repeated markup is fine), and an absolute size: 400 MB in all where
 * the reader holds the workbook (the task pane, DEFAULT_ARCHIVE_LIMITS); 2 GB in all,
 * of which at most 400 MB outside the worksheets, where the sheets are streamed (the
 * command line, STREAMING_ARCHIVE_LIMITS), so Excel's 1,048,575 rows fit and a bomb
 * still stops at the ratio. Memory stays bounded whatever the input: compressed data
 * is read 64 KB at a time and fed to the inflater 16 KB at a time (DEFLATE expands at
 * most about 1,032 times), and inflated bytes are counted, never kept. A part whose
 * DEFLATE stream stops before its end (truncated) is refused. Every failure is one
 * sentence naming the file, in English and Japanese.
 */
import { Inflate } from "fflate";
import type { FileHandle } from "node:fs/promises";
import type { Localized } from "../../core/catalog/types";

/** Total inflated size an xlsx may reach when the reader holds the whole workbook (the task pane). */
export const MAX_EXPANDED_BYTES = 400 * 1024 * 1024;
/**
 * Total inflated size for a reader that streams the sheets (the command line): a sheet's
 * XML is about seven times the same rows as CSV, so this is what a CSV at the command
 * line's 256 MB limit becomes as an xlsx; Excel's 1,048,575 rows of a roster expand to
 * about 0.9 GB. Memory does not grow with it; only time does.
 */
export const STREAMING_MAX_EXPANDED_BYTES = 2 * 1024 * 1024 * 1024;
/** Parts a streaming reader still holds whole (shared strings, styles, the workbook): at most this, together. */
export const MAX_HELD_BYTES = 400 * 1024 * 1024;
/** Inflated / compressed size a part or the whole archive may reach. Real workbooks stay far below. */
export const MAX_EXPANSION_RATIO = 200;
/** The ratio is judged once this much has been inflated: small parts of repeated markup compress very well. */
export const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Parts an archive may hold; a workbook has tens, a large one a few thousand. */
export const MAX_PARTS = 20_000;

export interface ArchiveLimits {
  readonly maxExpandedBytes: number;
  /** Inflated size of the parts other than worksheets, together (a streaming reader holds them). */
  readonly maxHeldBytes: number;
  readonly maxRatio: number;
  readonly ratioFloorBytes: number;
  readonly maxParts: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxExpandedBytes: MAX_EXPANDED_BYTES,
  maxHeldBytes: MAX_HELD_BYTES,
  maxRatio: MAX_EXPANSION_RATIO,
  ratioFloorBytes: RATIO_FLOOR_BYTES,
  maxParts: MAX_PARTS,
};

/** The command line's limits: it streams the sheets, so only time grows with their size. */
export const STREAMING_ARCHIVE_LIMITS: ArchiveLimits = {
  ...DEFAULT_ARCHIVE_LIMITS,
  maxExpandedBytes: STREAMING_MAX_EXPANDED_BYTES,
};

/** A worksheet part, which a streaming reader reads row by row rather than whole. */
export function isWorksheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
}

/** Random access to the archive's bytes: a file on disk or bytes in memory. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset`; fewer only at the end of the source. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.byteLength,
    read: (offset, length) =>
      Promise.resolve(bytes.subarray(offset, Math.min(bytes.byteLength, offset + length))),
  };
}

/** A file opened with node:fs/promises `open(path, "r")`; `size` from `handle.stat()`. The caller closes it. */
export function fileHandleSource(handle: FileHandle, size: number): ByteSource {
  return {
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, offset + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return buffer.subarray(0, done);
    },
  };
}

export type ArchiveFormat = "xlsx" | "xlsm" | "xlsb" | "ods" | "other";

export type ArchiveProblem =
  "not-zip" | "damaged" | "encrypted" | "method" | "too-many-parts" | "too-large" | "ratio" | "size-mismatch";

export type ArchiveCheck =
  | {
      readonly ok: true;
      readonly parts: readonly string[];
      readonly format: ArchiveFormat;
      /** Bytes actually inflated, all parts. */
      readonly expanded: number;
    }
  | { readonly ok: false; readonly problem: ArchiveProblem; readonly reason: Localized };

export function checkXlsxArchive(
  bytes: Uint8Array,
  fileName: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
): Promise<ArchiveCheck> {
  return guardArchive(bytesSource(bytes), fileName, limits);
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compressed: number;
  /** Declared inflated size; -1 when the directory does not say (a zip64 marker without its field). */
  readonly declared: number;
  readonly localOffset: number;
  /** Where the compressed data starts, once the local header is read. */
  dataStart: number;
}

class Refusal extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    readonly reason: Localized,
  ) {
    super(reason.en);
  }
}

const CHUNK = 64 * 1024;
const INFLATE_SLICE = 16 * 1024;

/** A streaming raw-DEFLATE inflater that reports how many bytes it produced, and keeps none. */
export interface Inflater {
  /** Feeds compressed bytes; rejects when the data is damaged or `onData` refused. */
  write(chunk: Uint8Array): Promise<void>;
  /** No more input: rejects if the stream is cut short. */
  end(): Promise<void>;
  destroy(): void;
}
export type MakeInflater = (onData: (byteCount: number) => void) => Inflater;

/** fflate, in the task pane: pushed 16 KB at a time, so one push inflates at most about 17 MB. */
export const fflateInflater: MakeInflater = (onData) => {
  const inflate = new Inflate((chunk) => onData(chunk.length));
  return {
    write: (chunk) => {
      for (let i = 0; i < chunk.length; i += INFLATE_SLICE)
        inflate.push(chunk.subarray(i, i + INFLATE_SLICE));
      return Promise.resolve();
    },
    end: () => {
      inflate.push(new Uint8Array(0), true);
      return Promise.resolve();
    },
    destroy: () => undefined,
  };
};

/** node:zlib in Node (the command line): native, about 30 times fflate's speed; 1 MB output chunks. */
export async function nodeInflater(): Promise<MakeInflater> {
  const zlib = await import(/* webpackIgnore: true */ "node:zlib");
  return (onData) => {
    const stream = zlib.createInflateRaw({ chunkSize: 1024 * 1024 });
    let failure: unknown;
    // After an error zlib never calls pending write callbacks: they are failed here instead.
    const waiting = new Set<(err: unknown) => void>();
    const fail = (err: unknown): void => {
      failure ??= err;
      for (const reject of waiting) reject(failure);
      waiting.clear();
    };
    stream.on("data", (chunk: Uint8Array) => {
      if (failure !== undefined) return;
      try {
        onData(chunk.length);
      } catch (err) {
        fail(err);
        stream.destroy();
      }
    });
    stream.on("error", fail);
    const settled = new Promise<void>((resolve, reject) => {
      stream.on("end", () => (failure === undefined ? resolve() : reject(failure)));
      stream.on("close", () => {
        if (failure === undefined) resolve();
        else reject(failure);
        fail(new Error("the stream closed"));
      });
    });
    settled.catch(() => undefined);
    return {
      write: (chunk) =>
        new Promise<void>((resolve, reject) => {
          if (failure !== undefined) return reject(failure);
          waiting.add(reject);
          stream.write(chunk, (err) => {
            waiting.delete(reject);
            if (failure !== undefined || err) reject(failure ?? err);
            else resolve();
          });
        }),
      end: () => {
        if (failure !== undefined) return Promise.reject(failure);
        stream.end();
        return settled;
      },
      destroy: () => stream.destroy(),
    };
  };
}

let chosenInflater: Promise<MakeInflater> | undefined;
/** node:zlib under Node, fflate elsewhere. */
function inflaterFactory(): Promise<MakeInflater> {
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  chosenInflater ??= node ? nodeInflater().catch(() => fflateInflater) : Promise.resolve(fflateInflater);
  return chosenInflater;
}

/**
 * Inflates every part of the archive, counting, and refuses it at the first limit crossed.
 * @example await guardArchive(bytesSource(xlsxBytes), "roster.xlsx") // => { ok: true, format: "xlsx", ... }
 */
export async function guardArchive(
  source: ByteSource,
  fileName: string,
  limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS,
  inflater?: MakeInflater,
): Promise<ArchiveCheck> {
  try {
    const entries = await readDirectory(source, fileName, limits);
    checkLayout(entries, source, fileName);
    await locateData(entries, source, fileName);
    const totals = { expanded: 0, held: 0 };
    for (const entry of entries) await inflateEntry(source, entry, totals, fileName, limits, inflater);
    const expanded = totals.expanded;
    const parts = entries.map((e) => e.name);
    return { ok: true, parts, format: archiveFormat(parts), expanded };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, problem: err.problem, reason: err.reason };
    // Anything unforeseen: the user's sentence, in their language, not the library's text.
    return { ok: false, problem: "damaged", reason: damaged(fileName, DAMAGE.unreadable) };
  }
}

/** What a part list says the archive is. */
export function archiveFormat(parts: readonly string[]): ArchiveFormat {
  const names = new Set(parts.map((p) => p.toLowerCase()));
  if (names.has("xl/workbook.xml"))
    return parts.some((p) => /\.bin$/i.test(p) && /vbaProject/i.test(p)) ? "xlsm" : "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  if (names.has("content.xml") || names.has("mimetype")) return "ods";
  return "other";
}

/** A message for an archive that is safe but not a workbook the reader takes; undefined for xlsx and xlsm. */
export function workbookFormatProblem(fileName: string, format: ArchiveFormat): Localized | undefined {
  switch (format) {
    case "xlsx":
    case "xlsm":
      return undefined;
    case "ods":
      return {
        en: `${fileName} is an OpenDocument spreadsheet (.ods), which cannot be read here: open it in LibreOffice Calc or Excel, save it as .xlsx (Excel Workbook), and try again`,
        ja: `${fileName}はOpenDocument形式（.ods）のため読めません。LibreOffice CalcかExcelで開き、.xlsx（Excelブック）として保存してからもう一度お試しください`,
      };
    case "xlsb":
      return {
        en: `${fileName} is an Excel binary workbook (.xlsb), which cannot be read here: open it in Excel, save it as .xlsx (Excel Workbook), and try again`,
        ja: `${fileName}はExcelバイナリブック（.xlsb）のため読めません。Excelで開き、.xlsx（Excelブック）として保存してからもう一度お試しください`,
      };
    case "other":
      return {
        en: `${fileName} is a zip archive but not an Excel workbook: save the roster from Excel as .xlsx or CSV and try again`,
        ja: `${fileName}はzipアーカイブですがExcelブックではありません。名簿をExcelで.xlsxかCSVとして保存してからもう一度お試しください`,
      };
  }
}

async function readDirectory(source: ByteSource, fileName: string, limits: ArchiveLimits): Promise<Entry[]> {
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const tailStart = Math.max(0, source.size - 65_557);
  const tail = await source.read(tailStart, source.size - tailStart);
  const tailView = view(tail);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tailView.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Refusal("not-zip", notZip(fileName));
  let count = tailView.getUint16(eocd + 10, true);
  let directorySize = tailView.getUint32(eocd + 12, true);
  let directoryOffset = tailView.getUint32(eocd + 16, true);
  if (tailView.getUint16(eocd + 4, true) !== 0 || tailView.getUint16(eocd + 6, true) !== 0)
    throw new Refusal("damaged", damaged(fileName, DAMAGE.multiVolume));
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    // Zip64: the locator sits just before the end record and points at the zip64 end record.
    const locator = eocd - 20;
    if (locator < 0 || tailView.getUint32(locator, true) !== 0x07064b50)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.zip64NoLocator));
    const record = number64(tailView, locator + 8);
    const head = view(await source.read(record, 56));
    if (head.byteLength < 56 || head.getUint32(0, true) !== 0x06064b50)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.zip64Broken));
    count = number64(head, 32);
    directorySize = number64(head, 40);
    directoryOffset = number64(head, 48);
  }
  if (count > limits.maxParts)
    throw new Refusal("too-many-parts", {
      en: `${fileName} holds ${count.toLocaleString("en-US")} parts; a workbook holds far fewer (limit ${limits.maxParts.toLocaleString("en-US")}), so it is not read`,
      ja: `${fileName}には${count.toLocaleString("en-US")}個のパーツがあります。ブックとしては多すぎるため（上限${limits.maxParts.toLocaleString("en-US")}）読み込みません`,
    });
  if (directoryOffset + directorySize > source.size)
    throw new Refusal("damaged", damaged(fileName, DAMAGE.directoryBeyondEnd));
  const directory = await source.read(directoryOffset, directorySize);
  const dv = view(directory);
  const entries: Entry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > directory.length || dv.getUint32(at, true) !== 0x02014b50)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.directoryBroken));
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const name = new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength));
    let compressed = dv.getUint32(at + 20, true);
    let declared = dv.getUint32(at + 24, true);
    let localOffset = dv.getUint32(at + 42, true);
    if (declared === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Field(dv, at + 46 + nameLength, extraLength);
      let k = 0;
      const next = (): number => (z && k + 8 <= z.length ? number64(dv, z.start + (k += 8) - 8) : -1);
      if (declared === 0xffffffff) declared = next();
      if (compressed === 0xffffffff) compressed = next();
      if (localOffset === 0xffffffff) localOffset = next();
      if (compressed < 0 || localOffset < 0)
        throw new Refusal("damaged", damaged(fileName, DAMAGE.zip64NoSizes));
    }
    entries.push({
      name,
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      compressed,
      declared,
      localOffset,
      dataStart: -1,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  // An honest bomb is refused from what it declares, before anything is inflated.
  let declaredTotal = 0;
  for (const e of entries) if (e.declared > 0) declaredTotal += e.declared;
  if (declaredTotal > limits.maxExpandedBytes)
    throw new Refusal("too-large", tooLarge(fileName, declaredTotal, limits, true));
  return entries;
}

/** Each part's data lies inside the file, before the directory, and no two parts share bytes. */
function checkLayout(entries: readonly Entry[], source: ByteSource, fileName: string): void {
  for (const e of entries) {
    if (e.flags & 0x1) throw new Refusal("encrypted", encrypted(fileName));
    if (e.method !== 0 && e.method !== 8)
      throw new Refusal("method", {
        en: `${fileName} uses a zip compression method (${e.method}) that Excel does not write; open it in Excel, save it as .xlsx, and try again`,
        ja: `${fileName}はExcelが使わないzip圧縮方式（${e.method}）で保存されています。Excelで開いて.xlsxとして保存し直してからお試しください`,
      });
    if (e.localOffset + 30 + e.compressed > source.size)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.cutShort));
  }
}

/** Reads each part's local header; bytes between parts must not hide another part from a front-to-back reader. */
async function locateData(entries: Entry[], source: ByteSource, fileName: string): Promise<void> {
  const sorted = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expectedNext = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as Entry;
    if (e.localOffset > expectedNext) await refuseHiddenHeader(source, expectedNext, e.localOffset, fileName);
    const header = await source.read(e.localOffset, 30);
    const hv = view(header);
    if (header.length < 30 || hv.getUint32(0, true) !== 0x04034b50)
      throw new Refusal("damaged", damaged(fileName, partDamage.noLocalHeader(e.name)));
    const method = hv.getUint16(8, true);
    if (method !== e.method)
      throw new Refusal("damaged", damaged(fileName, partDamage.describedTwice(e.name)));
    const dataStart = e.localOffset + 30 + hv.getUint16(26, true) + hv.getUint16(28, true);
    if (dataStart + e.compressed > source.size)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.cutShort));
    e.dataStart = dataStart;
    expectedNext = dataStart + e.compressed;
    if (e.flags & 0x8) {
      // A data descriptor follows: optional signature, CRC, two sizes (4 or 8 bytes each).
      const d = view(await source.read(expectedNext, 4));
      expectedNext += (d.byteLength === 4 && d.getUint32(0, true) === 0x08074b50 ? 4 : 0) + 12;
    }
    const next = sorted[i + 1];
    if (next && next.localOffset < dataStart + e.compressed)
      throw new Refusal("damaged", damaged(fileName, DAMAGE.overlap));
  }
}

async function refuseHiddenHeader(
  source: ByteSource,
  from: number,
  to: number,
  fileName: string,
): Promise<void> {
  for (let at = from; at < to; at += CHUNK) {
    const bytes = await source.read(at, Math.min(CHUNK + 3, to - at));
    for (let i = 0; i + 3 < bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4)
        throw new Refusal("damaged", damaged(fileName, DAMAGE.hidden));
    }
  }
}

async function inflateEntry(
  source: ByteSource,
  entry: Entry,
  totals: { expanded: number; held: number },
  fileName: string,
  limits: ArchiveLimits,
  inflater?: MakeInflater,
): Promise<void> {
  const start = entry.dataStart;
  const held = !isWorksheetPart(entry.name);
  let produced = 0;
  const check = (): void => {
    const total = totals.expanded + produced;
    if (total > limits.maxExpandedBytes) throw new Refusal("too-large", tooLarge(fileName, total, limits));
    if (held && totals.held + produced > limits.maxHeldBytes)
      throw new Refusal("too-large", heldTooLarge(fileName, entry.name, limits));
    if (entry.declared >= 0 && produced > entry.declared)
      throw new Refusal("size-mismatch", {
        en: `${fileName} is refused: its part ${entry.name} inflates past the ${entry.declared.toLocaleString("en-US")} bytes it declares, so the archive is damaged or crafted (a zip bomb)`,
        ja: `${fileName}は読み込めません。パーツ${entry.name}が申告サイズ（${entry.declared.toLocaleString("en-US")}バイト）を超えて展開されるため、壊れているか細工されたzip（zip爆弾）です`,
      });
    if (produced > limits.ratioFloorBytes && produced > limits.maxRatio * Math.max(1, entry.compressed))
      throw new Refusal("ratio", ratio(fileName, produced / Math.max(1, entry.compressed), limits));
    if (total > limits.ratioFloorBytes && total > limits.maxRatio * Math.max(1, source.size))
      throw new Refusal("ratio", ratio(fileName, total / Math.max(1, source.size), limits));
  };
  if (entry.method === 0) {
    produced = entry.compressed;
    check();
  } else {
    const stream = (inflater ?? (await inflaterFactory()))((n) => {
      produced += n;
      check();
    });
    let done = 0;
    try {
      while (done < entry.compressed) {
        const bytes = await source.read(start + done, Math.min(CHUNK, entry.compressed - done));
        if (bytes.length === 0) throw new Refusal("damaged", damaged(fileName, DAMAGE.cutShort));
        await stream.write(bytes);
        done += bytes.length;
      }
      await stream.end();
    } catch (err) {
      stream.destroy();
      if (err instanceof Refusal) throw err;
      throw new Refusal(
        "damaged",
        damaged(
          fileName,
          endsEarly(err) ? partDamage.endsEarly(entry.name) : partDamage.undecompressable(entry.name),
        ),
      );
    }
  }
  if (entry.declared >= 0 && produced !== entry.declared)
    throw new Refusal("damaged", damaged(fileName, partDamage.shorter(entry.name)));
  totals.expanded += produced;
  if (held) totals.held += produced;
}

function zip64Field(
  dv: DataView,
  start: number,
  length: number,
): { start: number; length: number } | undefined {
  for (let at = start; at + 4 <= start + length;) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === 0x0001) return { start: at + 4, length: size };
    at += 4 + size;
  }
  return undefined;
}

function number64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const mb = (n: number): string => `${Math.round(n / 1048576).toLocaleString("en-US")} MB`;

function notZip(fileName: string): Localized {
  return {
    en: `${fileName} is not a valid xlsx file (no zip directory): it is damaged or cut short; save it from Excel again as .xlsx`,
    ja: `${fileName}は有効なxlsxファイルではありません（zipの目録がありません）。壊れているか途中で切れています。Excelで.xlsxとして保存し直してください`,
  };
}

function damaged(fileName: string, detail: Localized): Localized {
  return {
    en: `${fileName} is damaged and cannot be read (${detail.en}); save it from Excel again as .xlsx`,
    ja: `${fileName}は壊れているため読めません（${detail.ja}）。Excelで.xlsxとして保存し直してください`,
  };
}

/** What is wrong with a damaged archive, in both languages. */
const DAMAGE = {
  multiVolume: { en: "a multi-volume zip", ja: "複数に分割されたzipです" },
  zip64NoLocator: { en: "a zip64 directory without its locator", ja: "zip64の目録の位置情報がありません" },
  zip64Broken: { en: "a broken zip64 directory", ja: "zip64の目録が壊れています" },
  directoryBeyondEnd: {
    en: "the zip directory lies beyond the end of the file",
    ja: "zipの目録がファイルの終わりより先を指しています",
  },
  directoryBroken: { en: "a broken zip directory", ja: "zipの目録が壊れています" },
  zip64NoSizes: { en: "a zip64 entry without its sizes", ja: "zip64のパーツにサイズの記載がありません" },
  cutShort: { en: "the file is cut short", ja: "ファイルが途中で切れています" },
  overlap: {
    en: "two parts overlap, as in a crafted zip bomb",
    ja: "二つのパーツが同じデータを共有しています（細工されたzip爆弾の手口です）",
  },
  hidden: { en: "a part is hidden outside the zip directory", ja: "zipの目録にないパーツが隠れています" },
  unreadable: { en: "its zip structure cannot be read", ja: "zipの構造を読み取れません" },
} as const satisfies Record<string, Localized>;

/** Damage to one part; the part's name is the file's own and is not translated. */
const partDamage = {
  noLocalHeader: (part: string): Localized => ({
    en: `part ${part} has no local header`,
    ja: `パーツ${part}のローカルヘッダーがありません`,
  }),
  describedTwice: (part: string): Localized => ({
    en: `part ${part} is described two ways`,
    ja: `パーツ${part}の圧縮方式が目録とローカルヘッダーで食い違っています`,
  }),
  shorter: (part: string): Localized => ({
    en: `part ${part} is shorter than it declares`,
    ja: `パーツ${part}が申告サイズより短くなっています`,
  }),
  endsEarly: (part: string): Localized => ({
    en: `part ${part} ends early: its compressed data is cut short`,
    ja: `パーツ${part}の圧縮データが途中で切れています`,
  }),
  undecompressable: (part: string): Localized => ({
    en: `part ${part} cannot be decompressed`,
    ja: `パーツ${part}を展開できません（圧縮データが壊れています）`,
  }),
};

/**
 * Whether the inflater failed because the DEFLATE stream stopped before its final
 * block: zlib's Z_BUF_ERROR at the end of input ("unexpected end of file"), fflate's
 * code 0 ("unexpected EOF").
 */
function endsEarly(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== "object") return false;
  if (e.code === "Z_BUF_ERROR" || e.code === 0) return true;
  return typeof e.message === "string" && /unexpected (end of file|EOF)/i.test(e.message);
}

function encrypted(fileName: string): Localized {
  return {
    en: `${fileName} is an encrypted zip, not a workbook Excel writes; save it from Excel without a password as .xlsx`,
    ja: `${fileName}は暗号化されたzipで、Excelのブックではありません。Excelでパスワードなしの.xlsxとして保存してください`,
  };
}

function tooLarge(fileName: string, bytes: number, limits: ArchiveLimits, declared = false): Localized {
  const limit = mb(limits.maxExpandedBytes);
  return declared
    ? {
        en: `${fileName} declares ${mb(bytes)} when expanded; the limit is ${limit}. Split the workbook or save only the roster sheet`,
        ja: `${fileName}は展開後${mb(bytes)}と申告しています（上限${limit}）。ブックを分けるか、名簿のシートだけを保存してください`,
      }
    : {
        en: `${fileName} expands to more than ${limit}, the limit; split the workbook or save only the roster sheet`,
        ja: `${fileName}は展開すると上限の${limit}を超えます。ブックを分けるか、名簿のシートだけを保存してください`,
      };
}

function heldTooLarge(fileName: string, part: string, limits: ArchiveLimits): Localized {
  const limit = mb(limits.maxHeldBytes);
  return {
    en: `${fileName} is refused: its parts other than the sheets (here ${part}) expand to more than ${limit}, which would be held in memory; save only the roster sheet`,
    ja: `${fileName}は読み込めません。シート以外のパーツ（ここでは${part}）が展開後${limit}を超え、メモリに保持しきれません。名簿のシートだけを保存してください`,
  };
}

function ratio(fileName: string, times: number, limits: ArchiveLimits): Localized {
  return {
    en: `${fileName} expands more than ${Math.floor(times)} times its size (limit ${limits.maxRatio}); it does not look like a normal workbook (a zip bomb?), so it is not read`,
    ja: `${fileName}は元のサイズの${Math.floor(times)}倍以上に展開されます（上限${limits.maxRatio}倍）。通常のブックではない（zip爆弾の可能性）ため読み込みません`,
  };
}
