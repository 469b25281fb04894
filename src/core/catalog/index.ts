/**
 * The catalog: every table of the standard, and look-ups over them by id or by
 * name in either language.
 */
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "./data/cmbok";
import { CUSTOMER_SERVICE_V2_KPI_TEXT } from "./data/kpi-text-cs-v2";
import { CUSTOMER_SERVICE_V3_KPI_TEXT } from "./data/kpi-text-cs-v3";
import { IT_SERVICE_MANAGEMENT_KPI_TEXT } from "./data/kpi-text-itsm";
import { SKILL_ITEMS, SKILL_KNOWLEDGE, SKILL_PROFICIENCY } from "./data/skill-proficiency";
import { specialtyField } from "./fields";
import { KPI_RULE_TABLE, type KpiRule } from "./kpi-rules";
import type {
  CmbokCompetency,
  CmbokVersion,
  Edition,
  KpiText,
  Lang,
  Localized,
  SkillItem,
  SkillItemId,
  SpecialtyFieldId,
} from "./types";
import { didYouMean, foldName } from "../roster/normalize";

export * from "./types";
export * from "./fields";
export { KPI_RULE_TABLE, type KpiRule };
export { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0, SKILL_ITEMS, SKILL_KNOWLEDGE, SKILL_PROFICIENCY };

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

// ---- Skill items (seed 000) ----

const SKILL_ITEM_BY_NAME = new Map<string, SkillItem>(
  SKILL_ITEMS.flatMap(
    (s) =>
      [
        [foldName(s.name.en), s],
        [foldName(s.name.ja), s],
        [foldName(s.id), s],
      ] as const,
  ),
);

export function findSkillItem(name: string): SkillItem | undefined {
  return SKILL_ITEM_BY_NAME.get(foldName(name));
}

export function suggestSkillItem(name: string): string | undefined {
  return didYouMean(
    name,
    SKILL_ITEMS.flatMap((s) => [s.name.en, s.name.ja]),
  );
}

/** The skill items of a Customer Service field: the six common ones and the field's own. */
export function skillItemsOfField(field: SpecialtyFieldId): SkillItem[] {
  const own: Partial<Record<SpecialtyFieldId, SkillItemId>> = {
    hardware: "hardware-technology",
    software: "software-technology",
    "facility-management": "facility-management",
  };
  const ownId = own[field];
  return ownId ? SKILL_ITEMS.filter((s) => s.common || s.id === ownId) : [];
}

/** Proficiency description; levels 1-2 come from "Common to Customer Service". */
export function skillProficiency(
  field: SpecialtyFieldId,
  item: SkillItemId,
  level: number,
): Localized | undefined {
  const source = level <= 2 ? "common" : field;
  return SKILL_PROFICIENCY.find((p) => p.field === source && p.skillItem === item && p.level === level)
    ?.description;
}

export function skillKnowledge(field: SpecialtyFieldId, item: SkillItemId): readonly Localized[] {
  return SKILL_KNOWLEDGE.find((k) => k.field === field && k.skillItem === item)?.items ?? [];
}

// ---- CMBOK (seed 004) ----

export function cmbokCompetency(code: string, version: CmbokVersion): CmbokCompetency | undefined {
  const wanted = code
    .normalize("NFKC")
    .toUpperCase()
    .replace(/\s+/g, "")
    .replace(/[‐－―ー–]/g, "-");
  return CMBOK_COMPETENCIES.find((c) => c.version === version && c.code === wanted);
}

export function cmbokCodes(version: CmbokVersion): string[] {
  return CMBOK_COMPETENCIES.filter((c) => c.version === version).map((c) => c.code);
}
