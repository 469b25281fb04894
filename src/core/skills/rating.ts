/**
 * Skill ratings as managers type them. A rating is the level (1-7) at which the
 * person performs a skill item; sheets write it as 3, "3", "Lv3", "Lv.3", "L3",
 * "Level 3", "レベル3" or in full width ("Ｌｖ．３"). Parsing never throws: one
 * odd cell must not stop a whole Skills table.
 */
import type { Level, Localized } from "../catalog/types";
import { isLevel, parseLevel } from "../catalog/levels";
import { cellText, type Parsed } from "../roster/normalize";
import type { SkillProblem } from "./types";

/** What a rating cell may hold, for messages and the template's input help. */
export const RATING_VALID: Localized = {
  en: "a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated",
  ja: "1～7のレベル（3、Lv3、Lv.3、L3、レベル3など）、未評価なら空欄",
};

const BLANK: Parsed<Level | null> = Object.freeze({ ok: true, value: null });

/**
 * The level a rating cell holds: `{ ok: true, value: null }` for a blank cell,
 * `{ ok: false }` for anything that is not a whole level 1-7.
 * @example
 *   parseRating("Lv.3") // => { ok: true, value: 3 }
 *   parseRating("２")   // => { ok: true, value: 2 }
 *   parseRating(2.5)    // => { ok: false }
 */
export function parseRating(value: unknown): Parsed<Level | null> {
  if (value === null || value === undefined) return BLANK;
  if (typeof value !== "string" && typeof value !== "number") return { ok: false };
  if (typeof value === "string" && value.trim() === "") return BLANK;
  return parseLevel(value, 1) as Parsed<Level>;
}

export { isLevel };

/**
 * The problem for a rating that is not a level, naming the column, the value and
 * what is valid, in the header language of each message.
 */
export function ratingProblem(header: Localized, value: unknown): SkillProblem {
  const text = safeText(value);
  return {
    kind: "rating",
    header: header.en,
    value: text,
    message: {
      en: `Column "${header.en}": "${text}" is not a skill rating. Valid: ${RATING_VALID.en}.`,
      ja: `「${header.ja}」列：「${text}」はスキル評価として無効です。有効な値：${RATING_VALID.ja}。`,
    },
  };
}

/** Cell text for messages; never throws, even for objects without a prototype. */
export function safeText(value: unknown): string {
  try {
    return cellText(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
