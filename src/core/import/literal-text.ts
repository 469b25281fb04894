/**
 * Which texts must be written as literal text. Excel reads a value written to a
 * cell as the user would have typed it: "=HYPERLINK(...)" becomes a live formula
 * (a spreadsheet-injection risk), "+81 3 1234" and "-5" become formulas or numbers,
 * "00123" loses its zeros and "2024/4/1" becomes a date. The adapter formats such
 * cells as text ("@") before writing, so the value lands exactly as imported.
 */
import type { PlannedRow } from "./build-plan";

/** First characters that make Excel (and CSV consumers) read a text as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

/**
 * Whether a value must be written as literal text to land unchanged. Deliberately
 * conservative: a false "yes" only costs a text format on a cell that holds text.
 * @example needsLiteralText("=SUM(A1:A3)") // => true
 * @example needsLiteralText("Hardware") // => false
 */
export function needsLiteralText(value: unknown): boolean {
  if (typeof value !== "string" || value === "") return false;
  if (FORMULA_TRIGGERS.includes(value.charAt(0))) return true;
  const text = value.normalize("NFKC").trim();
  if (text === "") return false;
  if (FORMULA_TRIGGERS.includes(text.charAt(0))) return true;
  return CONVERTIBLE.some((pattern) => pattern.test(text));
}

/** Texts Excel would turn into something else: numbers, dates, times, booleans, errors, quote prefixes. */
const CONVERTIBLE: readonly RegExp[] = [
  /^[\d.(¥$€£%']/, // numbers, "(5)", currency, dates such as 2024/4/1 or 4月1日, a quote prefix
  /^(true|false)$/i,
  /^#(n\/a|null!|div\/0!|value!|ref!|name\?|num!|spill!|calc!|getting_data)$/i,
  /^(明治|大正|昭和|平成|令和|[mtshr]\d)/i, // Japanese-era dates: 令和6年4月1日, R6.4.1
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.]*\d/i, // Apr-24, April 1
];

// ---- Literal text per planned cell ----

/**
 * The plan's literal-text cells as a boolean matrix, for an adapter that sets the
 * number formats of a chunk of rows in one call before writing their values.
 */

/**
 * One row of booleans per planned row: true where the cell must be formatted as text ("@").
 * @example literalTextMatrix(plan.rows.slice(0, 500), plan.columns.length)
 */
export function literalTextMatrix(rows: readonly PlannedRow[], width: number): boolean[][] {
  return rows.map((row) => {
    const flags = new Array<boolean>(width).fill(false);
    for (const i of row.literalText) if (i < width) flags[i] = true;
    return flags;
  });
}
