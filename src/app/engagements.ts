/**
 * Scoring a whole roster from an Engagements ledger (the CLI's --engagements, the pane):
 * the ledger is read once with sheet row numbers, grouped by person, and each roster
 * row is scored exactly as HR.ITSSLEVEL scores it with that person's rows.
 */
import type { Edition, Lang } from "../core/catalog/types";
import {
  groupByPerson,
  readEngagements,
  scoreEngagements,
  unknownEmployees,
  type Day,
  type EngagementProblem,
  type EngagementScore,
} from "../core/engagements";
import type { RuleSet } from "../core/engine/rule-set";
import { mapHeaders } from "../core/roster/header-map";
import { readEvidence } from "../core/roster/read-row";
import { personKey } from "../core/rounds/person-key";

export interface SheetRows {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Sheet row number of the first data row (the header row's + 1). */
  readonly firstRow: number;
}

export interface LedgerOptions {
  readonly edition?: Edition;
  readonly rules?: RuleSet;
  readonly asOf: Day;
}

export interface LedgerRowScore {
  /** Sheet row of the roster row. */
  readonly row: number;
  readonly employeeId: string;
  readonly name: string;
  readonly score: EngagementScore;
}

export interface LedgerScore {
  readonly rows: readonly LedgerRowScore[];
  /** Problems of ledger rows (with sheet rows), unknown Employee IDs included. */
  readonly ledgerProblems: readonly EngagementProblem[];
  readonly engagements: number;
}

export function scoreRosterWithLedger(
  roster: SheetRows,
  ledger: SheetRows,
  options: LedgerOptions,
): LedgerScore {
  const read = readEngagements(ledger.headers, ledger.rows, { numbering: "row", firstRow: ledger.firstRow });
  const map = mapHeaders(roster.headers);
  const idAt = map.index.employeeId;
  const rosterIds = new Set(roster.rows.map((r) => personKey(idAt < 0 ? "" : r[idAt])));
  const unknown = unknownEmployees(read.engagements, rosterIds);
  const byPerson = groupByPerson(read.engagements, personKey);
  const rows = roster.rows.map((cells, i): LedgerRowScore => {
    const row = roster.firstRow + i;
    const { evidence, problems } = readEvidence(map, cells, row);
    const own = byPerson.get(personKey(evidence.employeeId)) ?? [];
    const score = scoreEngagements(evidence, problems, own, {
      asOf: options.asOf,
      ...(options.edition ? { edition: options.edition } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    });
    return { row, employeeId: evidence.employeeId, name: evidence.name, score };
  });
  const ledgerProblems = [...read.problems, ...unknown].sort((a, b) => a.row - b.row);
  return { rows, ledgerProblems, engagements: read.engagements.length };
}

/** One row's result as the CLI's JSON carries it. */
export function ledgerRowJson(r: LedgerRowScore, lang: Lang) {
  const s = r.score;
  return {
    row: r.row,
    employeeId: r.employeeId,
    name: r.name,
    level: s.level,
    gaps: s.gaps.map((g) => g[lang]),
    ...(s.level === null ? { error: s.problems.map((p) => p.message[lang]).join(" ") } : {}),
    evidence: s.evidenceLevels,
  };
}
