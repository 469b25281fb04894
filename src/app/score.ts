/**
 * Scoring: the one "find, read, score" path every use case takes (score, draw the
 * distribution, the skills report's KPI levels, the rounds), and the per-row scorer a
 * streaming caller (the command line) calls row by row. One policy decides what is
 * scored with: published or company rules, the edition, and whether units written
 * in cells are read. Every surface reads them ("35名" is 35) and says so in the gap text.
 */
import type { Edition } from "../core/catalog/types";
import { readRulesTable } from "../core/engine/rules-table";
import type { RuleSet } from "../core/engine/rule-set";
import { scoreRow, type RowScore } from "../core/engine/score-row";
import { mapHeaders, type HeaderMap } from "../core/roster/header-map";
import type { LocatedRoster } from "../core/roster/locate-roster";
import { LAYOUT } from "../core/layout";
import { scorePlan, type ScorePlan } from "../core/sheets/score-plan";
import type { TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem, APP_MESSAGES } from "./problem";

export { gapCellText, gapSentences, gapText, problemText } from "../core/roster/score-roster";
/** A sheet read as a roster by the import pipeline (header below titles, mapping, header units). */
export { rosterFromSheet } from "../core/import/roster-source";
export type { RowScore };
/** Editions as people write them (v3, V2, 3): one reading for every surface. */
export { parseEdition } from "../core/catalog/fields";

/** What a roster is scored with. */
export interface ScoringPolicy {
  readonly edition: Edition;
  /** Score with the workbook's KPI Rules table (the company's edits) instead of the published rules. */
  readonly useCompanyRules: boolean;
  /** Read units written in cells ("35名" as 35, "1.5億円" as 150). Default true: every surface does. */
  readonly readUnits?: boolean;
}

/** A roster row's cells and its sheet row number (1-based) in, its score out. */
export type RowScorer = (cells: readonly unknown[], rowNumber: number) => RowScore;

/**
 * The per-row scorer under a policy, for a caller that streams rows: the header row
 * is mapped once, each call allocates only the row's result.
 * @example
 *   const score = rowScorer(["Specialty Field", "Role", "Years", "Staff"], { edition: "V3" });
 *   score(["Operations Management", "Leader", 2, "35名"], 2).evidence.staff // => 35
 */
export function rowScorer(
  headers: HeaderMap | readonly unknown[],
  policy: { readonly edition?: Edition; readonly rules?: RuleSet; readonly readUnits?: boolean } = {},
): RowScorer {
  const options = {
    headers: isHeaderMap(headers) ? headers : mapHeaders(headers),
    edition: policy.edition,
    rules: policy.rules,
    readUnits: policy.readUnits ?? true,
    row: 0 as number | null,
  };
  return (cells, rowNumber) => {
    options.row = rowNumber;
    return scoreRow(cells, options);
  };
}

/** The company's KPI Rules table from the workbook, validated; problems name their cells. */
export async function companyRules(wb: WorkbookAdapter): Promise<RuleSet> {
  return (await companyRulesTable(wb)).ruleSet;
}

/** The company's rules with the table's header row (the formulas name its rule columns). */
export async function companyRulesTable(
  wb: WorkbookAdapter,
): Promise<{ ruleSet: RuleSet; headers: readonly unknown[] }> {
  const table = await wb.readTable(LAYOUT.rules.table);
  if (!table) throw new ActionProblem(APP_MESSAGES.rulesTableMissing);
  const result = readRulesTable([table.headers, ...table.rows]);
  if (!result.ok) {
    const list = result.problems.slice(0, 5);
    throw new ActionProblem({
      en: `${APP_MESSAGES.rulesTableInvalid.en} ${list.map((p) => p.message.en).join(" ")}`,
      ja: `${APP_MESSAGES.rulesTableInvalid.ja}${list.map((p) => p.message.ja).join(" ")}`,
    });
  }
  return { ruleSet: result.ruleSet, headers: table.headers };
}

/**
 * The roster of the workbook (or the selection), never a table the product owns for
 * another purpose; "No roster yet" when there is none, and nothing is changed.
 */
export async function findRoster(wb: WorkbookAdapter, fromSelection = false): Promise<TableData> {
  const roster = await wb.findRoster(fromSelection);
  if (!roster || roster.rows.length === 0) throw new ActionProblem(APP_MESSAGES.noRoster);
  return roster;
}

/** The roster found and scored under the policy, as the pane writes it (values or formulas). */
export interface ScoredRoster {
  readonly roster: TableData;
  readonly plan: ScorePlan;
}

export async function findAndScore(
  wb: WorkbookAdapter,
  policy: ScoringPolicy & { readonly fromSelection?: boolean },
  write: { readonly mode: "values" | "formulas"; readonly lang: "en" | "ja" } = {
    mode: "values",
    lang: "en",
  },
): Promise<ScoredRoster> {
  const roster = await findRoster(wb, policy.fromSelection ?? false);
  return { roster, plan: await scoreTable(wb, roster, policy, write) };
}

/** Scores a table already read (the roster, or a roster beside the Skills sheet). */
export async function scoreTable(
  wb: WorkbookAdapter,
  roster: TableData,
  policy: ScoringPolicy,
  write: { readonly mode: "values" | "formulas"; readonly lang: "en" | "ja" } = {
    mode: "values",
    lang: "en",
  },
): Promise<ScorePlan> {
  const rules = policy.useCompanyRules ? await companyRulesTable(wb) : undefined;
  return scorePlan(roster, {
    ...write,
    edition: policy.edition,
    useCompanyRules: policy.useCompanyRules,
    readUnits: policy.readUnits ?? true,
    ...(rules ? { rules: rules.ruleSet, rulesHeaders: rules.headers } : {}),
  });
}

/** The roster as located rows with their scores, for the rounds (who assessed each row). */
export function located(roster: TableData, plan: ScorePlan): LocatedRoster {
  return {
    headerIndex: 0,
    headers: plan.headers,
    dataRows: roster.rows.map((cells, i) => ({ rowNumber: roster.headerRow + 2 + i, cells })),
  };
}

function isHeaderMap(headers: HeaderMap | readonly unknown[]): headers is HeaderMap {
  return !Array.isArray(headers);
}
