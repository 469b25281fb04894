/**
 * The assessment-round actions of the pane, as plain async functions over a
 * WorkbookAdapter (no React), like actions.ts: compare self and manager
 * assessments, close a round into the append-only History table, and draw the
 * trends. The core decides every cell; the adapter only writes.
 */
import type { Edition, Lang, Localized } from "../core/catalog/types";
import {
  agreedLevelsInForce,
  buildSnapshotRows,
  compareSelfAndManager,
  movementBetween,
  planCloseRound,
  readAgreedLevels,
  readAssessments,
  readHistory,
  resolveAssessedLevels,
  roundKey,
  validateRoundLabel,
  type AssessedRoster,
  type Disagreement,
  type HistoryEntry,
  type Movement,
  type PairingIssue,
  type RoundProblem,
} from "../core/rounds";
import { roundsOf } from "../core/rounds/history";
import { historyTableSpec, ROUND_SHEETS, selfVsManagerTable } from "../core/rounds/sheets";
import { trendsReport } from "../core/rounds/trends-report";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem, APP_MESSAGES as ROUNDS_TEXT } from "./problem";
import { findAndScore, located } from "./score";

export interface RoundsOptions {
  readonly lang: Lang;
  readonly edition: Edition;
  /** Score with the workbook's KPI Rules table, as the roster's own formulas may. */
  readonly useCompanyRules?: boolean;
}

export interface CompareResult {
  /** Where the roster is, so the pane can take the person to a row. */
  readonly roster: { readonly sheet: string; readonly firstColumn: number };
  /** People whose self and manager levels differ, with the criteria that differ. */
  readonly disagreements: readonly Disagreement[];
  readonly sameLevel: number;
  /** People (or rows) that could not be compared: a missing, repeated, invalid or unlabelled row. */
  readonly issues: readonly PairingIssue[];
  /** `Assessed by` cells that name nobody. */
  readonly problems: readonly Localized[];
  /** Differing people whose agreed level or comment carried over from the earlier sheet. */
  readonly carriedOver: number;
  /** Rows kept although the person no longer differs, because HR typed into them. */
  readonly kept: number;
}

/**
 * Compares each person's self row with their manager's row and writes (or
 * refreshes) the `Self vs Manager` sheet, keeping what HR typed into it.
 */
export async function compareSelfManager(
  wb: WorkbookAdapter,
  options: RoundsOptions,
  progress?: Progress,
): Promise<CompareResult> {
  const { roster, assessed } = await assessRoster(wb, options);
  if (!assessed.hasAssessorColumn) throw new ActionProblem(ROUNDS_TEXT.noAssessorColumn);
  const comparison = compareSelfAndManager(assessed.rows);
  const existing = await wb.readTable(ROUND_SHEETS.selfVsManager.table);
  const build = selfVsManagerTable(comparison, options.lang, existing);
  await wb.writeTables([build.table], progress);
  return {
    roster: { sheet: roster.sheet, firstColumn: roster.firstColumn },
    disagreements: comparison.disagreements,
    sameLevel: comparison.sameLevel,
    issues: comparison.issues,
    problems: messages(assessed.problems),
    carriedOver: build.carriedOver,
    kept: build.kept.length,
  };
}

export interface CloseRoundOptions extends RoundsOptions {
  readonly roundLabel: string;
  /** The snapshot date: a Date (its local day) or yyyy-mm-dd. */
  readonly date: Date | string;
  /** The person confirmed replacing the round's rows already in History. */
  readonly replace: boolean;
}

export type CloseRoundResult =
  | {
      readonly kind: "needs-confirmation";
      readonly round: string;
      readonly replacedCount: number;
      readonly message: Localized;
    }
  | {
      readonly kind: "closed";
      readonly round: string;
      /** People recorded for the round. */
      readonly recorded: number;
      /** Earlier rows of the same round that were removed (0 unless replacing). */
      readonly replaced: number;
      /** People recorded at the level agreed on the Self vs Manager sheet. */
      readonly agreedUsed: number;
      /** People recorded without any level, because their deciding row is invalid. */
      readonly withoutLevel: number;
      readonly problems: readonly Localized[];
    };

/**
 * Snapshots the round into History. Asks first (changing nothing) when the round
 * is already there; once confirmed deletes exactly that round's rows. Writes only
 * through updateTableRows, so other rounds' rows are never rewritten.
 */
