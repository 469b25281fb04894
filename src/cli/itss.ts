/**
 * itss: score a roster file from the command line with the same engine the add-in uses.
 *
 *   itss score <roster.csv|roster.xlsx> [--sheet NAME] [--edition v3|v2]
 *              [--format json|csv|xlsx] [--out FILE] [--lang en|ja] [--encoding utf8|sjis|utf16]
 *              [--bom] [--raw]
 *
 * Exit 0 when every person row scored, 1 when some rows were invalid (all rows still
 * reported), 2 when the input cannot be used at all. The source file is only read.
 */
import { parseArgs } from "node:util";
import type { Lang } from "../core/catalog/types";
import type { CsvEncoding } from "../adapters/files/csv-encoding";
import type { CliIo } from "./score-command";
import { UsageError } from "./usage-error";

export type { CliIo };

const USAGE = `Usage:
  itss score <roster.csv|roster.xlsx> [--sheet NAME] [--edition v3|v2] [--format json|csv|xlsx]
             [--out FILE] [--lang en|ja] [--encoding utf8|sjis|utf16] [--bom] [--raw]
             [--engagements SHEET|FILE]
  itss import <skill-sheet.csv|.xlsx> --out roster.xlsx [--sheet NAME] [--lang en|ja] [--encoding ...]
             [--problems problems.csv]

Scores every row of a roster against the ITSS KPIs (see README.md).
  --sheet     sheet of an xlsx file to read (default: the first)
  --edition   KPI edition for Customer Service: v3 (default) or v2
  --format    json (default): one object per row; csv/xlsx: the roster with ITSS Level and Gap columns added
  --out       write to FILE instead of stdout (required for xlsx); never the input file
  --lang      language of gap and error text: en (default) or ja
  --encoding  encoding of a CSV when it is not detected: utf8, sjis (Shift_JIS) or utf16
  --bom       start CSV output with a byte order mark (Japanese Excel needs it to read UTF-8;
              written anyway when the input had one)
  --raw       CSV output without formula neutralising (UNSAFE: a cell such as =HYPERLINK(...)
              runs as a formula when the file is opened in Excel)
  --engagements  score from an Engagements ledger: a sheet of the same workbook or another
              file (JSON output; each row gains evidence: [{engagement, level}])

  --problems  (import) write every problem to this CSV; the Import Report lists the first 20 per column

import reads a skill sheet in another layout (titles, Japanese headers, units) into a
workbook with a Roster table and an Import Report; the source file is never changed.`;

/**
 * Runs one command. Only argument parsing is loaded at start: the engine, the file
 * readers and ExcelJS load when a command needs them, so `itss --help` starts fast.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    // Usage, unreadable input, unwritable output, or anything unforeseen: one line, exit 2.
    io.stderr(`itss: ${errorText(err, argv).replace(/\s*\n\s*/g, " ")}\n`);
    return 2;
  }
}

/** The error in the language asked for, when it comes in both (file problems do). */
function errorText(err: unknown, argv: readonly string[]): string {
  if (!(err instanceof Error)) return String(err);
  const localized = (err as { localized?: { en: string; ja: string } }).localized;
  return localized && langOf(argv) === "ja" ? localized.ja : err.message;
}

/** `--lang ja` or `--lang=ja` anywhere in the arguments (read again here: parsing may have failed). */
function langOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--lang") return argv[i + 1]?.toLowerCase();
    if (arg.startsWith("--lang=")) return arg.slice(7).toLowerCase();
  }
  return undefined;
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: (t) => void process.stderr.write(t) };
}

/** A flag's value, lower-cased, checked against the values it accepts. */
function choice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const v = value.toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new UsageError(
    `--${flag} must be ${allowed.join(" or ").replace(/ or (?=.* or )/g, ", ")}, not "${value}"`,
  );
}

export interface CommonOptions {
  readonly file: string;
  readonly out: string | undefined;
  readonly sheet: string | undefined;
  readonly lang: Lang;
  readonly encoding: CsvEncoding | undefined;
}

const SCORE_ONLY = ["edition", "format", "bom", "raw", "engagements"] as const;

function parse(command: string, args: readonly string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        out: { type: "string" },
        lang: { type: "string" },
        encoding: { type: "string" },
        edition: { type: "string" },
        format: { type: "string" },
        bom: { type: "boolean" },
        raw: { type: "boolean" },
        problems: { type: "string" },
        engagements: { type: "string" },
      },
    });
  } catch (err) {
    throw new UsageError(`${command}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (command !== "score")
    for (const flag of SCORE_ONLY)
      if (parsed.values[flag] !== undefined)
        throw new UsageError(`--${flag} is an option of itss score, not of itss ${command}`);
  if (command !== "import" && parsed.values.problems !== undefined)
    throw new UsageError(`--problems is an option of itss import, not of itss ${command}`);
  return parsed;
}

