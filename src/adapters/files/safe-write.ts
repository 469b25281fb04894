/**
 * Writing outputs without ever touching the source: an output that is the input
 * (same path, `..` detours, a symbolic or a hard link) is refused before anything is
 * read, and every output goes to a temporary file beside its target that is renamed
 * into place only when complete, so a failed run leaves no half-written file.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/** The file a path names, as the file system identifies it; null when it does not exist. */
async function identity(path: string): Promise<{ real: string; dev: number; ino: number } | null> {
  try {
    const info = await stat(path);
    return { real: await realpath(path), dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

/**
 * Refuses an output that would replace the input: same real path, or the same file
 * (device and inode) reached through a hard link.
 */
export async function refuseSourceAsOutput(input: string, output: string): Promise<void> {
  const source = await identity(input);
  if (!source) return;
  const target = await identity(output);
  let same =
    target !== null &&
    (target.real === source.real || (target.dev === source.dev && target.ino === source.ino));
  if (!target) {
    // A target that does not exist yet: compare through its real folder.
    const folder = await identity(dirname(resolve(output)));
    if (folder) same = join(folder.real, basename(output)) === source.real;
  }
  if (same)
    throw new OutputError(
      `--out ${output} is the input file ${input}; the source is never overwritten. Choose another output file`,
    );
}

export function writeErrorMessage(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = {
    ENOENT: "its folder does not exist",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EISDIR: "it is a folder",
    ENOSPC: "the disk is full",
    EROFS: "the file system is read-only",
    EDQUOT: "the disk quota is exceeded",
    ENOTDIR: "a part of the path is not a folder",
  };
  const reason = (code && why[code]) ?? (err instanceof Error ? err.message : String(err));
  return `cannot write ${path}: ${reason}`;
}

/** A file being written beside its target; `commit` renames it into place, `abort` removes it. */
export interface AtomicFile {
  readonly path: string;
  readonly stream: WriteStream;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openAtomic(target: string): Promise<AtomicFile> {
  const temp = join(
    dirname(resolve(target)),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.part`,
  );
  // A megabyte may wait to be written, so the next batch is made while the disk takes the last.
  const stream = createWriteStream(temp, { flags: "wx", highWaterMark: 1 << 20 });
  await new Promise<void>((done, fail) => {
    stream.once("open", () => done());
    stream.once("error", (err) => fail(new OutputError(writeErrorMessage(target, err))));
  });
  let failure: unknown;
  stream.on("error", (err) => (failure ??= err));
  const closed = (): Promise<void> =>
    stream.closed
      ? Promise.resolve()
      : new Promise((done) => {
          stream.end(() => done());
          stream.once("error", () => done());
        });
  return {
    path: temp,
    stream,
    async commit() {
      await closed();
      if (failure) {
        await unlink(temp).catch(() => undefined);
        throw new OutputError(writeErrorMessage(target, failure));
      }
      try {
        await rename(temp, target);
      } catch (err) {
        await unlink(temp).catch(() => undefined);
        throw new OutputError(writeErrorMessage(target, err));
      }
    },
    async abort() {
      stream.destroy();
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Writes text (or bytes) to a stream, waiting when its buffer is full: memory stays flat. */
export function writeTo(
  stream: NodeJS.WritableStream,
  chunk: string | Uint8Array,
  /** Called once the stream has written the chunk (its bytes may then be reused). */
  written?: (err?: Error | null) => void,
): Promise<void> | undefined {
  if (written ? stream.write(chunk, written) : stream.write(chunk)) return undefined;
  return new Promise((done, fail) => {
    const onDrain = () => {
      stream.off("error", onError);
      done();
    };
    const onError = (err: unknown) => {
      stream.off("drain", onDrain);
      fail(err);
    };
    stream.once("drain", onDrain);
    stream.once("error", onError);
  });
}
