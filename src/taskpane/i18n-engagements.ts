/**
 * Every text of the Engagements tab, in English and Japanese (same shape as TEXT: a
 * missing translation is a type error).
 */
import type { Lang, Localized } from "../core/catalog/types";

export const ENGAGEMENTS_TEXT = {
  tab: { en: "Engagements", ja: "案件台帳" },
  createTitle: { en: "Engagements ledger", ja: "案件台帳" },
  createHelp: {
    en: "One row per person per engagement: dates, role, success, complexity and size. Levels then rest on the engagements themselves, each level naming the ones it counts.",
    ja: "1人1案件1行：期間、役割、成否、複雑性、規模。レベルは案件そのものから判定され、どの案件で判定したかを示します。",
  },
  create: { en: "Create Engagements table", ja: "案件台帳を作成" },
  created: {
    en: "The Engagements table is ready. Add one row per engagement, then score the roster from it.",
    ja: "案件台帳を作成しました。案件ごとに1行入力し、名簿を案件から判定してください。",
  },
  scoreTitle: { en: "Score from engagements", ja: "案件から判定" },
  scoreHelp: {
    en: "Writes the Roster's level and gap from each person's engagements. Live formulas pass FILTER(Engagements, …) to HR.ITSSLEVEL and HR.ITSSGAP, and TODAY() when the roster has IT Service Management rows (their years grow with ongoing engagements).",
    ja: "各人の案件から名簿のレベルと不足を書き込みます。数式では HR.ITSSLEVEL と HR.ITSSGAP に FILTER(Engagements, …) を渡し、ITサービスマネジメントの行があれば TODAY() も渡します（継続中の案件で年数が増えるため）。",
  },
  formulas: { en: "Live formulas", ja: "数式" },
  values: { en: "Values", ja: "値" },
  score: { en: "Score from engagements", ja: "案件から判定" },
  scored: { en: "Scored {n} people from {m} engagements.", ja: "{m}件の案件から{n}人を判定しました。" },
  problems: { en: "Ledger rows to check ({n})", ja: "確認が必要な台帳の行（{n}件）" },
  evidenceHint: {
    en: 'To see why an engagement counts: =HR.ITSSEVIDENCE(FILTER(Engagements, Engagements[Employee ID]="E001", ""), Engagements[#Headers], 4)',
    ja: '案件が数えられる理由：=HR.ITSSEVIDENCE(FILTER(Engagements, Engagements[社員番号]="E001", ""), Engagements[#Headers], 4)',
  },
} as const satisfies Record<string, Localized>;

export function sayEngagements(
  lang: Lang,
  key: keyof typeof ENGAGEMENTS_TEXT,
  values: Record<string, string | number> = {},
): string {
  return ENGAGEMENTS_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}
