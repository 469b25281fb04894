/**
 * The published KPI rules: the catalog's literal table, read by the same reader as
 * a company's edited KPI Rules sheet, once, when first asked for.
 */
import { KPI_RULE_TABLE, type KpiRule } from "../catalog/kpi-rules";
import type { Edition } from "../catalog/types";
import type { RuleSet } from "./rule-set";
import { readRulesTable } from "./rules-table";

let published: { rules: readonly KpiRule[]; ruleSet: RuleSet } | undefined;

function read(): { rules: readonly KpiRule[]; ruleSet: RuleSet } {
  if (published) return published;
  const result = readRulesTable(KPI_RULE_TABLE);
  // The table is ours: a problem here is a typo in src/core/catalog/kpi-rules.ts (a test reads it).
  if (!result.ok) throw new Error(`KPI_RULE_TABLE: ${result.problems.map((p) => p.message.en).join("; ")}`);
  published = { rules: Object.freeze(result.rules), ruleSet: result.ruleSet };
  return published;
}

/** The published rules, both editions, in the table's order. */
export function publishedRuleList(): readonly KpiRule[] {
  return read().rules;
}

/** The published rules, compiled once. */
export function publishedRules(): RuleSet {
  return read().ruleSet;
}

/** Rules of the published table for one edition (IT Service Management rows serve both editions). */
export function rulesForEdition(edition: Edition): KpiRule[] {
  return publishedRuleList().filter(
    (r) => r.edition === edition || (r.category === "it-service-management" && edition === "V2"),
  );
}
