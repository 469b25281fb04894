/**
 * The roster use cases: load the standard, create a roster, score it, draw its level
 * distribution. Plain async functions over a WorkbookAdapter: the core decides what
 * to write, the adapter writes it. The pane and the preview call these; no React here.
 */
import type { Edition, Lang, Localized } from "../core/catalog/types";
import { LAYOUT, SCORE_COLUMN_ALIASES, SCORE_COLUMNS } from "../core/layout";
import { countOf, isBlank } from "../core/roster/normalize";
import {
  agreedLevelsInForce,
  compareSelfAndManager,
  countPeopleOnce,
  readAgreedLevels,
  readAssessments,
  type BasisCounts,
  type CountedOnce,
} from "../core/rounds";
import { distributionReport } from "../core/sheets/distribution";
import { rosterTemplate } from "../core/sheets/roster-template";
import type { InvalidRow, ScorePlan } from "../core/sheets/score-plan";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem, APP_MESSAGES } from "./problem";
import { findAndScore, located, type ScoringPolicy } from "./score";

export { ActionProblem };
export { companyRules, companyRulesTable } from "./score";

export type LoadStandardResult = { kind: "loaded" } | { kind: "needs-confirmation" };

/** Loads the standard; asks first when the KPI Rules table holds the company's edits. */
export async function loadStandard(
  wb: WorkbookAdapter,
  lang: Lang,
  options: { overwriteEdits: boolean },
  progress?: Progress,
): Promise<LoadStandardResult> {
  // The standard's tables hold its published text: loaded when asked for, not at the pane's start.
  const { rulesTableEdited, standardTables } = await import(
    /* webpackChunkName: "standard" */ "../core/sheets/standard-tables"
  );
  if (!options.overwriteEdits) {
    const existing = await wb.readTable(LAYOUT.rules.table);
    if (existing && rulesTableEdited([existing.headers, ...existing.rows]))
      return { kind: "needs-confirmation" };
  }
  await wb.writeTables(standardTables(lang), progress);
  return { kind: "loaded" };
}

export interface RosterOptions {
  readonly lang: Lang;
  readonly sampleRows: boolean;
  readonly useCompanyRules: boolean;
  readonly edition: Edition;
}

export async function createRoster(
  wb: WorkbookAdapter,
  options: RosterOptions,
  progress?: Progress,
): Promise<void> {
  const rules = options.useCompanyRules ? await wb.readTable(LAYOUT.rules.table) : null;
  if (options.useCompanyRules && !rules) throw new ActionProblem(APP_MESSAGES.rulesTableMissing);
  // With the table's headers the formulas pass only its rule columns (a small payload per call).
  await wb.createTemplateTable(
    rosterTemplate({ ...options, ...(rules ? { rulesHeaders: rules.headers } : {}) }),
    progress,
  );
}

export interface ScoreOptions extends ScoringPolicy {
  readonly lang: Lang;
  readonly mode: "values" | "formulas";
  readonly fromSelection: boolean;
}

export interface ScoreResult {
  readonly roster: TableData;
  /** Rows scored: every row but empty ones. */
  readonly scored: number;
  /** Empty rows inside the roster: not people, so not scored; counted so none goes unsaid. */
  readonly emptyRows: number;
  /** People per level, each person once (see people). */
  readonly perLevel: readonly number[];
  readonly invalid: readonly InvalidRow[];
  readonly people: PeopleCounted;
}

/** Who was counted: each person once, and which of their rows gave the level. */
export interface PeopleCounted {
  readonly count: number;
  /** People counted at the agreed level, the manager's, the self-assessment, or their one row. */
  readonly basis: BasisCounts;
  /** The roster holds self and manager rows (an `Assessed by` column). */
  readonly perAssessor: boolean;
  /** Rows read as people (empty rows are not). */
  readonly rows: number;
}

export async function scoreRoster(
  wb: WorkbookAdapter,
  options: ScoreOptions,
  progress?: Progress,
): Promise<ScoreResult> {
  const { roster, plan } = await findAndScore(wb, options, options);
  await wb.writeScores(roster, plan.columns, progress);
  const once = await countOnce(wb, roster, plan);
  const perLevel = [0, 0, 0, 0, 0, 0, 0, 0];
  for (const p of once.people) if (p.level !== null) perLevel[p.level] = (perLevel[p.level] ?? 0) + 1;
  return {
    roster,
    scored: plan.blank.filter((b) => !b).length,
    emptyRows: plan.blank.filter((b) => b).length,
    perLevel,
    invalid: plan.invalid,
    people: counted(once, plan),
  };
}

