/**
 * A person's level from their engagements (issue 15). Projects, Years, Complexity and
 * size come from the ledger, counted as each level's text counts experiences
 * (counting.ts); Themes, Succession, Mentoring and ITEE AP from the roster row; the
 * rules are any RuleSet (the published ones or a company's KPI Rules).
 * Pure: "today" is a parameter.
 */
import { DEFAULT_EDITION, ROLES, specialtyField } from "../catalog/fields";
import type { Edition, Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import { alternativeApMessage, gapMessage } from "../engine/gap-messages";
import { publishedRules } from "../engine/published-rules";
import type { CompiledLevel, KpiCriterion, RuleSet } from "../engine/rule-set";
import { scoreEvidence, type RowScore } from "../engine/score-row";
import type { Evidence, RowProblem } from "../roster/read-row";
import { CONTINUITY_GAP_DAYS, countingOf, type Counting } from "./counting";
import { completeMonths, formatDay, type Day } from "./dates";
import {
  engagementLevel,
  isPersonCriterion,
  joinPhrases,
  localized,
  shortfalls,
  shortfallText,
  type QualifyContext,
  type Shortfall,
} from "./qualify";
import { hasError, type Engagement, type EngagementProblem } from "./read-engagements";

export interface EngagementScoreOptions {
  readonly edition?: Edition;
  readonly rules?: RuleSet;
  /** Level to report gaps for; the next level up when absent. */
  readonly target?: number | null;
  /** The day ongoing engagements end on (today). */
  readonly asOf: Day;
  /** False when only the level is wanted (ITSSLEVEL): no gap sentences, no evidence list. */
  readonly explain?: boolean;
}

/** How a level's experience requirement fares on the ledger. */
export interface ExperienceCheck {
  readonly level: number;
  readonly counting: Counting;
  readonly measure: "projects" | "years" | "any";
  /** Engagements (or years) the level needs. */
  readonly required: number;
  /** Projects counted, or years of the longest continuous span. */
  readonly has: number;
  readonly held: boolean;
  /** The engagements the level rests on (or would, as far as they go). */
  readonly counted: readonly Engagement[];
  /** Those that qualify at the level itself. */
  readonly atLevel: readonly Engagement[];
  /** Years: the longest merged span. */
  readonly span?: { readonly first: Day; readonly last: Day };
}

export interface EngagementLevelCheck {
  readonly level: number;
  readonly attained: boolean;
  readonly viaAp: boolean;
  readonly experience: ExperienceCheck;
  readonly personCriteria: readonly KpiCriterion[];
  readonly personHeld: readonly boolean[];
}

export interface EngagementScore {
  readonly evidence: Evidence;
  readonly edition: Edition;
  /** null when the roster row itself is invalid. */
  readonly level: number | null;
  /** True when the person has no engagements: the level came from the roster row. */
  readonly fromRoster: boolean;
  readonly checks: readonly EngagementLevelCheck[];
  readonly target: number | null;
  /** What is missing for the target, then the ledger's problems for this person. */
  readonly gaps: readonly Localized[];
  readonly problems: readonly RowProblem[];
  readonly engagements: readonly Engagement[];
  /** Each engagement's own level (the highest it qualifies for), for the evidence list. */
  readonly evidenceLevels: readonly { engagement: string; level: number }[];
  /** The row score, when the level came from the roster row. */
  readonly rowScore?: RowScore;
}

/** Columns the ledger replaces: a problem in one of them on the roster row does not matter. */
const LEDGER_COLUMNS: ReadonlySet<string> = new Set([
  "role",
  "projects",
  "years",
  "complexity",
  "international",
  "scope",
  "rooms",
  "area",
  "sites",
  "staff",
  "value",
  "users",
]);

const NO_ENGAGEMENTS: Localized = {
  en: "No engagements in the ledger: the level comes from the roster row (Projects, Years, Complexity, size)",
  ja: "案件台帳に案件がありません。レベルはロスターの行（実績件数、経験年数、複雑性、規模）から判定しています",
};

/**
 * Score a person from their engagements. `engagements` are the person's rows only
 * (already read); `rowProblems` are the roster row's problems.
 */
export function scoreEngagements(
  person: Evidence,
  rowProblems: readonly RowProblem[],
  engagements: readonly Engagement[],
  options: EngagementScoreOptions,
): EngagementScore {
  const edition = options.edition ?? DEFAULT_EDITION;
  const rules = options.rules ?? publishedRules();
  if (engagements.length === 0) {
    const rowScore = scoreEvidence(person, rowProblems, {
      edition,
      rules,
      ...(options.target !== undefined ? { target: options.target } : {}),
    });
    return {
      evidence: person,
      edition,
      level: rowScore.level,
      fromRoster: true,
      checks: [],
      target: rowScore.target,
      gaps:
        rowScore.level === null
          ? []
          : [NO_ENGAGEMENTS, ...rowScore.gaps.map((g) => g.message), ...(person.readings ?? [])],
      problems: rowScore.problems,
      engagements,
      evidenceLevels: [],
      rowScore,
    };
  }
  const problems = rowProblems.filter((p) => !LEDGER_COLUMNS.has(p.column));
  const field = person.field;
  const levels: readonly CompiledLevel[] = field === null ? [] : rules.levels(field, edition);
  const base = {
    evidence: person,
    edition,
    fromRoster: false,
    engagements,
  };
  if (field === null || problems.length > 0) {
    return { ...base, level: null, checks: [], target: null, gaps: [], problems, evidenceLevels: [] };
  }
  const ctx: QualifyContext = { field, person, asOf: options.asOf, evidence: new Map() };
  const checks = levels.map((lvl, i) =>
    checkLevel(lvl, i > 0 ? levels[i - 1] : undefined, engagements, ctx, edition),
  );
  let level = 0;
  for (const c of checks) if (c.attained && c.level > level) level = c.level;
  const target = chooseTarget(levels, level, options.target);
  const gaps: Localized[] = [];
  if (options.explain === false)
    return { ...base, level, checks, target, gaps, problems, evidenceLevels: [] };
  const check = checks.find((c) => c.level === target);
  if (check && !check.attained && level < (target ?? 0)) {
    if (!check.experience.held) gaps.push(experienceGap(check.experience, levels, engagements, ctx));
    check.personCriteria.forEach((c, i) => {
      if (!check.personHeld[i]) gaps.push(gapMessage(c, person));
    });
    const rule = levels.find((l) => l.level === target)?.rule;
    if (rule?.apQualifies && edition === "V3") gaps.push(alternativeApMessage(check.level));
  }
  for (const e of engagements) for (const p of e.problems) gaps.push(problemNote(p));
  // Cells read through a unit, the person's and each engagement's, are said as on the roster.
  for (const r of person.readings ?? []) gaps.push(r);
  for (const e of engagements) for (const r of e.readings ?? []) gaps.push(r);
  // An engagement's own level: the highest level whose check found it qualifying.
  const evidenceLevels = engagements.map((e) => {
    let own = 0;
    for (const c of checks) if (c.level > own && c.experience.atLevel.includes(e)) own = c.level;
    return { engagement: e.name, level: own };
  });
  return { ...base, level, checks, target, gaps, problems, evidenceLevels };
}

function problemNote(p: EngagementProblem): Localized {
  return p.severity === "error"
    ? { en: `Not counted: ${p.message.en}`, ja: `数えていません：${p.message.ja}` }
    : p.message;
}

function chooseTarget(
  levels: readonly CompiledLevel[],
  attained: number,
  requested: number | null | undefined,
) {
  if (requested !== null && requested !== undefined)
    return levels.some((l) => l.level === requested) ? requested : null;
  return levels.find((l) => l.level > attained)?.level ?? null;
}

function checkLevel(
  lvl: CompiledLevel,
  below: CompiledLevel | undefined,
  engagements: readonly Engagement[],
  ctx: QualifyContext,
  edition: Edition,
): EngagementLevelCheck {
  const experience = checkExperience(lvl, below, engagements, ctx, edition);
  const personCriteria = lvl.criteria.filter(isPersonCriterion);
  const personHeld = personCriteria.map((c) => c.holds(ctx.person));
  const all = experience.held && personHeld.every(Boolean);
  const viaAp = !all && edition === "V3" && lvl.rule.apQualifies === true && ctx.person.ap;
  return { level: lvl.level, attained: all || viaAp, viaAp, experience, personCriteria, personHeld };
}

export function checkExperience(
  lvl: CompiledLevel,
  below: CompiledLevel | undefined,
  engagements: readonly Engagement[],
  ctx: QualifyContext,
  edition: Edition,
): ExperienceCheck {
  const projects = lvl.criteria.find((c) => c.kind === "projects");
  const years = lvl.criteria.find((c) => c.kind === "years");
  const atLevel = engagements.filter((e) => shortfalls(e, lvl, ctx).length === 0);
  if (projects) {
    const counting: Counting =
      below && below.level === lvl.level - 1 ? countingOf(ctx.field, lvl.level, edition) : "all";
    const others =
      counting === "mixed" && below
        ? engagements.filter((e) => !atLevel.includes(e) && shortfalls(e, below, ctx, lvl, true).length === 0)
        : [];
    const counted = atLevel.length > 0 ? [...atLevel, ...others] : [];
    const has = counting === "mixed" ? counted.length : atLevel.length;
    const yearsHeld = years ? longestSpan(atLevel, ctx.asOf).years >= years.required : true;
    return {
      level: lvl.level,
      counting,
      measure: "projects",
      required: projects.required,
      has,
      held: has >= projects.required && yearsHeld,
      counted: atLevel.length > 0 ? counted : others,
      atLevel,
    };
  }
  if (years) {
    const span = longestSpan(atLevel, ctx.asOf);
    return {
      level: lvl.level,
      counting: "all",
      measure: "years",
      required: years.required,
      has: span.years,
      held: span.years >= years.required && (years.required > 0 || atLevel.length > 0),
      counted: span.engagements,
      atLevel,
      ...(span.first !== null && span.last !== null ? { span: { first: span.first, last: span.last } } : {}),
    };
  }
  return {
    level: lvl.level,
    counting: "all",
    measure: "any",
    required: 1,
    has: atLevel.length,
    held: atLevel.length > 0,
    counted: atLevel,
    atLevel,
  };
}

/**
 * The longest continuous experience: date intervals merged where they overlap, touch
 * or leave a gap of at most CONTINUITY_GAP_DAYS; an ongoing engagement runs to `asOf`.
 * Years are whole calendar months / 12.
 */
export function longestSpan(
  engagements: readonly Engagement[],
  asOf: Day,
): { years: number; first: Day | null; last: Day | null; engagements: Engagement[] } {
  const intervals = engagements
    .filter((e) => e.start !== null && e.start <= asOf)
    .map((e) => ({ e, first: e.start as Day, last: Math.min(e.end ?? asOf, asOf) }))
    .sort((a, b) => a.first - b.first);
  let best = {
    months: 0,
    first: null as Day | null,
    last: null as Day | null,
    engagements: [] as Engagement[],
  };
  let cur: { first: Day; last: Day; engagements: Engagement[] } | null = null;
  const close = () => {
    if (!cur) return;
    const months = completeMonths(cur.first, cur.last);
    if (months > best.months || best.first === null) best = { months, ...cur };
  };
  for (const iv of intervals) {
    if (cur && iv.first - cur.last - 1 <= CONTINUITY_GAP_DAYS) {
      cur.last = Math.max(cur.last, iv.last);
      cur.engagements.push(iv.e);
    } else {
      close();
      cur = { first: iv.first, last: iv.last, engagements: [iv.e] };
    }
  }
  close();
  return { years: best.months / 12, first: best.first, last: best.last, engagements: best.engagements };
}

const roleName = (rank: number, lang: Lang): string =>
  (ROLES.find((r) => r.rank === rank)?.name ?? ROLES[0].name)[lang];

export function formatYears(years: number, lang: Lang): string {
  const shown = Number(years.toFixed(2));
  return lang === "en" ? `${shown} year${shown === 1 ? "" : "s"}` : `${shown}年`;
}

/** The engagement closest to qualifying at a level: the one with the fewest shortfalls. */
function closest(
  engagements: readonly Engagement[],
  lvl: CompiledLevel,
  ctx: QualifyContext,
): { e: Engagement; s: Shortfall[] } | null {
  let best: { e: Engagement; s: Shortfall[] } | null = null;
  for (const e of engagements) {
    const s = shortfalls(e, lvl, ctx);
    if (s.length === 0 || s[0]?.kind === "error") continue;
    if (!best || s.length < best.s.length) best = { e, s };
  }
  return best;
}

/**
 * "Level 5 needs 3 engagements as Responsible or higher, one at level 5 and the others at
 * level 4 or higher: has 2 (P-101, P-204), none at level 5 (closest P-204: size …)".
 */
function experienceGap(
  x: ExperienceCheck,
  levels: readonly CompiledLevel[],
  engagements: readonly Engagement[],
  ctx: QualifyContext,
): Localized {
  const lvl = levels.find((l) => l.level === x.level) as CompiledLevel;
  const roleRank = lvl.criteria.find((c) => c.kind === "role")?.required ?? 1;
  const near = x.atLevel.length === 0 ? closest(engagements, lvl, ctx) : null;
  return localized((lang) => {
    const en = lang === "en";
    const role = roleName(roleRank, lang);
    const names = x.counted.map((e) => e.name).join(en ? ", " : "、");
    const L = x.level;
    let need: string;
    let has: string;
    if (x.measure === "years") {
      need = en
        ? `Level ${L} needs ${formatYears(x.required, "en")} of continuous successful experience as ${role} or higher at level ${L}`
        : `レベル${L}には${role}以上でレベル${L}相当の継続した成功経験が${formatYears(x.required, "ja")}以上必要です`;
      const span = x.span ? `${formatDay(x.span.first)} – ${formatDay(x.span.last)}` : "";
      has =
        x.counted.length === 0
          ? en
            ? "has none"
            : "該当なし"
          : en
            ? `has ${formatYears(x.has, "en")} (${names}: ${span})`
            : `現在${formatYears(x.has, "ja")}（${names}：${span}）`;
    } else {
      const n = x.required;
      const plural = n === 1 ? "engagement" : "engagements";
      need =
        x.counting === "mixed"
          ? en
            ? `Level ${L} needs ${n} ${plural} as ${role} or higher, one at level ${L} and the others at level ${L - 1} or higher`
            : `レベル${L}には${role}以上の案件が${n}件必要です（1件はレベル${L}相当、他はレベル${L - 1}以上）`
          : en
            ? `Level ${L} needs ${n} ${plural} as ${role} or higher at level ${L}`
            : `レベル${L}には${role}以上でレベル${L}相当の案件が${n}件必要です`;
      has = en
        ? `has ${x.counting === "mixed" ? x.counted.length : x.atLevel.length}${names ? ` (${names})` : ""}`
        : `現在${x.counting === "mixed" ? x.counted.length : x.atLevel.length}件${names ? `（${names}）` : ""}`;
    }
    let none = "";
    if (x.atLevel.length === 0) {
      const why = near
        ? joinPhrases(
            near.s.map((s) => shortfallText(s, near.e, ctx, lang)),
            lang,
          )
        : "";
      none = en
        ? `, none at level ${L}${near ? ` (closest ${near.e.name}: ${why})` : ""}`
        : `。レベル${L}相当の案件はありません${near ? `（最も近い${near.e.name}：${why}）` : ""}`;
    }
    return en ? `${need}: ${has}${none}` : `${need}（${has}）${none}`;
  });
}

/** Rows of a ledger read for the whole roster, grouped by person key. */
export function groupByPerson<T extends { employeeId: string }>(
  engagements: readonly T[],
  key: (id: string) => string,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of engagements) {
    const k = key(e.employeeId);
    const list = map.get(k);
    if (list) list.push(e);
    else map.set(k, [e]);
  }
  return map;
}

