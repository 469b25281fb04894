/**
 * itss: score a roster file from the command line with the same engine the add-in uses.
 *
 *   itss score <roster.csv|roster.xlsx> [--sheet NAME] [--edition v3|v2]
 *              [--format json|csv|xlsx] [--out FILE] [--lang en|ja]
 *
 * Exit 0 when every row scored, 1 when some rows were invalid (all rows still
 * reported), 2 when the input cannot be used at all.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Edition, Lang } from "../core/catalog/types";
import { scoreRow } from "../core/engine/score-row";
import { normalisedCells, rosterFromSheet } from "../core/import/roster-source";
import { gapSentences, problemText } from "../core/roster/score-roster";
import { fileKind, FileReadError, readSheet } from "../adapters/files/read-sheet";
import { scoredCsv, scoredXlsx } from "../adapters/files/write-scored";
import { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import { exportXlsx } from "../adapters/memory/export-xlsx";
import { ActionProblem } from "../app/roster";
import { applyImport, planWorkbookImport } from "../app/import";

const USAGE = `Usage:
  itss score <roster.csv|roster.xlsx> [--sheet NAME] [--edition v3|v2] [--format json|csv|xlsx] [--out FILE] [--lang en|ja]
  itss import <skill-sheet.csv|.xlsx> --out roster.xlsx [--sheet NAME] [--lang en|ja]

Scores every row of a roster against the ITSS KPIs (see README.md).
  --sheet    sheet of an xlsx file to read (default: the first)
  --edition  KPI edition for Customer Service: v3 (default) or v2
  --format   json (default): one object per row on stdout; csv/xlsx: the roster with ITSS Level and Gap columns added
  --out      write to FILE instead of stdout (required for xlsx)
  --lang     language of gap and error text: en (default) or ja

import reads a skill sheet in another layout (titles, Japanese headers, units) into a
workbook with a Roster table and an Import Report; the source file is never changed.`;

/** Usage problems and unusable input: exit code 2 with a one-line reason. */
class UsageError extends Error {}

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof FileReadError) {
      io.stderr(`itss: ${err.message}\n`);
      return 2;
    }
    io.stderr(`itss: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
}

function processIo(): CliIo {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    writeFile: (p, d) => writeFile(p, d),
  };
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "import") return runImport(rest, io);
  if (command !== "score")
    throw new UsageError(
      `unknown command "${command}"; try: itss score <roster file> or itss import <file> --out roster.xlsx`,
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        edition: { type: "string", default: "v3" },
        format: { type: "string", default: "json" },
        out: { type: "string" },
        lang: { type: "string", default: "en" },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("give exactly one roster file: itss score <roster.csv|roster.xlsx>");
  const edition = (values.edition ?? "v3").toUpperCase();
  if (edition !== "V3" && edition !== "V2")
    throw new UsageError(`--edition must be v3 or v2, not "${values.edition}"`);
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv" && format !== "xlsx")
    throw new UsageError(`--format must be json, csv or xlsx, not "${format}"`);
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "ja") throw new UsageError(`--lang must be en or ja, not "${lang}"`);
  if (format === "xlsx" && !values.out) throw new UsageError("--format xlsx needs --out FILE");

  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`,
    );
  }
  const sheet = await readSheet(bytes, file, values.sheet);
  // The import pipeline reads the sheet: header below titles, data up to a totals row, mapping.
  const located = rosterFromSheet(sheet.rows);
  if (!located.ok) throw new UsageError(`${file}: ${located.reason}`);
  const { roster, mapping } = located.source;
  // One options object for every row (only `row` changes): a roster can have 100,000 rows.
  const scoreOptions: { edition: Edition; headers: typeof roster.headers; row: number } = {
    edition: edition as Edition,
    headers: roster.headers,
    row: 0,
  };
  /** A row is scored as it stands; if that fails, as the import would write it ("300名" -> 300). */
  const score = (cells: readonly unknown[], row: number) => {
    scoreOptions.row = row;
    const first = scoreRow(cells, scoreOptions);
    if (first.level !== null) return first;
    const again = scoreRow(normalisedCells(mapping, cells), scoreOptions);
    return again.level !== null ? again : first;
  };
  let invalid = 0;

  if (format === "json") {
    // One object per line, serialised as each row is scored: nothing of a row is kept
    // once its line is written, which keeps a 100,000-row roster fast and small.
    const lines: string[] = [];
    for (const data of roster.dataRows) {
      const s = score(data.cells, data.rowNumber);
      const e = s.evidence;
      // Written by hand in the documented key order; every value still goes through JSON.stringify.
      const head = `{"row":${s.row},"employeeId":${JSON.stringify(e.employeeId)},"name":${JSON.stringify(e.name)},"level":${s.level},"gaps":${JSON.stringify(gapSentences(s, lang as Lang))}`;
      if (s.level === null) {
        invalid++;
        lines.push(`${head},"error":${JSON.stringify(problemText(s, lang as Lang))}}`);
      } else {
        lines.push(`${head}}`);
      }
    }
    await emit(io, values.out, lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`);
  } else {
    const result = { rows: roster.dataRows.map((d) => score(d.cells, d.rowNumber)) };
    invalid = result.rows.filter((r) => r.level === null).length;
    if (format === "csv") {
      await emit(io, values.out, `${scoredCsv(sheet, roster, result.rows, lang as Lang)}\r\n`);
    } else {
      const kind = fileKind(file, bytes);
      const xlsx = await scoredXlsx(
        { bytes, kind, sheetName: sheet.sheetName },
        sheet,
        roster,
        result.rows,
        lang as Lang,
      );
      await io.writeFile(values.out as string, xlsx);
    }
  }
  if (invalid > 0) {
    io.stderr(
      `itss: ${invalid} of ${roster.dataRows.length} rows are invalid; their errors are in the output\n`,
    );
    return 1;
  }
  return 0;
}

/** itss import: the pane's import pipeline, into a new workbook written as xlsx. */
async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: "string" },
        sheet: { type: "string" },
        lang: { type: "string", default: "en" },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError("give exactly one file: itss import <skill-sheet.csv|.xlsx> --out roster.xlsx");
  if (!values.out) throw new UsageError("import needs --out FILE (an .xlsx to write)");
  const lang = values.lang ?? "en";
  if (lang !== "en" && lang !== "ja") throw new UsageError(`--lang must be en or ja, not "${lang}"`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT" ? `${file}: no such file` : `${file}: cannot be read (${code ?? String(err)})`,
    );
  }
  const sheet = await readSheet(bytes, file, values.sheet);
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
  await io.writeFile(values.out, await exportXlsx(workbook));
  const s = outcome.summary;
  io.stdout(
    `${lang === "en" ? `Imported ${s.imported} of ${s.read} rows into ${values.out} (${s.flagged} flagged, ${s.changed} cells converted); see its Import Report sheet.` : `${s.read}行中${s.imported}行を${values.out}に取り込みました（要確認${s.flagged}行、変換${s.changed}セル）。取り込みレポートのシートを参照してください。`}\n`,
  );
  return s.flagged > 0 ? 1 : 0;
}

async function emit(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out) await io.writeFile(out, text);
  else io.stdout(text);
}
