/**
 * The sentences that tell a person what is missing for a level, in English and
 * Japanese. Each names the column and the numbers: "Succession 1 of 3 needed for level 5".
 */
import { ROLES } from "../catalog/fields";
import type { Localized } from "../catalog/types";
import { rosterColumn } from "../roster/columns";
import type { Evidence } from "../roster/read-row";
import { sizeValues, type KpiCriterion } from "./rule-set";
import { formatSizeRule, formatSizeValue, SIZE_VARIABLES, sizeRuleVariables } from "./size-rule";

export function gapMessage(criterion: KpiCriterion, e: Evidence): Localized {
  const level = criterion.level;
  const column = rosterColumn(criterion.column).header;
  switch (criterion.kind) {
    case "role": {
      const needed = ROLES.find((r) => r.rank === criterion.required)?.name ?? { en: "Member", ja: "メンバー" };
      const has = ROLES.find((r) => r.rank === e.role)?.name ?? { en: "none", ja: "未入力" };
      return {
        en: `Role ${needed.en} or higher needed for level ${level} (has ${has.en})`,
        ja: `レベル${level}には役割「${needed.ja}」以上が必要です（現在：${has.ja}）`,
      };
    }
    case "international":
    case "mentoring":
      return {
        en: `${column.en} "yes" needed for level ${level}`,
        ja: `レベル${level}には${column.ja}「はい」が必要です`,
      };
    case "size": {
      const expr = criterion.size;
      if (!expr) return { en: `Size needed for level ${level}`, ja: `レベル${level}の規模が必要です` };
      const values = sizeValues(e);
      const has = (lang: "en" | "ja"): string =>
        sizeRuleVariables(expr)
          .map((v) => `${SIZE_VARIABLES[v].column[lang]} ${formatSizeValue(v, values[v], lang)}`)
          .join(lang === "en" ? ", " : "、");
      return {
        en: `Size for level ${level} needs ${formatSizeRule(expr, "en")} (has ${has("en")})`,
        ja: `レベル${level}の規模には ${formatSizeRule(expr, "ja")} が必要です（現在：${has("ja")}）`,
      };
    }
    default: {
      const actual = e[criterion.kind];
      return {
        en: `${column.en} ${actual} of ${criterion.required} needed for level ${level}`,
        ja: `レベル${level}には${column.ja}が${criterion.required}以上必要です（現在${actual}）`,
      };
    }
  }
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
