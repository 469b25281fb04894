/**
 * The hostile-file corpus, generated at test time (nothing large is checked in):
 * zips that lie about their sizes or overlap, honest zip bombs, damaged workbooks,
 * CSVs in UTF-16, Latin-1 and mixed encodings, NUL bytes, huge cells, too many
 * columns, and rosters broken by blank runs or totals rows.
 *
 * Bombs stay small to build: a DEFLATE stream of zeros is one full-flushed block of
 * 1 MiB of zeros (about 1 KB compressed) repeated, then an empty final block, so
 * 10 GiB inflated costs 10 MB of memory to generate.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";
import { unzipSync } from "fflate";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";

export interface ZipPart {
  readonly name: string;
  /** The part's bytes, deflated honestly; or an already deflated stream and its true size. */
  readonly data: Buffer | { readonly deflated: Buffer; readonly size: number };
  /** Inflated size written in the headers when it should lie. */
  readonly declared?: number;
  /** 0 stored, 8 deflate (default). */
  readonly method?: 0 | 8;
}

export interface ZipOptions {
  /** Central directory entries pointing at the local header of another part (by index): overlap. */
  readonly alias?: readonly { readonly name: string; readonly of: number }[];
}

/** A zip archive as a spreadsheet writer makes it: local headers, data, central directory. */
export function zipOf(parts: readonly ZipPart[], options: ZipOptions = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const meta: { name: Buffer; method: number; crc: number; csize: number; declared: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const method = part.method ?? 8;
    let data: Buffer;
    let size: number;
    let crc = 0;
    if (Buffer.isBuffer(part.data)) {
      data = method === 8 ? deflateRawSync(part.data) : part.data;
      size = part.data.length;
      crc = crc32(part.data);
    } else {
      data = part.data.deflated;
      size = part.data.size;
    }
    const declared = part.declared ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Math.min(declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    meta.push({ name, method, crc, csize: data.length, declared });
    locals.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const entries = [
    ...meta.map((m, i) => ({ ...m, offset: offsets[i] as number })),
    ...(options.alias ?? []).map((a) => ({
      ...(meta[a.of] as (typeof meta)[number]),
      name: Buffer.from(a.name),
      offset: offsets[a.of] as number,
    })),
  ];
  for (const e of entries) {
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.csize, 20);
    central.writeUInt32LE(Math.min(e.declared, 0xffffffff), 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(e.offset, 42);
    centrals.push(central, e.name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MIB = 1024 * 1024;

/** A raw DEFLATE stream that inflates to `mebibytes` MiB of zeros, built from one repeated block. */
export function zeroDeflate(mebibytes: number): { deflated: Buffer; size: number } {
  const block = deflateRawSync(Buffer.alloc(MIB), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const chunks: Buffer[] = new Array<Buffer>(mebibytes).fill(block);
  chunks.push(Buffer.from([0x03, 0x00])); // final fixed-Huffman block holding only its end code
  return { deflated: Buffer.concat(chunks), size: mebibytes * MIB };
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);
const WORKBOOK = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><workbook/>');

/** An xlsx-shaped zip whose sheet inflates to `mebibytes` MiB while declaring `declared` bytes. */
export function lyingBomb(mebibytes: number, declared: number): Buffer {
  return zipOf([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "xl/workbook.xml", data: WORKBOOK },
    { name: "xl/worksheets/sheet1.xml", data: zeroDeflate(mebibytes), declared },
  ]);
}

/**
 * A real workbook re-zipped with one part's DEFLATE stream cut in half: the zip's
 * directory is consistent (it declares the cut length), only the compressed data ends
 * before its final block, as when a download or a copy stops early inside the part.
 */
export function truncatedPart(xlsx: Buffer, part: string): Buffer {
  const parts = unzipSync(new Uint8Array(xlsx));
  if (!parts[part]) throw new Error(`no part ${part}`);
  return zipOf(
    Object.entries(parts).map(([name, bytes]) => {
      const data = Buffer.from(bytes);
      if (name !== part) return { name, data };
      const deflated = deflateRawSync(data);
      return { name, data: { deflated: deflated.subarray(0, deflated.length >> 1), size: data.length } };
    }),
  );
}

/** An xlsx-shaped zip that declares its true, huge size. */
export function honestBomb(mebibytes: number): Buffer {
  return lyingBomb(mebibytes, mebibytes * MIB);
}

/** Many directory entries sharing one compressed kernel (a non-recursive "better zip bomb"). */
export function overlappingBomb(copies: number): Buffer {
  return zipOf(
    [
      { name: "[Content_Types].xml", data: CONTENT_TYPES },
      { name: "xl/workbook.xml", data: WORKBOOK },
      { name: "xl/media/kernel.bin", data: zeroDeflate(8) },
    ],
    { alias: Array.from({ length: copies }, (_, i) => ({ name: `xl/media/copy${i}.bin`, of: 2 })) },
  );
}

/** An OpenDocument spreadsheet's shape: a zip with mimetype and content.xml. */
export function odsFile(): Buffer {
  return zipOf([
    { name: "mimetype", data: Buffer.from("application/vnd.oasis.opendocument.spreadsheet"), method: 0 },
    { name: "content.xml", data: Buffer.from("<office:document-content/>") },
  ]);
}

/** An OLE compound file header and directory names: an Excel 97-2003 .xls, or an encrypted xlsx. */
export function oleFile(stream: "Workbook" | "EncryptedPackage"): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  Buffer.from(stream, "utf16le").copy(bytes, 1024);
  return bytes;
}

/** The sample roster (16 people) as CSV lines, header first. */
export function rosterLines(separator = ","): string[] {
  const quote = (v: unknown): string => {
    const s = String(v ?? "");
    return /[",\n\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [
    SAMPLE_ROSTER_HEADERS.map(quote).join(separator),
    ...sampleRosterRows().map((r) => r.map(quote).join(separator)),
  ];
}

/** A roster with `gap` (blank lines or a totals row) after its `after`-th person. */
export function brokenRoster(gap: string[], after = 5): string {
  const lines = rosterLines();
  return [...lines.slice(0, after + 1), ...gap, ...lines.slice(after + 1)].join("\r\n") + "\r\n";
}

/** Flips one bit at each of `count` positions chosen by a fixed seed (deterministic). */
export function bitFlips(bytes: Buffer, seed: number, count = 4): Buffer {
  const out = Buffer.from(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    const at = x % out.length;
    out[at] = (out[at] as number) ^ (1 << (x % 8));
  }
  return out;
}

/** Latin-1 bytes of a string (every code point below 256). */
export function latin1(text: string): Buffer {
  return Buffer.from(text, "latin1");
}

/** UTF-16 with a byte-order mark. */
export function utf16(text: string, order: "le" | "be" = "le"): Buffer {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return order === "le" ? le : le.swap16();
}
