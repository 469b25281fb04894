/**
 * Value normalisers for roster cells. Each returns a result instead of throwing,
 * so one odd cell never stops a roster.
 */

/** Small vowels (and ヮ) that spellings swap with their large forms: ウェア / ウエア, ヴァ / ヴア. */
const SMALL_KANA_LIST = "ァィゥェォヮぁぃぅぇぉゎ";
const LARGE_KANA = "アイウエオワあいうえおわ";
const SMALL_KANA = new RegExp(`[${SMALL_KANA_LIST}]`, "g");

/**
 * Fold a header or a name for comparison: the one normaliser every name is read
 * through (fields, roles, categories, headers, assessors, IDs). Full-width to
 * half-width and half-width katakana to full (NFKC), lower case, and no spaces,
 * underscores or punctuation. "Specialty_Field", "specialty field" and full-width
 * "ＳＰＥＣＩＡＬＴＹ ＦＩＥＬＤ" all fold to "specialtyfield". Katakana spelling
 * variants fold together too: small and large vowels (ハードウェア, ハードウエア), and
 * long-vowel marks, whether written ー, ｰ, ‐, －, ― or left out (マネージャー, マネージャ).
 */
export function foldName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(SMALL_KANA, (c) => LARGE_KANA[SMALL_KANA_LIST.indexOf(c)] ?? c)
    .replace(/[\s_\-.,:;/\\()[\]{}'"`!?・･、。（）「」『』【】ー‐‑‒–—―−─]+/g, "")
    .normalize("NFC"); // a sound mark left beside its kana by a removed mark joins it, as NFKC would have
}

/**
 * Cell text as the user typed it, trimmed; numbers and booleans as text. Never
 * throws: a value whose `toString` is missing, not a function or throws (an object
 * from a file reader, a null-prototype object) reads as blank rather than stopping
 * the roster.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint")
    return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  try {
    const text: unknown = String(value);
    return typeof text === "string" ? text.trim() : "";
  } catch {
    return "";
  }
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * The value of text that is 1 to 15 ASCII digits and nothing else ("35", "007"), else -1:
 * the common roster cell, read without a regular expression or an allocation.
 */
export function plainDigits(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const NUMBER_TEXT = /^[+-]?(\d+(,\d{3})*|\d*)(\.\d+)?$/;

/**
 * A number from a cell: numbers pass through; text may use full-width digits and
 * thousands separators ("１，２００" -> 1200). Blank is not a number (callers decide).
 */
const NOT_PARSED: Parsed<never> = Object.freeze({ ok: false });

export function parseNumber(value: unknown): Parsed<number> {
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : NOT_PARSED;
  if (typeof value === "string") {
    const plain = plainDigits(value);
    if (plain >= 0) return { ok: true, value: plain };
  }
  if (typeof value === "boolean") return { ok: false };
  const text = cellText(value).normalize("NFKC").replace(/\s+/g, "");
  if (text === "" || !NUMBER_TEXT.test(text) || text === "." || text === "+" || text === "-")
    return { ok: false };
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}

const YES = new Set([
  "yes",
  "y",
  "true",
  "1",
  "○",
  "〇",
  "◯",
  "✓",
  "✔",
  "はい",
  "有",
  "あり",
  "有り",
  "済",
  "合格",
  "成功",
  "on",
]);
const NO = new Set([
  "no",
  "n",
  "false",
  "0",
  "×",
  "✕",
  "✗",
  "いいえ",
  "無",
  "なし",
  "無し",
  "未",
  "不合格",
  "失敗",
  "off",
  "-",
  "ー",
  "－",
]);

/** Yes/no from a cell. Blank means no (no evidence), per the roster contract. */
const YES_PARSED: Parsed<boolean> = Object.freeze({ ok: true, value: true });
const NO_PARSED: Parsed<boolean> = Object.freeze({ ok: true, value: false });

export function parseYesNo(value: unknown): Parsed<boolean> {
  if (typeof value === "boolean") return value ? YES_PARSED : NO_PARSED;
  if (value === "" || value === null || value === undefined) return NO_PARSED;
  if (typeof value === "string") {
    if (YES.has(value)) return YES_PARSED;
    if (NO.has(value)) return NO_PARSED;
  }
  if (typeof value === "number") return value === 1 ? YES_PARSED : value === 0 ? NO_PARSED : NOT_PARSED;
  const text = cellText(value).normalize("NFKC").toLowerCase();
  if (text === "" || NO.has(text)) return NO_PARSED;
  if (YES.has(text)) return YES_PARSED;
  return NOT_PARSED;
}

export const YES_NO_VALID = "yes/no, y/n, true/false, 1/0, ○/×, ✓/blank, はい/いいえ, 有/無";

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The closest candidate to a misspelt name ("Hardwear" -> "Hardware"), or undefined
 * when nothing is close enough to be a plausible typo.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const folded = foldName(input);
  if (folded === "") return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(folded.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(folded, foldName(candidate), limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * A count with its English noun, singular for one: "1 row", "3 rows", "2 people".
 * Japanese needs no plural; its counters are written in each message.
 * @example countOf(1, "row") // => "1 row"
 */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${groupDigits(n)} ${n === 1 ? noun : plural}`;
}

/**
 * A whole number as en-US writes it, "1,048,575" (n.toLocaleString("en-US")), without
 * Intl: its first use costs a command-line run about 20 ms. Other numbers go to Intl.
 */
export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}
