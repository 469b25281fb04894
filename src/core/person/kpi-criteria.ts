/**
 * One person's KPI criteria for the level they are working towards: what each criterion
 * needs, what the person has, whether it holds, and the sentence of what is missing.
 * The rows come from the engine's own checks of the scored row, so the summary says
 * exactly what HR.ITSSLEVEL and HR.ITSSGAP say, criterion by criterion.
 */
import { ROLES } from "../catalog/fields";
import type { Lang } from "../catalog/types";
import { gapSentence, requirementPhrase } from "../engine/gap-messages";
import { sizeValues, type KpiCriterion } from "../engine/rule-set";
import type { RowScore } from "../engine/score-row";
import { formatSizeValue, SIZE_VARIABLES, sizeRuleVariables } from "../engine/size-rule";
import type { Evidence } from "../roster/read-row";
import { rosterColumn } from "../roster/columns";

export interface CriterionLine {
  /** The roster column the criterion reads, in the chosen language ("Size" for size rules). */
  readonly criterion: string;
  /** What the level needs: "3 or more", "Leader or higher", the size rule. */
  readonly needs: string;
  /** What the person's row holds. */
  readonly has: string;
  readonly met: boolean;
  /** What is missing, as the gap column says it; "" when met. */
  readonly missing: string;
}

export interface CriteriaView {
  /** The level the lines are for: the next level, or the attained one at the top of the field. */
  readonly level: number | null;
  readonly lines: readonly CriterionLine[];
  /** Lines the gap adds that are no criterion (the ITEE AP alternative, the low-level reading). */
  readonly notes: readonly string[];
}

/**
 * The criteria of the score's target level (the next one up); at the top of the field,
 * the attained level's, all met. Empty for an invalid row (its problems say why).
 * @example
 *   criteriaView(scoreRow(["Hardware", "Member", 1, 2, "Specific users", 1], { headers }), "en").level // => 4
 */
export function criteriaView(score: RowScore, lang: Lang): CriteriaView {
  if (score.level === null) return { level: null, lines: [], notes: [] };
  const level = score.target ?? (score.level > 0 ? score.level : null);
  const check = score.checks.find((c) => c.level === level);
  if (!check) return { level: null, lines: [], notes: [] };
  const lines = check.criteria.map((c, i) => {
    const met = check.held[i] === true;
    return {
      criterion: criterionName(c, lang),
      needs: requirementPhrase(c, lang),
      has: hasText(c, score.evidence, lang),
      met,
      missing: met ? "" : gapSentence(c, score.evidence, lang),
    };
  });
  const notes =
    score.target === null ? [] : score.gaps.filter((g) => g.criterion === null).map((g) => g.message[lang]);
  return { level, lines, notes };
}

function criterionName(c: KpiCriterion, lang: Lang): string {
  if (c.kind === "size") return lang === "en" ? "Size" : "規模";
  return rosterColumn(c.column).header[lang];
}

function hasText(c: KpiCriterion, e: Evidence, lang: Lang): string {
  const en = lang === "en";
  switch (c.kind) {
    case "role":
      return ROLES.find((r) => r.rank === e.role)?.name[lang] ?? (en ? "none" : "未入力");
    case "international":
    case "mentoring":
      return e[c.kind] ? (en ? "yes" : "はい") : en ? "no" : "いいえ";
    case "size": {
      if (!c.size) return "";
      const values = sizeValues(e);
      return sizeRuleVariables(c.size)
        .map((v) => `${SIZE_VARIABLES[v].column[lang]} ${formatSizeValue(v, values[v], lang)}`)
        .join(en ? ", " : "、");
    }
    default:
      return String(e[c.kind]);
  }
}
