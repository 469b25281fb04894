/**
 * `itss import`: the pane's import pipeline, into a new workbook written as xlsx.
 * The output goes through a temporary file beside the target and is renamed into
 * place when complete; an output that is the source was refused before this runs.
 */
import { readFile } from "node:fs/promises";
import type { Lang } from "../core/catalog/types";
import { FileReadError, readSheet } from "../adapters/files/read-sheet";
import type { CsvEncoding } from "../adapters/files/csv-encoding";
import { writeTo } from "../adapters/files/safe-write";
import { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import { exportXlsx } from "../adapters/memory/export-xlsx";
import { ActionProblem } from "../app/roster";
import { applyImport, planWorkbookImport } from "../app/import";
import { UsageError, withOutput, type CliIo } from "./score-command";

export interface ImportOptions {
  readonly file: string;
  readonly out: string;
  readonly sheet: string | undefined;
  readonly lang: Lang;
  readonly encoding: CsvEncoding | undefined;
}

export async function runImport(options: ImportOptions, io: CliIo): Promise<number> {
  const { file, out, lang } = options;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new FileReadError(
      code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`,
    );
  }
  const sheet = await readSheet(bytes, file, options.sheet);
  const workbook = new MemoryWorkbook();
  const source = { name: file, rows: sheet.rows };
  let outcome;
  try {
    const planned = await planWorkbookImport(workbook, source, { mode: "append", lang });
    outcome = await applyImport(workbook, source, planned.plan, planned.mapping, lang);
  } catch (err) {
    if (err instanceof ActionProblem) throw new UsageError(`${file}: ${err.detail.en}`);
    throw err;
  }
  const xlsx = await exportXlsx(workbook);
  await withOutput(out, io, async (stream) => writeTo(stream, xlsx));
  const s = outcome.summary;
  io.stdout.write(
    `${lang === "en" ? `Imported ${s.imported} of ${s.read} rows into ${out} (${s.flagged} flagged, ${s.changed} cells converted); see its Import Report sheet.` : `${s.read}行中${s.imported}行を${out}に取り込みました（要確認${s.flagged}行、変換${s.changed}セル）。取り込みレポートのシートを参照してください。`}\n`,
  );
  return s.flagged > 0 ? 1 : 0;
}