async function common(
  command: string,
  values: Record<string, string | boolean | undefined>,
  positionals: string[],
  io: CliIo,
): Promise<CommonOptions> {
  const file = positionals[0];
  if (!file || positionals.length > 1)
    throw new UsageError(
      command === "score"
        ? "give exactly one roster file: itss score <roster.csv|roster.xlsx>"
        : "give exactly one file: itss import <skill-sheet.csv|.xlsx> --out roster.xlsx",
    );
  const out = values.out as string | undefined;
  if (out !== undefined && out.trim() === "") throw new UsageError("--out needs a file name");
  const lang = choice("lang", values.lang as string | undefined, ["en", "ja"] as const, "en");
  const encodingName = values.encoding as string | undefined;
  let encoding: CsvEncoding | undefined;
  if (encodingName !== undefined) {
    const { ENCODING_NAMES } = await import("../adapters/files/csv-encoding");
    encoding = ENCODING_NAMES[encodingName.toLowerCase()];
    if (!encoding) throw new UsageError(`--encoding must be utf8, sjis or utf16, not "${encodingName}"`);
  }
  if (out !== undefined) {
    const { refuseSourceAsOutput } = await import("../adapters/files/safe-write");
    await refuseSourceAsOutput(file, out);
  }
  const sheet = values.sheet as string | undefined;
  if (sheet !== undefined && isCsvName(file))
    io.stderr(`itss: warning: --sheet is ignored for a CSV file (${file} has one sheet)\n`);
  if (encoding !== undefined && !isCsvName(file) && /\.xls[xm]$/i.test(file))
    io.stderr(`itss: warning: --encoding is ignored for an xlsx file\n`);
  return { file, out, sheet, lang, encoding };
}

function isCsvName(file: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(file);
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === "import") {
    const { values, positionals } = parse("import", rest);
    const options = await common("import", values, positionals, io);
    if (!options.out) throw new UsageError("import needs --out FILE (an .xlsx to write)");
    const problems = values.problems as string | undefined;
    if (problems !== undefined) {
      if (problems.trim() === "") throw new UsageError("--problems needs a file name");
      const { refuseSourceAsOutput } = await import("../adapters/files/safe-write");
      await refuseSourceAsOutput(options.file, problems);
    }
    const { runImport } = await import("./import-command");
    return runImport({ ...options, out: options.out, problems }, io);
  }
  if (command !== "score")
    throw new UsageError(
      `unknown command "${command}"; try: itss score <roster file> or itss import <file> --out roster.xlsx`,
    );
  const { values, positionals } = parse("score", rest);
  const options = await common("score", values, positionals, io);
  // Editions are read as everywhere else (parseEdition): v3, V2, 3... Loaded here, not at
  // start: the application layer brings the engine and its schemas, which --help does not need.
  const { parseEdition } = await import("../app/score");
  const edition = parseEdition(values.edition as string | undefined);
  if (edition === undefined) throw new UsageError(`--edition must be v3 or v2, not "${values.edition}"`);
  const format = choice(
    "format",
    values.format as string | undefined,
    ["json", "csv", "xlsx"] as const,
    "json",
  );
  if (format === "xlsx" && !options.out) throw new UsageError("--format xlsx needs --out FILE");
  if (format !== "csv" && values.bom) io.stderr("itss: warning: --bom applies to CSV output only\n");
  if (format !== "csv" && values.raw) io.stderr("itss: warning: --raw applies to CSV output only\n");
  const engagements = values.engagements as string | undefined;
  if (engagements !== undefined) {
    if (engagements.trim() === "") throw new UsageError("--engagements needs a sheet name or a file");
    if (format !== "json") throw new UsageError("--engagements writes JSON only; leave out --format");
    const { scoreLedgerFile } = await import("./score-ledger");
    return scoreLedgerFile({ ...options, engagements, edition }, io);
  }
  const { scoreFile } = await import("./score-command");
  return scoreFile(
    {
      ...options,
      edition,
      format,
      bom: values.bom === true,
      raw: values.raw === true,
    },
    io,
  );
}
