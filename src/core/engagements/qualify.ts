/**
 * "An engagement qualifies for level L" (issue 15): it is successful, its role is at
 * least the rule's, its complexity and size (on its own columns) and international
 * flag meet the rule. Customer Service counts completed projects, so there it must
 * also have ended. The criteria come from the RuleSet, so a company's KPI Rules apply.
 */
import { ROLES, specialtyField } from "../catalog/fields";
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import type { CompiledLevel, KpiCriterion } from "../engine/rule-set";
import { sizeValues } from "../engine/rule-set";
import { formatSizeValue, sizeRuleVariables, SIZE_VARIABLES } from "../engine/size-rule";
import type { Evidence } from "../roster/read-row";
import { hasError, type Engagement } from "./read-engagements";

/** Criteria an engagement meets on its own; the count (projects, years) is the ledger's; the rest is the person's. */
const ENGAGEMENT_KINDS: ReadonlySet<string> = new Set(["role", "complexity", "international", "size"]);
const COUNT_KINDS: ReadonlySet<string> = new Set(["projects", "years"]);

export function isEngagementCriterion(c: KpiCriterion): boolean {
  return ENGAGEMENT_KINDS.has(c.kind);
}
export function isCountCriterion(c: KpiCriterion): boolean {
  return COUNT_KINDS.has(c.kind);
}
export function isPersonCriterion(c: KpiCriterion): boolean {
  return !ENGAGEMENT_KINDS.has(c.kind) && !COUNT_KINDS.has(c.kind);
}

export type Shortfall =
  | { kind: "error" }
  | { kind: "duplicate"; of: number }
  | { kind: "field"; field: SpecialtyFieldId }
  | { kind: "unsuccessful" }
  | { kind: "ongoing" }
  | { kind: "not-started" }
  | { kind: "criterion"; criterion: KpiCriterion };

/** The engagement's columns as evidence the engine's criteria read; person columns from the roster row. */
export function engagementEvidence(e: Engagement, person: Evidence): Evidence {
  return {
    ...person,
    role: e.role,
    complexity: e.complexity,
    international: e.international,
    scope: e.scope,
    rooms: e.rooms,
    area: e.area,
    sites: e.sites,
    staff: e.staff,
    value: e.value,
    users: e.users,
  };
}

export interface QualifyContext {
  readonly field: SpecialtyFieldId;
  readonly person: Evidence;
  /** Last day counted (today, for ongoing engagements). */
  readonly asOf: number;
  /** Each engagement's evidence, built once per scoring. */
  readonly evidence?: Map<Engagement, Evidence>;
}

function evidenceOf(e: Engagement, ctx: QualifyContext): Evidence {
  let ev = ctx.evidence?.get(e);
  if (!ev) {
    ev = engagementEvidence(e, ctx.person);
    ctx.evidence?.set(e, ev);
  }
  return ev;
}

/** Does the level count completed projects (Customer Service) rather than years? */
export function countsProjects(lvl: CompiledLevel): boolean {
  return lvl.criteria.some((c) => c.kind === "projects");
}

/**
 * What keeps an engagement from qualifying at `lvl` (empty: it qualifies). `roleOf`
 * gives the role criterion when it differs (the others of a "mixed" level take the
 * role of level L and the complexity and size of L-1).
 */
export function shortfalls(
  e: Engagement,
  lvl: CompiledLevel,
  ctx: QualifyContext,
  roleOf: CompiledLevel = lvl,
  projects = countsProjects(roleOf),
): Shortfall[] {
  if (hasError(e)) return [{ kind: "error" }];
  const out: Shortfall[] = [];
  if (e.duplicateOf !== undefined) out.push({ kind: "duplicate", of: e.duplicateOf });
  if (e.field !== null && e.field !== ctx.field) out.push({ kind: "field", field: e.field });
  if (!e.successful) out.push({ kind: "unsuccessful" });
  if (projects && e.end === null) out.push({ kind: "ongoing" });
  if (!projects && e.start !== null && e.start > ctx.asOf) out.push({ kind: "not-started" });
  const ev = evidenceOf(e, ctx);
  for (const c of roleOf.criteria)
    if (c.kind === "role" && !c.holds(ev)) out.push({ kind: "criterion", criterion: c });
  for (const c of lvl.criteria) {
    if (c.kind !== "role" && isEngagementCriterion(c) && !c.holds(ev))
      out.push({ kind: "criterion", criterion: c });
  }
  return out;
}

