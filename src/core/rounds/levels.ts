/**
 * ITSS levels as people type them in the round sheets (Agreed level, History):
 * 0 ("not yet level 1") to 7, written as 3, "３", "Lv3", "Level 3" or "レベル3".
 */
import { specialtyField } from "../catalog/fields";
import type { SpecialtyFieldId } from "../catalog/types";

/** The level scale and its parser live in the catalog (catalog/levels), written once. */
export { ALL_LEVELS, HIGHEST_LEVEL, LOWEST_LEVEL, parseLevel } from "../catalog/levels";

/**
 * Whether a field can hold a level. Level 0 always can (it means no level yet);
 * the others must be levels the seeds define for the field (Service Desk stops at 4).
 */
export function fieldHasLevel(field: SpecialtyFieldId, level: number): boolean {
  return level === 0 || specialtyField(field).levels.some((l) => l === level);
}

/** "0, 3, 4" — the levels a field accepts, for messages. */
export function levelsOfField(field: SpecialtyFieldId): string {
  return [0, ...specialtyField(field).levels].join(", ");
}
