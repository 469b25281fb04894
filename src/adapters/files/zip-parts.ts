/**
 * The parts of a zip file (an xlsx) as its central directory lists them, and a zip
 * writer that copies parts byte for byte (compressed data, headers and all) or
 * writes a changed part through deflate. Used to add the score columns to a
 * workbook without passing the rest of it through any library: charts, pivot
 * tables, macros and formats stay exactly as they were.
 */
import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { Readable, Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { writeTo } from "./safe-write";

export interface ZipPart {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** The central directory record, verbatim. */
  readonly central: Buffer;
}

export class ZipFormatError extends Error {}

/** Reads the central directory. Zip64 archives (over 4 GB) are not workbooks this tool reads. */
export async function listParts(handle: FileHandle): Promise<ZipPart[]> {
  const { size } = await handle.stat();
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no zip directory");
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  if (dirOffset === 0xffffffff || count === 0xffff) throw new ZipFormatError("zip64 archive");
  if (dirOffset + dirSize > size) throw new ZipFormatError("broken zip directory");
  const dir = Buffer.alloc(dirSize);
  await handle.read(dir, 0, dirSize, dirOffset);
  const parts: ZipPart[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== 0x02014b50)
      throw new ZipFormatError("broken zip directory");
    const nameLength = dir.readUInt16LE(at + 28);
    const extraLength = dir.readUInt16LE(at + 30);
    const commentLength = dir.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    parts.push({
      flags: dir.readUInt16LE(at + 8),
      method: dir.readUInt16LE(at + 10),
      time: dir.readUInt16LE(at + 12),
      date: dir.readUInt16LE(at + 14),
      crc: dir.readUInt32LE(at + 16),
      compressedSize: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      localOffset: dir.readUInt32LE(at + 42),
      name: dir.toString("utf8", at + 46, at + 46 + nameLength),
      central: Buffer.from(dir.subarray(at, end)),
    });
    at = end;
  }
  return parts;
}

/** Where a part's compressed data starts, and where its bytes (data descriptor included) end. */
async function span(
  handle: FileHandle,
  part: ZipPart,
): Promise<{ start: number; data: number; end: number }> {
  const header = Buffer.alloc(30);
  await handle.read(header, 0, 30, part.localOffset);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`broken entry ${part.name}`);
  const data = part.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let end = data + part.compressedSize;
  if (part.flags & 0x08) {
    const sig = Buffer.alloc(4);
    await handle.read(sig, 0, 4, end);
    end += sig.readUInt32LE(0) === 0x08074b50 ? 16 : 12;
  }
  return { start: part.localOffset, data, end };
}

/** A part's content as a chain of streams (the file range, then inflate), for `pipeline`. */
export async function partStreams(path: string, handle: FileHandle, part: ZipPart): Promise<Stage[]> {
  if (part.compressedSize === 0) return [Readable.from([])];
  const { data } = await span(handle, part);
  const raw = createReadStream(path, {
    start: data,
    end: data + part.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  if (part.method === 0) return [raw];
  if (part.method !== 8) {
    raw.destroy();
    throw new ZipFormatError(`unsupported compression in ${part.name}`);
  }
  return [raw, zlib.createInflateRaw()];
}

export type Stage = NodeJS.ReadableStream | NodeJS.ReadWriteStream | NodeJS.WritableStream;

/** stream.pipeline over a list built at run time (its overloads want a fixed tuple). */
export function runPipeline(stages: readonly Stage[]): Promise<void> {
  return (pipeline as unknown as (streams: readonly Stage[]) => Promise<void>)(stages);
}

export async function partText(path: string, handle: FileHandle, part: ZipPart): Promise<string> {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  await runPipeline([...(await partStreams(path, handle, part)), collect]);
  return Buffer.concat(chunks).toString("utf8");
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Uint8Array, previous: number): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
  if (native) return native(data, previous);
  let c = ~previous;
  for (let i = 0; i < data.length; i++)
    c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** Writes a zip: parts copied verbatim, or new content deflated. */
export class ZipCopier {
  private offset = 0;
  private readonly central: Buffer[] = [];

  constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
    private readonly out: NodeJS.WritableStream,
  ) {}

  private async write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    await writeTo(this.out, chunk);
  }

  /** Copies a part byte for byte: local header, compressed data, data descriptor. */
  async copy(part: ZipPart): Promise<void> {
    const { start, end } = await span(this.handle, part);
    const central = Buffer.from(part.central);
    central.writeUInt32LE(this.offset, 42);
    this.central.push(central);
    if (end > start) {
      const source = createReadStream(this.path, { start, end: end - 1, highWaterMark: 1 << 20 });
      for await (const chunk of source) await this.write(chunk as Buffer);
    }
  }

  /** Writes a part's new content (a stream of bytes), deflated, under the part's name and date. */
  async replace(part: ZipPart, content: readonly Stage[]): Promise<void> {
    const name = Buffer.from(part.name, "utf8");
    const flags = 0x08 | (part.flags & 0x0800);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(part.time, 10);
    local.writeUInt16LE(part.date, 12);
    local.writeUInt16LE(name.length, 26);
    const localOffset = this.offset;
    await this.write(Buffer.concat([local, name]));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const out = this.out;
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        compressed += chunk.length;
        if (out.write(chunk)) done();
        else out.once("drain", () => done());
      },
    });
    await runPipeline([...content, counter, zlib.createDeflateRaw({ level: 6 }), sink]);
    this.offset += compressed;
    if (size > 0xfffffffe || compressed > 0xfffffffe)
      throw new ZipFormatError(`${part.name} would exceed 4 GB`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await this.write(descriptor);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(part.time, 12);
    central.writeUInt16LE(part.date, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(localOffset, 42);
    this.central.push(Buffer.concat([central, name]));
  }

  /** The central directory and its end record. */
  async finish(): Promise<void> {
    const dirOffset = this.offset;
    let dirSize = 0;
    for (const record of this.central) {
      dirSize += record.length;
      await this.write(record);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.central.length, 8);
    end.writeUInt16LE(this.central.length, 10);
    end.writeUInt32LE(dirSize, 12);
    end.writeUInt32LE(dirOffset, 16);
    await this.write(end);
  }
}
