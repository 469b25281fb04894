/**
 * The CMBOK Assessment rating: 0-4 per competency, from "not yet" to "can teach
 * others". Five steps are enough to tell learning from doing from teaching, and
 * few enough that two managers rate the same person alike.
 */
import type { Localized } from "../catalog/types";
import { parseNumber, type Parsed } from "../roster/normalize";

/** 0 not yet, 1 knows the basics, 2 with support, 3 independently, 4 can teach others. */
export type CmbokRating = 0 | 1 | 2 | 3 | 4;

/** Labels of the scale, for the column help, the validation message and the chart legend. */
export const CMBOK_RATING_LABELS: readonly { readonly rating: CmbokRating; readonly label: Localized }[] = [
  { rating: 0, label: { en: "Not yet", ja: "未習得" } },
  { rating: 1, label: { en: "Knows the basics", ja: "基礎知識がある" } },
  { rating: 2, label: { en: "Can do it with support", ja: "支援があれば実践できる" } },
  { rating: 3, label: { en: "Can do it independently", ja: "独力で実践できる" } },
  { rating: 4, label: { en: "Can teach others", ja: "他者に指導できる" } },
];

/** What a rating cell may hold, for messages. */
export const CMBOK_RATING_VALID: Localized = {
  en: `a whole number from 0 to 4 (${CMBOK_RATING_LABELS.map((l) => `${l.rating} ${l.label.en}`).join(", ")}), or blank`,
  ja: `0～4の整数（${CMBOK_RATING_LABELS.map((l) => `${l.rating} ${l.label.ja}`).join("、")}）、または空欄`,
};

const BLANK: Parsed<CmbokRating | null> = Object.freeze({ ok: true, value: null });
const NOT_A_RATING: Parsed<never> = Object.freeze({ ok: false });

/** A 0-4 rating from a cell (full-width digits allowed); null for blank. Never throws. */
export function parseCmbokRating(value: unknown): Parsed<CmbokRating | null> {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === "string" && value.trim() === "") return BLANK;
  if (typeof value !== "number" && typeof value !== "string") return NOT_A_RATING;
  const number = parseNumber(value);
  return number.ok && isCmbokRating(number.value) ? { ok: true, value: number.value } : NOT_A_RATING;
}

/** True for a whole number from 0 to 4. */
export function isCmbokRating(value: unknown): value is CmbokRating {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 4;
}