export async function closeRound(
  wb: WorkbookAdapter,
  options: CloseRoundOptions,
  progress?: Progress,
): Promise<CloseRoundResult> {
  const label = validateRoundLabel(options.roundLabel);
  if (!label.ok) throw new ActionProblem(label.message);
  const { assessed } = await assessRoster(wb, options);
  const sheet = await wb.readTable(ROUND_SHEETS.selfVsManager.table);
  const agreed = sheet ? readAgreedLevels(asRows(sheet), sheet.headerRow + 1) : { agreed: [], problems: [] };
  // Only agreements that settle today's disagreements: a sheet left from an earlier round never leaks in.
  const settled = agreedLevelsInForce(agreed.agreed, compareSelfAndManager(assessed.rows));
  const resolved = resolveAssessedLevels(assessed.rows, settled.inForce);
  const snapshot = buildSnapshotRows(resolved.people, label.label, options.date);
  if (!snapshot.ok) throw new ActionProblem(joined(snapshot.problems));
  const history = await wb.readTable(ROUND_SHEETS.history.table);
  const plan = planCloseRound(history ? asRows(history) : [], snapshot.rows, label.label, {
    replace: options.replace,
    lang: options.lang,
  });
  if (plan.kind === "invalid") throw new ActionProblem(joined(plan.problems));
  if (plan.kind === "needs-confirmation") {
    return { kind: plan.kind, round: label.label, replacedCount: plan.replacedCount, message: plan.message };
  }
  await wb.updateTableRows(
    historyTableSpec(plan.header),
    { remove: plan.rowsToRemove, append: plan.rowsToAppend },
    progress,
  );
  return {
    kind: "closed",
    round: label.label,
    recorded: snapshot.rows.length,
    replaced: plan.replacedCount,
    agreedUsed: resolved.people.filter((p) => p.agreedLevel !== null).length,
    withoutLevel: resolved.people.filter((p) => p.agreedLevel === null && p.assessedLevel === null).length,
    problems: messages([...assessed.problems, ...agreed.problems, ...settled.problems, ...resolved.problems]),
  };
}

export interface TrendsOptions {
  readonly lang: Lang;
  /** The two rounds to compare; both omitted: the last two rounds closed. */
  readonly fromRound?: string;
  readonly toRound?: string;
}

export interface TrendsResult {
  readonly rounds: readonly string[];
  /** Null when History holds a single round. */
  readonly movement: Movement | null;
  /** History cells that could not be read (the rows still count where they can). */
  readonly problems: readonly Localized[];
}

/** Reads History and writes the Trends sheet: distribution per round and who moved between two rounds. */
export async function buildTrends(
  wb: WorkbookAdapter,
  options: TrendsOptions,
  progress?: Progress,
): Promise<TrendsResult> {
  const history = await wb.readTable(ROUND_SHEETS.history.table);
  if (!history) throw new ActionProblem(ROUNDS_TEXT.noHistory);
  const read = readHistory(asRows(history), history.headerRow + 1);
  const rounds = roundsOf(read.entries).map((r) => r.label);
  if (rounds.length === 0) {
    throw new ActionProblem(read.problems[0]?.message ?? ROUNDS_TEXT.noRoundsYet);
  }
  const movement = chosenMovement(read.entries, rounds, options);
  await wb.writeReport(trendsReport(read.entries, options.lang, movement), progress);
  return { rounds, movement, problems: messages(read.problems) };
}

/** The rounds in History, in the order they were closed: what the pane offers to compare. */
export async function historyRounds(wb: WorkbookAdapter): Promise<string[]> {
  const history = await wb.readTable(ROUND_SHEETS.history.table);
  if (!history) return [];
  return roundsOf(readHistory(asRows(history)).entries).map((r) => r.label);
}

function chosenMovement(
  entries: readonly HistoryEntry[],
  rounds: readonly string[],
  options: TrendsOptions,
): Movement | null {
  if (options.fromRound === undefined && options.toRound === undefined && rounds.length < 2) return null;
  const from = options.fromRound ?? rounds[rounds.length - 2] ?? "";
  const to = options.toRound ?? rounds[rounds.length - 1] ?? "";
  if (roundKey(from) === roundKey(to)) throw new ActionProblem(ROUNDS_TEXT.sameRound);
  const result = movementBetween(entries, from, to);
  if (!result.ok) throw new ActionProblem(result.message);
  return result.movement;
}

interface AssessedRound {
  readonly roster: TableData;
  readonly assessed: AssessedRoster;
}

/** The roster, scored row by row and tagged with who assessed each row. */
async function assessRoster(wb: WorkbookAdapter, options: RoundsOptions): Promise<AssessedRound> {
  // The one scoring path: History and Self vs Manager are never taken for the roster.
  const { roster, plan } = await findAndScore(wb, {
    edition: options.edition,
    useCompanyRules: options.useCompanyRules ?? false,
  });
  return { roster, assessed: readAssessments(located(roster, plan), plan.scores) };
}

function messages(problems: readonly RoundProblem[]): Localized[] {
  return problems.map((p) => p.message);
}

function joined(list: readonly Localized[]): Localized {
  return { en: list.map((m) => m.en).join(" "), ja: list.map((m) => m.ja).join("") };
}

/** A table as rows, its header row first. */
function asRows(table: TableData): unknown[][] {
  return [[...table.headers], ...table.rows.map((r) => [...r])];
}

/** What the pane shows of rounds: movement kinds, and the label a new round gets. */
export { MOVEMENT_KINDS, MOVEMENT_LABELS } from "../core/rounds/trends";
export { snapshotDate, suggestRoundLabel, validateRoundLabel } from "../core/rounds/round-label";
