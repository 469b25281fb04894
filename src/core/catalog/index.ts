/**
 * The catalog: every table of the standard, and look-ups over them by id or by
 * name in either language. The KPI text (kpi-text.ts) and the skills' knowledge items
 * (skill-knowledge.ts) are modules of their own, loaded only where they are shown.
 */
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "./data/cmbok";
import { SKILL_ITEMS, SKILL_PROFICIENCY } from "./data/skill-proficiency";
import { KPI_RULE_TABLE, type KpiRule } from "./kpi-rules";
import type {
  CmbokCompetency,
  CmbokVersion,
  Localized,
  SkillItem,
  SkillItemId,
  SpecialtyFieldId,
} from "./types";
import { didYouMean, foldName } from "../roster/normalize";

export * from "./types";
export * from "./fields";
export { KPI_RULE_TABLE, type KpiRule };
export { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0, SKILL_ITEMS, SKILL_PROFICIENCY };

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