export interface DistributionResult {
  /** People counted, each once. */
  readonly total: number;
  /** People without a level (their deciding row has problems). */
  readonly invalid: number;
  readonly people: PeopleCounted;
}

export async function drawDistribution(
  wb: WorkbookAdapter,
  options: Omit<ScoreOptions, "mode">,
  progress?: Progress,
): Promise<DistributionResult> {
  const { roster, plan } = await findAndScore(wb, options, { mode: "values", lang: options.lang });
  const once = await countOnce(wb, roster, plan);
  const report = distributionReport(once.people, options.lang);
  await wb.writeReport(report, progress);
  return { total: report.total, invalid: report.invalid, people: counted(once, plan) };
}

/**
 * Each person once: with self and manager rows, the agreed level (from the Self vs
 * Manager sheet, when it settles today's difference), else the manager's, else the
 * self-assessment: the level closing the round records.
 */
async function countOnce(wb: WorkbookAdapter, roster: TableData, plan: ScorePlan): Promise<CountedOnce> {
  const assessed = readAssessments(located(roster, plan), plan.scores);
  if (!assessed.hasAssessorColumn) return countPeopleOnce(assessed, [], plan.blank);
  const sheet = await wb.readTable(LAYOUT.selfVsManager.table);
  const agreed = sheet
    ? readAgreedLevels([[...sheet.headers], ...sheet.rows.map((r) => [...r])], sheet.headerRow + 1).agreed
    : [];
  const rows = assessed.rows.filter((_, i) => plan.blank[i] !== true);
  const settled = agreedLevelsInForce(agreed, compareSelfAndManager(rows));
  return countPeopleOnce(assessed, settled.inForce, plan.blank);
}

function counted(once: CountedOnce, plan: ScorePlan): PeopleCounted {
  return {
    count: once.people.length,
    basis: once.basis,
    perAssessor: once.perAssessor,
    rows: plan.blank.filter((b) => !b).length,
  };
}

/**
 * What the pane says about who was counted, when the roster holds self and manager rows;
 * null when every row is one person.
 * @example peopleCountedMessage(result.people)?.en // => "6 rows counted as 3 people: the agreed level for 1, the manager's for 1, the self-assessment for 1."
 */
export function peopleCountedMessage(people: PeopleCounted): Localized | null {
  if (!people.perAssessor) return null;
  const b = people.basis;
  const en = [
    b.agreed > 0 ? `the agreed level for ${b.agreed}` : "",
    b.manager > 0 ? `the manager's for ${b.manager}` : "",
    b.self > 0 ? `the self-assessment for ${b.self}` : "",
    b.row > 0 ? `the row for ${b.row} (Assessed by blank)` : "",
  ].filter((t) => t !== "");
  const ja = [
    b.agreed > 0 ? `合意レベル${b.agreed}人` : "",
    b.manager > 0 ? `上長評価${b.manager}人` : "",
    b.self > 0 ? `本人評価${b.self}人` : "",
    b.row > 0 ? `評価者が空欄の行${b.row}人` : "",
  ].filter((t) => t !== "");
  return {
    en: `${countOf(people.rows, "row")} counted as ${countOf(people.count, "person", "people")}${en.length > 0 ? `: ${en.join(", ")}` : ""}.`,
    ja: `${people.rows}行を${people.count}人として数えました${ja.length > 0 ? `（${ja.join("、")}）` : ""}。`,
  };
}

/** The colours of the reports' colour scales, for the preview's own drawing of them. */
export { COLOR_SCALE } from "../core/sheets/report";

/**
 * How many rows of the Roster table hold someone (0 without one): the pane asks before
 * replacing them. A template's empty row is nobody, whatever its score columns show.
 */
export async function rosterRowCount(wb: WorkbookAdapter): Promise<number> {
  const roster = await wb.readTable(LAYOUT.roster.table);
  if (!roster) return 0;
  const scoreHeaders = new Set<string>([
    ...Object.values(SCORE_COLUMNS).flatMap((c) => [c.en, c.ja]),
    ...SCORE_COLUMN_ALIASES.level,
    ...SCORE_COLUMN_ALIASES.gap,
  ]);
  const evidence = roster.headers.map((h) => !scoreHeaders.has(String(h ?? "").trim()));
  return roster.rows.filter((row) => row.some((cell, i) => evidence[i] && !isBlank(cell))).length;
}
