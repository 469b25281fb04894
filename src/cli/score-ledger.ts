/**
 * `itss score roster.xlsx --engagements Engagements`: levels from an Engagements ledger
 * (issue 15), a sheet of the same workbook or another file. The ledger is read first
 * (through the streaming readers) and held, grouped by person; the roster then streams
 * through the batch path like `itss score`'s (same header search, mapping and row
 * rule), each person row scored as HR.ITSSLEVEL scores it with that person's rows.
 * Units written in cells are read on both sides ("35名" is 35). JSON only: each row
 * with `evidence: [{engagement, level}]`, then the counts.
 */
import { existsSync } from "node:fs";
import type { Edition, Lang } from "../core/catalog/types";
import { ledgerRowJson, ledgerScorer, locateLedger, todayDay } from "../app/engagements";
import { rosterFromSheet, rowAccount, type RowAccount } from "../app/batch";
import type { CsvEncoding } from "../adapters/files/csv-encoding";
import { FileReadError, type CellValue } from "../adapters/files/read-sheet";
import { JsonRowsWriter } from "../adapters/files/scored-sinks";
import { finish, openSource, sniffSource, withOutput, type CliIo } from "./score-command";
import { cliReason, duplicateWarnings, walkRoster } from "./score-stream";

export interface LedgerFileOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  /** A sheet name of `file`, or another file (its first sheet). */
  readonly engagements: string;
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly edition: Edition;
  readonly encoding?: CsvEncoding | undefined;
}

/** The ledger's rows: another file's first sheet, or a sheet of the roster's workbook. */
async function ledgerRows(options: LedgerFileOptions): Promise<{ name: string; rows: CellValue[][] }> {
  const otherFile = existsSync(options.engagements) && options.engagements !== options.sheet;
  // A CSV has one table: a name that is not a file cannot be another sheet of it.
  if (!otherFile && (await sniffSource(options.file)) !== "xlsx")
    throw new FileReadError({
      en: `--engagements "${options.engagements}": there is no such file, and ${options.file} is a CSV, which has no other sheets; give the Engagements ledger's own file (CSV or xlsx)`,
      ja: `--engagements "${options.engagements}": そのファイルはありません。${options.file} は CSV で、ほかのシートを持ちません。Engagements 台帳のファイル (CSV または xlsx) を指定してください`,
    });
  const source = otherFile
    ? await openSource({ file: options.engagements })
    : await openSource({ file: options.file, sheet: options.engagements });
  const rows: CellValue[][] = [];
  for await (const batch of source.batches) for (const row of batch.rows) rows.push(row);
  return { name: otherFile ? options.engagements : `${options.file} (${options.engagements})`, rows };
}

export async function scoreLedgerFile(options: LedgerFileOptions, io: CliIo): Promise<number> {
  const ledger = await ledgerRows(options);
  const ledgerTable = locateLedger(ledger.rows);
  if (!ledgerTable)
    throw new FileReadError(
      `${ledger.name}: no Engagements header row (Employee ID, Engagement, Start, …) in the first 50 rows`,
    );
  const scorer = ledgerScorer(ledgerTable, { edition: options.edition, asOf: todayDay() });
  ledger.rows = [];

  const roster = await openSource({
    file: options.file,
    sheet: options.sheet,
    encoding: options.encoding,
  });
  const tally = { scored: 0, invalid: 0 };
  const account = await withOutput(options.out, io, async (out) => {
    const json = new JsonRowsWriter(out);
    let result: RowAccount | undefined;
    await walkRoster(roster.batches, { fileName: options.file, addedColumns: 0 }, async (prefix) => {
      const found = rosterFromSheet(prefix);
      if (!found.ok) throw new FileReadError(`${options.file}: ${cliReason(found.reason)}`);
      for (const warning of duplicateWarnings(found.source.mapping)) io.stderr(`itss: ${warning}\n`);
      const score = scorer.rowScorer(found.source.roster.headers);
      return {
        headerIndex: found.source.roster.headerIndex,
        skippedAbove: found.source.rows.skippedAbove,
        visitor: {
          header: () => undefined,
          person: (i, cells) => {
            const scored = score(cells, i + 1);
            if (scored.score.level === null) tally.invalid++;
            else tally.scored++;
            json.add(JSON.stringify(ledgerRowJson(scored, options.lang)));
          },
          skipped: () => undefined,
          flush: () => json.flush(),
          end: async (skipped) => {
            result = rowAccount(skipped, tally);
            await json.end(result);
          },
        },
      };
    });
    return result as RowAccount;
  });
  const problems = scorer.problems();
  for (const p of problems) io.stderr(`itss: Engagements ${p.message[options.lang]}\n`);
  const code = finish(account, options.lang, io);
  return code === 0 && problems.some((p) => p.severity === "error") ? 1 : code;
}
