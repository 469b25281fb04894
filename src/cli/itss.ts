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
import { locateRoster } from "../core/roster/locate-roster";
import { gapSentences, problemText, scoreRoster } from "../core/roster/score-roster";
import { fileKind, FileReadError, readSheet } from "../adapters/files/read-sheet";
import { scoredCsv, scoredXlsx } from "../adapters/files/write-scored";

const USAGE = `Usage:
  itss score <roster.csv|roster.xlsx> [--sheet NAME] [--edition v3|v2] [--format json|csv|xlsx] [--out FILE] [--lang en|ja]

Scores every row of a roster against the ITSS KPIs (see README.md).
  --sheet    sheet of an xlsx file to read (default: the first)
  --edition  KPI edition for Customer Service: v3 (default) or v2
  --format   json (default): one object per row on stdout; csv/xlsx: the roster with ITSS Level and Gap columns added
  --out      write to FILE instead of stdout (required for xlsx)
  --lang     language of gap and error text: en (default) or ja`;

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
  if (command !== "score")
    throw new UsageError(`unknown command "${command}"; try: itss score <roster file>`);
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
  const located = locateRoster(sheet.rows);
  if (!located.ok) throw new UsageError(`${file}: ${located.reason}`);
  const roster = located.roster;
  const scoreOptions = { edition: edition as Edition, headers: roster.headers };
  let invalid = 0;

  if (format === "json") {
    // One object per line, serialised as each row is scored: nothing of a row is kept
    // once its line is written, which keeps a 100,000-row roster fast and small.
    const lines: string[] = [];
    for (const data of roster.dataRows) {
      const s = scoreRow(data.cells, { ...scoreOptions, row: data.rowNumber });
      const e = s.evidence;
      const base = {
        row: s.row,
        employeeId: e.employeeId,
        name: e.name,
        level: s.level,
        gaps: gapSentences(s, lang as Lang),
      };
      if (s.level === null) invalid++;
      lines.push(JSON.stringify(s.level === null ? { ...base, error: problemText(s, lang as Lang) } : base));
    }
    await emit(io, values.out, lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`);
  } else {
    const result = scoreRoster(roster, { edition: edition as Edition });
    invalid = result.invalid;
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

async function emit(io: CliIo, out: string | undefined, text: string): Promise<void> {
  if (out) await io.writeFile(out, text);
  else io.stdout(text);
}
