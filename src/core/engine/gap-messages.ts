/**
 * The sentences that tell a person what is missing for a level, in English and
 * Japanese. Each names the column and the numbers: "Succession 1 of 3 needed for level 5".
 */
import { ROLES } from "../catalog/fields";
import type { Lang, Localized } from "../catalog/types";
import { rosterColumn } from "../roster/columns";
import type { Evidence } from "../roster/read-row";
import { sizeValues, type KpiCriterion } from "./rule-set";
import { formatSizeRule, formatSizeValue, SIZE_VARIABLES, sizeRuleVariables } from "./size-rule";

/**
 * Sentences depend only on the criterion and the few evidence values it reads, and
 * rosters repeat those values a lot: remember recent sentences per criterion.
 */
const sentenceCache = new WeakMap<KpiCriterion, Record<Lang, Map<number | string, string>>>();
const CACHE_LIMIT = 512;

/** The sentence for one unmet criterion, in one language. */
export function gapSentence(criterion: KpiCriterion, e: Evidence, lang: Lang): string {
  let caches = sentenceCache.get(criterion);
  if (!caches) sentenceCache.set(criterion, (caches = { en: new Map(), ja: new Map() }));
  const cache = caches[lang];
  const key = sentenceKey(criterion, e);
  let sentence = cache.get(key);
  if (sentence === undefined) {
    sentence = writeSentence(criterion, e, lang);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, sentence);
  }
  return sentence;
}

/** The evidence values a criterion's sentence shows (one number for most: no key text to build). */
function sentenceKey(criterion: KpiCriterion, e: Evidence): number | string {
  switch (criterion.kind) {
    case "international":
    case "mentoring":
      return 0;
    case "size":
      return `${e.scope}|${e.rooms}|${e.area}|${e.sites}|${e.staff}|${e.value}|${e.users}|${e.complexity}`;
    default:
      return e[criterion.kind];
  }
}

function writeSentence(criterion: KpiCriterion, e: Evidence, lang: Lang): string {
  const level = criterion.level;
  const column = rosterColumn(criterion.column).header[lang];
  const en = lang === "en";
  switch (criterion.kind) {
    case "role": {
      const needed = (ROLES.find((r) => r.rank === criterion.required)?.name ?? ROLES[0].name)[lang];
      const has = ROLES.find((r) => r.rank === e.role)?.name[lang] ?? (en ? "none" : "未入力");
      return en
        ? `Role ${needed} or higher needed for level ${level} (has ${has})`
        : `レベル${level}には役割「${needed}」以上が必要です（現在：${has}）`;
    }
    case "international":
    case "mentoring":
      return en
        ? `${column} "yes" needed for level ${level}`
        : `レベル${level}には${column}「はい」が必要です`;
    case "size": {
      const expr = criterion.size;
      if (!expr) return en ? `Size needed for level ${level}` : `レベル${level}の規模が必要です`;
      const values = sizeValues(e);
      const has = sizeRuleVariables(expr)
        .map((v) => `${SIZE_VARIABLES[v].column[lang]} ${formatSizeValue(v, values[v], lang)}`)
        .join(en ? ", " : "、");
      const rule = criterion.sizeText?.[lang] ?? formatSizeRule(expr, lang);
      return en
        ? `Size for level ${level} needs ${rule} (has ${has})`
        : `レベル${level}の規模には ${rule} が必要です（現在：${has}）`;
    }
    default: {
      const actual = e[criterion.kind];
      return en
        ? `${column} ${actual} of ${criterion.required} needed for level ${level}`
        : `レベル${level}には${column}が${criterion.required}以上必要です（現在${actual}）`;
    }
  }
}

/** Both languages, each written only when read (a class: prototype getters are cheap to create). */
class GapMessage implements Localized {
  private cachedEn: string | undefined;
  private cachedJa: string | undefined;
  constructor(
    private readonly criterion: KpiCriterion,
    private readonly evidence: Evidence,
  ) {}
  get en(): string {
    return (this.cachedEn ??= gapSentence(this.criterion, this.evidence, "en"));
  }
  get ja(): string {
    return (this.cachedJa ??= gapSentence(this.criterion, this.evidence, "ja"));
  }
  toJSON(): Localized {
    return { en: this.en, ja: this.ja };
  }
}

export function gapMessage(criterion: KpiCriterion, e: Evidence): Localized {
  return new GapMessage(criterion, e);
}

/** Written once per level: every row short of that level repeats it. */
const apMessages = new Map<number, Localized>();

export function alternativeApMessage(level: number): Localized {
  let message = apMessages.get(level);
  if (message === undefined) {
    message = Object.freeze({
      en: `Or: passing the Applied IT Engineer Examination (ITEE AP "yes") attains level ${level} on its own`,
      ja: `または：応用情報技術者試験に合格（応用情報「はい」）すればレベル${level}とみなされます`,
    });
    apMessages.set(level, message);
  }
  return message;
}

/** What one criterion asks, as a phrase: "Projects 1 or more", "役割「メンバー」以上". */
export function requirementPhrase(criterion: KpiCriterion, lang: Lang): string {
  const en = lang === "en";
  const column = rosterColumn(criterion.column).header[lang];
  switch (criterion.kind) {
    case "role": {
      const needed = (ROLES.find((r) => r.rank === criterion.required)?.name ?? ROLES[0].name)[lang];
      return en ? `Role ${needed} or higher` : `役割「${needed}」以上`;
    }
    case "international":
    case "mentoring":
      return en ? `${column} "yes"` : `${column}「はい」`;
    case "size":
      return criterion.sizeText?.[lang] ?? (criterion.size ? formatSizeRule(criterion.size, lang) : "");
    default:
      return en ? `${column} ${criterion.required} or more` : `${column}${criterion.required}以上`;
  }
}

/**
 * Levels 1-2 are this product's reading of the seed's "Common to Customer Service"
 * text (docs/scoring.md); the gap text states the reading, generated from the rule
 * so that it follows a company's edits.
 */
export function lowLevelReadingMessage(level: number, criteria: readonly KpiCriterion[]): Localized {
  const known = lowLevelMessages.get(criteria);
  if (known?.level === level) return known.message;
  const message = Object.freeze({
    en: `Level ${level} is read as: ${criteria.map((c) => requirementPhrase(c, "en")).join(", ")}`,
    ja: `レベル${level}の判定：${criteria.map((c) => requirementPhrase(c, "ja")).join("、")}`,
  });
  lowLevelMessages.set(criteria, { level, message });
  return message;
}

/** Written once per compiled level (its criteria are fixed): every row short of it repeats it. */
const lowLevelMessages = new WeakMap<readonly KpiCriterion[], { level: number; message: Localized }>();
