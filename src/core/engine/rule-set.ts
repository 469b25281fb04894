/**
 * Compiles the declarative KPI rule table into criteria the scorer runs.
 * Every criterion is one of a few kinds with a threshold: the table decides
 * the thresholds, this module only knows how each kind is checked.
 */
import type { KpiRule } from "../catalog/kpi-rules";
import { ROLES } from "../catalog/fields";
import type { Edition, Localized, SpecialtyFieldId } from "../catalog/types";
import type { Evidence } from "../roster/read-row";
import type { RosterColumnKey } from "../roster/columns";
import { compileProgram, type LevelProgram } from "./level-program";
import {
  evaluateSizeRule,
  formatSizeRule,
  parseSizeRule,
  SizeRuleSyntaxError,
  type SizeExpr,
  type SizeValues,
} from "./size-rule";

export type CriterionKind =
  | "role"
  | "projects"
  | "years"
  | "complexity"
  | "international"
  | "size"
  | "themes"
  | "succession"
  | "mentoring";

/** One requirement of one level, e.g. "Succession >= 3" for Hardware level 5. */
export interface KpiCriterion {
  readonly kind: CriterionKind;
  readonly level: number;
  /** The roster column the criterion reads (size: the rule's first column). */
  readonly column: RosterColumnKey;
  /** Threshold: a count, a role rank, or 1 for yes/no criteria. */
  readonly required: number;
  readonly size?: SizeExpr;
  /** The size rule as people read it, rendered once. */
  readonly sizeText?: Localized;
  holds(e: Evidence): boolean;
}

export interface CompiledLevel {
  readonly rule: KpiRule;
  readonly level: number;
  readonly criteria: readonly KpiCriterion[];
}

export interface RuleSet {
  /** Levels of a field in an edition, lowest first; empty when the field has none. */
  levels(field: SpecialtyFieldId, edition: Edition): readonly CompiledLevel[];
  /** The same levels compiled to a flat program (level-program.ts), made once per field and edition. */
  program(field: SpecialtyFieldId, edition: Edition): LevelProgram;
  readonly rules: readonly KpiRule[];
}

export class RuleTableError extends Error {
  constructor(
    readonly ruleIndex: number,
    readonly detail: Localized,
  ) {
    super(detail.en);
    this.name = "RuleTableError";
  }
}

export function sizeValues(e: Evidence): SizeValues {
  return {
    Scope: e.scope,
    Rooms: e.rooms,
    Area: e.area,
    Sites: e.sites,
    Staff: e.staff,
    Value: e.value,
    Users: e.users,
    Complexity: e.complexity,
  };
}

function compileLevel(rule: KpiRule, ruleIndex: number): CompiledLevel {
  const level = rule.level;
  const criteria: KpiCriterion[] = [];
  const roleRank = ROLES.find((r) => r.id === rule.role)?.rank ?? 1;
  criteria.push({
    kind: "role",
    level,
    column: "role",
    required: roleRank,
    holds: (e) => e.role >= roleRank,
  });
  if (rule.minProjects !== undefined) {
    const min = rule.minProjects;
    criteria.push({
      kind: "projects",
      level,
      column: "projects",
      required: min,
      holds: (e) => e.projects >= min,
    });
  }
  if (rule.minYears !== undefined) {
    const min = rule.minYears;
    criteria.push({ kind: "years", level, column: "years", required: min, holds: (e) => e.years >= min });
  }
  const minC = rule.minComplexity;
  if (minC > 0)
    criteria.push({
      kind: "complexity",
      level,
      column: "complexity",
      required: minC,
      holds: (e) => e.complexity >= minC,
    });
  if (rule.international) {
    criteria.push({
      kind: "international",
      level,
      column: "international",
      required: 1,
      holds: (e) => e.international,
    });
  }
  if (rule.size !== undefined && rule.size.trim() !== "") {
    let expr: SizeExpr;
    try {
      expr = parseSizeRule(rule.size);
    } catch (err) {
      if (err instanceof SizeRuleSyntaxError) {
        throw new RuleTableError(ruleIndex, {
          en: `Rule ${ruleIndex + 1} (${rule.field} level ${level}): ${err.message}`,
          ja: `ルール${ruleIndex + 1}（${rule.field} レベル${level}）：規模ルールの${err.position + 1}文字目に誤りがあります（期待：${err.expected}）`,
        });
      }
      throw err;
    }
    const column = firstColumn(expr);
    const sizeText = { en: formatSizeRule(expr, "en"), ja: formatSizeRule(expr, "ja") };
    criteria.push({
      kind: "size",
      level,
      column,
      required: 1,
      size: expr,
      sizeText,
      holds: (e) => evaluateSizeRule(expr, sizeValues(e)),
    });
  }
  const minT = rule.minThemes;
  if (minT > 0)
    criteria.push({
      kind: "themes",
      level,
      column: "themes",
      required: minT,
      holds: (e) => e.themes >= minT,
    });
  if (rule.minSuccession !== undefined && rule.minSuccession > 0) {
    const min = rule.minSuccession;
    criteria.push({
      kind: "succession",
      level,
      column: "succession",
      required: min,
      holds: (e) => e.succession >= min,
    });
  }
  if (rule.mentoring)
    criteria.push({ kind: "mentoring", level, column: "mentoring", required: 1, holds: (e) => e.mentoring });
  return { rule, level, criteria };
}

const COLUMN_OF_VARIABLE: Record<string, RosterColumnKey> = {
  Scope: "scope",
  Rooms: "rooms",
  Area: "area",
  Sites: "sites",
  Staff: "staff",
  Value: "value",
  Users: "users",
  Complexity: "complexity",
};

function firstColumn(expr: SizeExpr): RosterColumnKey {
  let e = expr;
  while (e.kind !== "cmp") e = e.kind === "not" ? e.operand : e.left;
  return COLUMN_OF_VARIABLE[e.variable] ?? "scope";
}

/**
 * Compile a rule table. A field with no rows in the requested edition falls back
 * to its V3 rows (IT Service Management is published in V3 only).
 */
export function compileRules(rules: readonly KpiRule[]): RuleSet {
  const byField = new Map<SpecialtyFieldId, { V2?: CompiledLevel[]; V3?: CompiledLevel[] }>();
  rules.forEach((rule, i) => {
    const editions = byField.get(rule.field) ?? {};
    (editions[rule.edition] ??= []).push(compileLevel(rule, i));
    byField.set(rule.field, editions);
  });
  for (const editions of byField.values()) {
    editions.V2?.sort((a, b) => a.level - b.level);
    editions.V3?.sort((a, b) => a.level - b.level);
  }
  const none: readonly CompiledLevel[] = [];
  const levels = (field: SpecialtyFieldId, edition: Edition): readonly CompiledLevel[] => {
    const editions = byField.get(field);
    return editions?.[edition] ?? editions?.V3 ?? none;
  };
  // Programs for both editions up front, so scoring a row is one look-up.
  const programs = new Map<SpecialtyFieldId, Readonly<Record<Edition, LevelProgram>>>();
  for (const field of byField.keys()) {
    const v3 = compileProgram(levels(field, "V3"));
    const v2Levels = levels(field, "V2");
    programs.set(field, { V3: v3, V2: v2Levels === v3.compiled ? v3 : compileProgram(v2Levels) });
  }
  const noProgram = compileProgram(none);
  return {
    rules,
    levels,
    program: (field, edition) => programs.get(field)?.[edition] ?? noProgram,
  };
}
