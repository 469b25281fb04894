/**
 * `itss score book.xlsx --format xlsx`: two passes over the workbook. The first
 * streams the sheet's rows through the engine and spools each row's two added
 * cells to a temporary file; the second copies the workbook part by part, adding
 * the spooled cells to the sheet's XML as it streams by. Memory holds one batch.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { addedCells, type Added, type ScoredSink } from "../adapters/files/scored-sinks";
import type { CellValue } from "../adapters/files/read-sheet";
import { FileReadError } from "../adapters/files/read-sheet";
import { writeTo } from "../adapters/files/safe-write";
import { parseSpoolLine, patchWorkbook, spoolLine, type SpooledRow } from "../adapters/files/xlsx-patch";
import { ZipFormatError } from "../adapters/files/zip-parts";
import type { Lang } from "../core/catalog/types";
import {
  finish,
  guardXlsxFile,
  MAX_STREAM_BYTES,
  withOutput,
  type CliIo,
  type ScoreFileOptions,
} from "./score-command";
import { scoreStream } from "./score-stream";

class SpoolSink implements ScoredSink {
  private text = "";
  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly lang: Lang,
  ) {}
  row(index: number, _cells: readonly CellValue[], _shown: unknown, added: Added): void {
    if (!added) return;
    const [level, gap] = addedCells(added, this.lang);
    this.text += spoolLine(index + 1, level as number | string, gap);
  }
  flush(): Promise<void> | undefined {
    const text = this.text;
    this.text = "";
    return text === "" ? undefined : writeTo(this.out, text);
  }
  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((done, fail) => {
      this.out.once("error", fail);
      this.out.end(() => done());
    });
  }
}

async function* spooled(path: string): AsyncGenerator<SpooledRow> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const line of lines) if (line !== "") yield parseSpoolLine(line);
}

export async function scoreXlsxToXlsx(options: ScoreFileOptions, io: CliIo): Promise<number> {
  const { openXlsxStream } = await import("../adapters/files/xlsx-stream");
  await guardXlsxFile(options.file);
  const dir = await mkdtemp(join(tmpdir(), "itss-"));
  try {
    const spoolPath = join(dir, "scores.tsv");
    const xlsx = await openXlsxStream(options.file, {
      maxBytes: MAX_STREAM_BYTES,
      ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    });
    const counts = await scoreStream(
      xlsx.batches,
      { fileName: options.file, edition: options.edition, lang: options.lang, addedColumns: 2 },
      async () => new SpoolSink(createWriteStream(spoolPath), options.lang),
    );
    const result = await withOutput(options.out, io, async (out) => {
      try {
        return await patchWorkbook(options.file, out, {
          sheetName: xlsx.sheetName(),
          width: xlsx.width(),
          spool: spooled(spoolPath),
        });
      } catch (err) {
        if (err instanceof ZipFormatError)
          throw new FileReadError(`${options.file}: its sheet cannot be edited in place (${err.message})`);
        throw err;
      }
    });
    if (result.crowdedRows.length > 0)
      io.stderr(
        `itss: warning: rows ${result.crowdedRows.join(", ")} reach past the other rows; their score cells follow their own last cell\n`,
      );
    return finish(counts, options.lang, io);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
