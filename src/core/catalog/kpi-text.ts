/**
 * The published KPI text of each field and level (seeds 001-003), and the shapes the
 * functions and the KPI Rules sheet show it in. Kept out of the catalog's index: the
 * scoring needs only the rules' numbers, so the custom functions and the pane start
 * without this text (about 20 KB gzip) and load it when it is first shown (ITSSCRITERIA,
 * "Load standard").
 */
import { CUSTOMER_SERVICE_V2_KPI_TEXT } from "./data/kpi-text-cs-v2";
import { CUSTOMER_SERVICE_V3_KPI_TEXT } from "./data/kpi-text-cs-v3";
import { IT_SERVICE_MANAGEMENT_KPI_TEXT } from "./data/kpi-text-itsm";
import { specialtyField } from "./fields";
import type { Edition, KpiText, Lang, Localized, SpecialtyFieldId } from "./types";

export const KPI_TEXT: readonly KpiText[] = [
  ...CUSTOMER_SERVICE_V3_KPI_TEXT,
  ...CUSTOMER_SERVICE_V2_KPI_TEXT,
  ...IT_SERVICE_MANAGEMENT_KPI_TEXT,
];

/**
 * The published KPI text of a field and level. Customer Service levels 1-2 are
 * published once ("Common to Customer Service", V2) and serve both editions;
 * IT Service Management is published in V3 only and serves both.
 */
export function kpiText(field: SpecialtyFieldId, level: number, edition: Edition): KpiText | undefined {
  const category = specialtyField(field).category;
  const matches = (t: KpiText, f: KpiText["field"], e: Edition): boolean =>
    t.category === category && t.field === f && t.level === level && t.edition === e;
  return (
    KPI_TEXT.find((t) => matches(t, field, edition)) ??
    KPI_TEXT.find((t) => matches(t, "common", "V2")) ??
    KPI_TEXT.find((t) => matches(t, field, "V3"))
  );
}

export interface CriterionRow {
  readonly criterion: Localized;
  readonly requirement: Localized;
}

const SECTION = {
  responsibilities: { en: "Responsibilities", ja: "責任" },
  complexity: { en: "Complexity", ja: "複雑性" },
  size: { en: "Size", ja: "規模" },
  themes: { en: "Specialty themes", ja: "専門テーマ" },
  succession: { en: "Technology succession", ja: "技術の継承" },
  mentoring: { en: "Developing others", ja: "後進の育成" },
  remarks: { en: "Remarks", ja: "備考" },
} as const;

/** The level's KPI as criterion / requirement rows (what ITSSCRITERIA spills). */
export function kpiCriteriaRows(text: KpiText): CriterionRow[] {
  const list = (intro: Localized, items: readonly Localized[]): Localized => ({
    en: [intro.en, ...items.map((i) => `• ${i.en}`)].join("\n"),
    ja: [intro.ja, ...items.map((i) => `・${i.ja}`)].join("\n"),
  });
  const rows: CriterionRow[] = [
    { criterion: SECTION.responsibilities, requirement: text.responsibilities },
    { criterion: SECTION.complexity, requirement: list(text.complexity.intro, text.complexity.items) },
    { criterion: SECTION.size, requirement: list(text.size.intro, text.size.items) },
    { criterion: SECTION.themes, requirement: list(text.themes.intro, text.themes.items) },
  ];
  if (text.succession)
    rows.push({
      criterion: SECTION.succession,
      requirement: list(text.succession.intro, text.succession.items),
    });
  if (text.mentoring) rows.push({ criterion: SECTION.mentoring, requirement: text.mentoring });
  for (const remark of text.remarks ?? []) rows.push({ criterion: SECTION.remarks, requirement: remark });
  return rows;
}

/** The whole KPI text as one block, for the KPI Rules sheet. */
export function kpiTextBlock(text: KpiText, lang: Lang): string {
  return kpiCriteriaRows(text)
    .map((r) => `【${r.criterion[lang]}】\n${r.requirement[lang]}`)
    .join("\n\n");
}
