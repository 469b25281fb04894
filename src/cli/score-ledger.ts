/**
 * `itss score roster.xlsx --engagements Engagements`: levels from an Engagements ledger
 * (issue 15), a sheet of the same workbook or another file. Both are read whole (the
 * ledger is grouped by person), through the same scorer as HR.ITSSLEVEL with each
 * person's rows; JSON only, each row with `evidence: [{engagement, level}]`.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { Edition, Lang } from "../core/catalog/types";
import {
  ledgerRowJson,
  locateLedger,
  locateRoster,
  scoreRosterWithLedger,
  todayDay,
} from "../app/engagements";
import { FileReadError, readSheet } from "../adapters/files/read-sheet";
import type { CliIo } from "./score-command";
import { withOutput } from "./score-command";

export interface LedgerFileOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  /** A sheet name of `file`, or another file (its first sheet). */
  readonly engagements: string;
  readonly out: string | undefined;
  readonly lang: Lang;
  readonly edition: Edition;
}

export async function scoreLedgerFile(options: LedgerFileOptions, io: CliIo): Promise<number> {
  const bytes = new Uint8Array(await readFile(options.file));
  const roster = await readSheet(bytes, options.file, options.sheet);
  const otherFile = existsSync(options.engagements) && options.engagements !== options.sheet;
  const ledger = otherFile
    ? await readSheet(new Uint8Array(await readFile(options.engagements)), options.engagements)
    : await readSheet(bytes, options.file, options.engagements);
  const rosterTable = locateRoster(roster.rows);
  if (!rosterTable)
    throw new FileReadError(
      `${options.file} (${roster.sheetName}): no roster header row in the first 50 rows`,
    );
  const ledgerTable = locateLedger(ledger.rows);
  if (!ledgerTable)
    throw new FileReadError(
      `${options.engagements}: no Engagements header row (Employee ID, Engagement, Start, …) in the first 50 rows`,
    );
  const result = scoreRosterWithLedger(rosterTable, ledgerTable, {
    edition: options.edition,
    asOf: todayDay(),
  });
  const people = result.rows.filter((r) => r.employeeId !== "" || r.score.level !== null);
  await withOutput(options.out, io, async (out) => {
    out.write(
      `${JSON.stringify(
        people.map((r) => ledgerRowJson(r, options.lang)),
        null,
        2,
      )}\n`,
    );
  });
  for (const p of result.ledgerProblems) io.stderr(`itss: Engagements ${p.message[options.lang]}\n`);
  const invalid = people.filter((r) => r.score.level === null).length;
  const errors = result.ledgerProblems.filter((p) => p.severity === "error").length;
  if (invalid > 0)
    io.stderr(`itss: ${invalid} of ${people.length} rows are invalid; their errors are in the output\n`);
  return invalid > 0 || errors > 0 ? 1 : 0;
}
