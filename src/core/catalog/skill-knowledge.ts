/**
 * The knowledge items of a field's skill item (seed 000). Kept out of the catalog's
 * index, as the KPI text is (kpi-text.ts): loaded when ITSSKNOWLEDGE or the Skill Items
 * sheet first needs it.
 */
import { SKILL_KNOWLEDGE } from "./data/skill-knowledge";
import type { Localized, SkillItemId, SpecialtyFieldId } from "./types";

export { SKILL_KNOWLEDGE };

/** The items of a field (or of "Common to Customer Service") and skill item; none when not listed. */
export function skillKnowledge(field: SpecialtyFieldId | "common", item: SkillItemId): readonly Localized[] {
  return SKILL_KNOWLEDGE.find((k) => k.field === field && k.skillItem === item)?.items ?? [];
}
