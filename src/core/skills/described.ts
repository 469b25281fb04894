/**
 * What seed 000 describes for a field: which skill items have a proficiency text
 * at which level. Scoring, validation and charts all follow the seed, so a level
 * the seed leaves empty (Hardware and Software 6-7, Facility Management 7) can be
 * neither rated against nor attained.
 */
import { skillItemsOfField, skillProficiency } from "../catalog";
import type { Lang, Level, SkillItem, SkillItemId, SpecialtyFieldId } from "../catalog/types";
import { ALL_LEVELS } from "./types";

interface FieldDescription {
  readonly items: readonly SkillItem[];
  /** Items described at each level; index 0 is level 1. */
  readonly byLevel: readonly (readonly SkillItemId[])[];
}

const descriptions = new Map<SpecialtyFieldId, FieldDescription>();

function describe(field: SpecialtyFieldId): FieldDescription {
  let found = descriptions.get(field);
  if (!found) {
    const items = skillItemsOfField(field);
    const byLevel = ALL_LEVELS.map((level) =>
      items.filter((item) => skillProficiency(field, item.id, level) !== undefined).map((item) => item.id),
    );
    found = { items, byLevel };
    descriptions.set(field, found);
  }
  return found;
}

/**
 * The field's skill items the seed describes at a level. Levels 1-2 come from
 * "Common to Customer Service", so only the six common items count there.
 */
export function describedItemsAt(field: SpecialtyFieldId, level: number): readonly SkillItemId[] {
  return describe(field).byLevel[level - 1] ?? [];
}

/** Levels at which the field describes at least one item: the levels a person can attain. */
export function attainableSkillLevels(field: SpecialtyFieldId): readonly Level[] {
  return ALL_LEVELS.filter((level) => describedItemsAt(field, level).length > 0);
}

/**
 * Levels the seed describes for one item of a field: what the Skills table's data
 * validation allows in that cell. Empty when the item is not the field's.
 */
export function describedLevelsOf(field: SpecialtyFieldId, item: SkillItemId): readonly Level[] {
  return ALL_LEVELS.filter((level) => describedItemsAt(field, level).includes(item));
}

/** "1-5" for consecutive levels, "1, 3" otherwise, "none" / "なし" for no level. */
export function levelRange(levels: readonly number[], lang: Lang): string {
  const first = levels[0];
  const last = levels[levels.length - 1];
  if (first === undefined || last === undefined) return lang === "en" ? "none" : "なし";
  if (first === last) return String(first);
  const consecutive = levels.every((level, i) => level === first + i);
  if (consecutive) return lang === "en" ? `${first}-${last}` : `${first}～${last}`;
  return levels.join(lang === "en" ? ", " : "、");
}