export function qualifies(
  e: Engagement,
  lvl: CompiledLevel,
  ctx: QualifyContext,
  roleOf?: CompiledLevel,
): boolean {
  return shortfalls(e, lvl, ctx, roleOf).length === 0;
}

/** The highest level an engagement qualifies for on its own (0 when none). */
export function engagementLevel(
  e: Engagement,
  levels: readonly CompiledLevel[],
  ctx: QualifyContext,
): number {
  let best = 0;
  for (const lvl of levels) if (lvl.level > best && qualifies(e, lvl, ctx)) best = lvl.level;
  return best;
}

const roleName = (rank: number, lang: Lang): string =>
  ROLES.find((r) => r.rank === rank)?.name[lang] ?? (lang === "en" ? "none" : "未入力");

/** One short phrase per shortfall, in the engagement's own numbers. */
export function shortfallText(s: Shortfall, e: Engagement, ctx: QualifyContext, lang: Lang): string {
  const en = lang === "en";
  switch (s.kind) {
    case "error":
      return en ? "has a problem (see below)" : "入力に問題があります（下記）";
    case "duplicate":
      return en ? `repeats ${s.of}` : `${s.of}の重複`;
    case "field":
      return en ? `field ${specialtyField(s.field).name.en}` : `専門分野が${specialtyField(s.field).name.ja}`;
    case "unsuccessful":
      return en ? "not marked successful" : "成功が「はい」ではありません";
    case "ongoing":
      return en ? "ongoing (counts once it ends)" : "継続中（終了後に数えます）";
    case "not-started":
      return en ? "starts later" : "開始前";
    case "criterion":
      return criterionText(s.criterion, evidenceOf(e, ctx), lang);
  }
}

function criterionText(c: KpiCriterion, ev: Evidence, lang: Lang): string {
  const en = lang === "en";
  switch (c.kind) {
    case "role":
      return en
        ? `role ${roleName(ev.role, "en")}, needs ${roleName(c.required, "en")}`
        : `役割が${roleName(ev.role, "ja")}（${roleName(c.required, "ja")}以上が必要）`;
    case "complexity":
      return en
        ? `complexity ${ev.complexity} of ${c.required}`
        : `複雑性${ev.complexity}（${c.required}以上が必要）`;
    case "international":
      return en ? "not international" : "国際が「はい」ではありません";
    case "size": {
      const values = sizeValues(ev);
      const has = c.size
        ? sizeRuleVariables(c.size)
            .map((v) => `${SIZE_VARIABLES[v].column[lang]} ${formatSizeValue(v, values[v], lang)}`)
            .join(en ? ", " : "、")
        : "";
      const rule = c.sizeText?.[lang] ?? "";
      return en ? `size ${has}, needs ${rule}` : `規模（${has}）が ${rule} を満たしません`;
    }
    default:
      return `${c.kind} ${c.required}`;
  }
}

export function joinPhrases(parts: readonly string[], lang: Lang): string {
  return parts.join(lang === "en" ? "; " : "、");
}

/** Both languages, each written only when read: ITSSLEVEL never reads the gap sentences it computes. */
class LazyLocalized implements Localized {
  private cache: Partial<Record<Lang, string>> = {};
  constructor(private readonly make: (lang: Lang) => string) {}
  get en(): string {
    return (this.cache.en ??= this.make("en"));
  }
  get ja(): string {
    return (this.cache.ja ??= this.make("ja"));
  }
  toJSON(): Localized {
    return { en: this.en, ja: this.ja };
  }
}

export const localized = (make: (lang: Lang) => string): Localized => new LazyLocalized(make);
