/**
 * The pane's four actions as plain async functions over a WorkbookAdapter: the
 * core decides what to write, the adapter writes it. No React here, so each
 * action is tested against both adapters.
 */
import type { Edition, Lang, Localized } from "../core/catalog/types";
import { readRulesTable } from "../core/engine/rules-table";
import type { RuleSet } from "../core/engine/rule-set";
import { distributionReport } from "../core/sheets/distribution";
import { rosterTemplate } from "../core/sheets/roster-template";
import { scorePlan, type InvalidRow } from "../core/sheets/score-plan";
import { rulesTableEdited, STANDARD_SHEETS, standardTables } from "../core/sheets/standard-tables";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { TEXT } from "../taskpane/i18n";

/** An outcome a person reads: what happened, and anything that needs their attention. */
export class ActionProblem extends Error {
  constructor(readonly detail: Localized) {
    super(detail.en);
    this.name = "ActionProblem";
  }
}

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
  if (options.useCompanyRules && !rules) throw new ActionProblem(TEXT.rulesTableMissing);
  // With the table's headers the formulas pass only its rule columns (a small payload per call).
  await wb.createTemplateTable(
    rosterTemplate({ ...options, ...(rules ? { rulesHeaders: rules.headers } : {}) }),
    progress,
  );
}

export interface ScoreOptions {
  readonly lang: Lang;
  readonly edition: Edition;
  readonly mode: "values" | "formulas";
  readonly useCompanyRules: boolean;
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
  const roster = await findRosterOrFail(wb, options.fromSelection);
  const rules = options.useCompanyRules ? await companyRulesTable(wb) : undefined;
  const plan = scorePlan(roster, {
    ...options,
    ...(rules ? { rules: rules.ruleSet, rulesHeaders: rules.headers } : {}),
  });
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
  const roster = await findRosterOrFail(wb, options.fromSelection);
  const rules = options.useCompanyRules ? await companyRules(wb) : undefined;
  const plan = scorePlan(roster, { ...options, mode: "values", ...(rules ? { rules } : {}) });
  const report = distributionReport(plan.people, options.lang);
  await wb.writeReport(report, progress);
  return { total: report.total, invalid: report.invalid };
}

async function findRosterOrFail(wb: WorkbookAdapter, fromSelection: boolean): Promise<TableData> {
  const roster = await wb.findRoster(fromSelection);
  if (!roster || roster.rows.length === 0) throw new ActionProblem(TEXT.noRoster);
  return roster;
}

/** The company's KPI Rules table from the workbook, validated; problems name their cells. */
export async function companyRules(wb: WorkbookAdapter): Promise<RuleSet> {
  return (await companyRulesTable(wb)).ruleSet;
}

/** The company's rules with the table's header row (the formulas name its rule columns). */
export async function companyRulesTable(
  wb: WorkbookAdapter,
): Promise<{ ruleSet: RuleSet; headers: readonly unknown[] }> {
  const table = await wb.readTable(STANDARD_SHEETS.rules.table);
  if (!table) throw new ActionProblem(TEXT.rulesTableMissing);
  const result = readRulesTable([table.headers, ...table.rows]);
  if (!result.ok) {
    const list = result.problems.slice(0, 5);
    throw new ActionProblem({
      en: `${TEXT.rulesTableInvalid.en} ${list.map((p) => p.message.en).join(" ")}`,
      ja: `${TEXT.rulesTableInvalid.ja}${list.map((p) => p.message.ja).join(" ")}`,
    });
  }
  return { ruleSet: result.ruleSet, headers: table.headers };
}
