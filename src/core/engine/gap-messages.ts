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
const sentenceCache = new WeakMap<KpiCriterion, Map<string, string>>();
const CACHE_LIMIT = 512;

/** The sentence for one unmet criterion, in one language. */
export function gapSentence(criterion: KpiCriterion, e: Evidence, lang: Lang): string {
  let cache = sentenceCache.get(criterion);
  if (!cache) sentenceCache.set(criterion, (cache = new Map()));
  const key = `${lang}${sentenceKey(criterion, e)}`;
  let sentence = cache.get(key);
  if (sentence === undefined) {
    sentence = writeSentence(criterion, e, lang);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, sentence);
  }
  return sentence;
}

/** The evidence values a criterion's sentence shows. */
function sentenceKey(criterion: KpiCriterion, e: Evidence): string {
  switch (criterion.kind) {
    case "international":
    case "mentoring":
      return "";
    case "size":
      return `${e.scope}|${e.rooms}|${e.area}|${e.sites}|${e.staff}|${e.value}|${e.users}|${e.complexity}`;
    default:
      return String(e[criterion.kind]);
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

export function alternativeApMessage(level: number): Localized {
  return {
    en: `Or: passing the Applied IT Engineer Examination (ITEE AP "yes") attains level ${level} on its own`,
    ja: `または：応用情報技術者試験に合格（応用情報「はい」）すればレベル${level}とみなされます`,
  };
}

/** Levels 1-2 are read by this product as documented in docs/scoring.md; the gap text says so. */
export function lowLevelReadingMessage(level: number): Localized {
  return level === 1
    ? {
        en: "Level 1 is read as: took part in at least one installation or maintenance engagement (Projects 1 or more)",
        ja: "レベル1の判定：導入・保守の案件に1件以上参加していること（実績件数1以上）",
      }
    : {
        en: "Level 2 is read as: carried out at least one engagement that met a complexity criterion, with basic knowledge of one theme (Projects 1, Complexity 1, Themes 1)",
        ja: "レベル2の判定：複雑性の条件を1つ以上満たす案件を1件以上実施し、テーマ1つ以上の基本知識があること（実績件数1、複雑性1、専門テーマ数1）",
      };
}
