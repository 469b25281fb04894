/**
 * The ITSS level scale, written once: levels 1 to 7, and 0 for "not yet level 1"
 * where people are counted (distributions, rounds). And how people write a level in
 * a cell: 3, "３", "Lv3", "Lv.3", "L3", "Level 3", "レベル3", in any case or width.
 */
import { cellText, parseNumber, type Parsed } from "../roster/normalize";
import type { Level } from "./types";

export const LOWEST_LEVEL = 0;
export const HIGHEST_LEVEL = 7;

/** The levels of the standard, 1 to 7. */
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5, 6, 7];
/** Every level a count holds, 0 ("not yet level 1") first: a chart needs a column even when nobody is at a level. */
export const ALL_LEVELS: readonly number[] = [LOWEST_LEVEL, ...LEVELS];

/** Prefixes seen in HR sheets; longest first so "lv." wins over "l". */
const LEVEL_PREFIX = /^(?:level|lvl\.?|lv\.?|l|レベル)\s*/i;
const NOT_A_LEVEL: Parsed<never> = Object.freeze({ ok: false });

/**
 * A whole level from a cell within [min, max] (default 0-7), or not-ok. Blank and
 * yes/no are not levels: callers decide whether blank is allowed. Never throws.
 * @example parseLevel("Lv 3") // => { ok: true, value: 3 }
 * @example parseLevel("レベル０", 1) // => { ok: false }
 */
export function parseLevel(value: unknown, min = LOWEST_LEVEL, max = HIGHEST_LEVEL): Parsed<number> {
  if (typeof value === "boolean" || value === null || value === undefined) return NOT_A_LEVEL;
  const text =
    typeof value === "number" ? value : cellText(value).normalize("NFKC").trim().replace(LEVEL_PREFIX, "");
  if (text === "") return NOT_A_LEVEL;
  const n = parseNumber(text);
  if (!n.ok || !Number.isInteger(n.value) || n.value < min || n.value > max) return NOT_A_LEVEL;
  return { ok: true, value: n.value };
}

/** True for a whole number from 1 to 7. */
export function isLevel(value: unknown): value is Level {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= HIGHEST_LEVEL;
}
