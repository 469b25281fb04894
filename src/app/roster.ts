/**
 * The roster use cases: load the standard, create a roster, score it, draw its level
 * distribution. Plain async functions over a WorkbookAdapter: the core decides what
 * to write, the adapter writes it. The pane and the preview call these; no React here.
 */
import type { Edition, Lang } from "../core/catalog/types";
import { distributionReport } from "../core/sheets/distribution";
import { rosterTemplate } from "../core/sheets/roster-template";
import type { InvalidRow } from "../core/sheets/score-plan";
import { rulesTableEdited, STANDARD_SHEETS, standardTables } from "../core/sheets/standard-tables";
import { LAYOUT } from "../core/layout";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem, APP_MESSAGES } from "./problem";
import { findAndScore, type ScoringPolicy } from "./score";

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
  if (!options.overwriteEdits) {
    const existing = await wb.readTable(STANDARD_SHEETS.rules.table);
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
  const rules = options.useCompanyRules ? await wb.readTable(STANDARD_SHEETS.rules.table) : null;
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
  readonly scored: number;
  readonly perLevel: readonly number[];
  readonly invalid: readonly InvalidRow[];
}

export async function scoreRoster(
  wb: WorkbookAdapter,
  options: ScoreOptions,
  progress?: Progress,
): Promise<ScoreResult> {
  const { roster, plan } = await findAndScore(wb, options, options);
  await wb.writeScores(roster, plan.columns, progress);
  return { roster, scored: roster.rows.length, perLevel: plan.perLevel, invalid: plan.invalid };
}

export interface DistributionResult {
  readonly total: number;
  readonly invalid: number;
}

export async function drawDistribution(
  wb: WorkbookAdapter,
  options: Omit<ScoreOptions, "mode">,
  progress?: Progress,
): Promise<DistributionResult> {
  const { plan } = await findAndScore(wb, options, { mode: "values", lang: options.lang });
  const report = distributionReport(plan.people, options.lang);
  await wb.writeReport(report, progress);
  return { total: report.total, invalid: report.invalid };
}

/** The colours of the reports' colour scales, for the preview's own drawing of them. */
export { COLOR_SCALE } from "../core/sheets/report";

/** How many rows the Roster table holds (0 without one): the pane asks before replacing them. */
export async function rosterRowCount(wb: WorkbookAdapter): Promise<number> {
  return (await wb.readTable(LAYOUT.roster.table))?.rows.length ?? 0;
}