/** Engagements that are counted nowhere because of an error, for reports. */
export function uncountable(engagements: readonly Engagement[]): Engagement[] {
  return engagements.filter(hasError);
}

/** A person known only by field (HR.ITSSEVIDENCE has no roster row): no person-level evidence. */
export function personOfField(field: SpecialtyFieldId): Evidence {
  return {
    employeeId: "",
    name: "",
    department: "",
    category: specialtyField(field).category,
    field,
    role: 0,
    scope: 0,
    projects: 0,
    years: 0,
    complexity: 0,
    rooms: 0,
    area: 0,
    sites: 0,
    staff: 0,
    value: 0,
    users: 0,
    themes: 0,
    succession: 0,
    international: false,
    mentoring: false,
    ap: false,
  };
}

export interface EngagementVerdict {
  readonly engagement: Engagement;
  /** The highest level it qualifies for on its own. */
  readonly ownLevel: number;
  readonly qualifies: boolean;
  /** It is among the engagements level L rests on (at L, or one of the others at L-1). */
  readonly counts: boolean;
  readonly why: Localized;
}

/** Each engagement against one level: whether it qualifies, whether it counts, and why (HR.ITSSEVIDENCE). */
export function engagementVerdicts(
  person: Evidence,
  engagements: readonly Engagement[],
  level: number,
  options: EngagementScoreOptions,
): EngagementVerdict[] | null {
  const edition = options.edition ?? DEFAULT_EDITION;
  const rules = options.rules ?? publishedRules();
  if (person.field === null) return null;
  const levels = rules.levels(person.field, edition);
  const at = levels.findIndex((l) => l.level === level);
  const lvl = levels[at];
  if (!lvl) return null;
  const below = at > 0 ? levels[at - 1] : undefined;
  const ctx: QualifyContext = { field: person.field, person, asOf: options.asOf, evidence: new Map() };
  const x = checkExperience(lvl, below, engagements, ctx, edition);
  return engagements.map((e) => {
    const s = shortfalls(e, lvl, ctx);
    const qualifies = s.length === 0;
    const counts = x.counted.includes(e);
    const why = localized((lang) => {
      const en = lang === "en";
      const reasons = joinPhrases(
        s.map((one) => shortfallText(one, e, ctx, lang)),
        lang,
      );
      const problems = e.problems.map((p) => p.message[lang]).join(" ");
      let text: string;
      if (qualifies) {
        text =
          x.measure === "years" && !counts
            ? en
              ? `Qualifies for level ${level}; outside the longest continuous span`
              : `レベル${level}の条件を満たします（最長の継続期間の外）`
            : en
              ? `Qualifies for level ${level}`
              : `レベル${level}の条件を満たします`;
      } else if (counts) {
        text = en
          ? `Counts among the others at level ${level - 1}; for level ${level}: ${reasons}`
          : `レベル${level - 1}として数えます。レベル${level}には：${reasons}`;
      } else {
        text = en
          ? `Does not qualify for level ${level}: ${reasons}`
          : `レベル${level}の条件を満たしません：${reasons}`;
      }
      return problems ? `${text}. ${problems}` : text;
    });
    return { engagement: e, ownLevel: engagementLevel(e, levels, ctx), qualifies, counts, why };
  });
}
