/**
 * ITSS levels as people type them in the round sheets (Agreed level, History):
 * 0 ("not yet level 1") to 7, written as 3, "３", "Lv3", "Level 3" or "レベル3".
 */
import { specialtyField } from "../catalog/fields";
import type { SpecialtyFieldId } from "../catalog/types";
import { cellText, isBlank, parseNumber, type Parsed } from "../roster/normalize";

export const LOWEST_LEVEL = 0;
export const HIGHEST_LEVEL = 7;

/** Every level a distribution counts, 0 first: charts need a column even when nobody is at a level. */
export const ALL_LEVELS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7];

const LEVEL_PREFIX = /^(lv\.?|level|l|レベル)\s*/i;

/**
 * A level from a cell, or not-ok when the cell holds something else. Blank is not a
 * level: callers decide whether blank is allowed.
 * @example parseLevel("Lv 3") // => { ok: true, value: 3 }
 */
export function parseLevel(value: unknown): Parsed<number> {
  if (isBlank(value) || typeof value === "boolean") return { ok: false };
  const text =
    typeof value === "number" ? value : cellText(value).normalize("NFKC").replace(LEVEL_PREFIX, "");
  const n = parseNumber(text);
  if (!n.ok || !Number.isInteger(n.value) || n.value < LOWEST_LEVEL || n.value > HIGHEST_LEVEL) {
    return { ok: false };
  }
  return { ok: true, value: n.value };
}

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
