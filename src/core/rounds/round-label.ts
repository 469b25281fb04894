/**
 * Round labels ("FY2026 H2") and snapshot dates. A label names the rows of one
 * round in the History table for good, so it is checked before anything is written.
 */
import type { Localized } from "../catalog/types";
import { cellText } from "../roster/normalize";

export const ROUND_LABEL_MAX_LENGTH = 40;

export type LabelCheck = { ok: true; label: string } | { ok: false; message: Localized };

/**
 * Checks a round label and returns it trimmed. Refused: empty, longer than 40
 * characters, a leading = + - or @ (Excel would read the cell as a formula), and
 * line breaks or other control characters (the label must fit one cell line).
 * @example validateRoundLabel("  FY2026 H2 ") // => { ok: true, label: "FY2026 H2" }
 */
export function validateRoundLabel(label: unknown): LabelCheck {
  const text = typeof label === "string" ? label.trim() : cellText(label);
  if (text === "") {
    return {
      ok: false,
      message: {
        en: "The round label is empty; use a label such as FY2026 H2",
        ja: "評価回の名前が空です。FY2026 H2 のように入力してください",
      },
    };
  }
  const length = [...text].length;
  if (length > ROUND_LABEL_MAX_LENGTH) {
    return {
      ok: false,
      message: {
        en: `The round label has ${length} characters; use at most ${ROUND_LABEL_MAX_LENGTH}`,
        ja: `評価回の名前が${length}文字です。${ROUND_LABEL_MAX_LENGTH}文字以内にしてください`,
      },
    };
  }
  const first = text.normalize("NFKC").charAt(0);
  if (["=", "+", "-", "@"].includes(first)) {
    return {
      ok: false,
      message: {
        en: `The round label "${text}" starts with ${first}, which Excel reads as a formula; start it with a letter or digit`,
        ja: `評価回の名前「${text}」が ${first} で始まっています。Excel が数式として扱うため、文字か数字で始めてください`,
      },
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) {
    return {
      ok: false,
      message: {
        en: "The round label contains a line break or control character; keep it on one line",
        ja: "評価回の名前に改行または制御文字が含まれています。1行で入力してください",
      },
    };
  }
  return { ok: true, label: text };
}

/**
 * The label to offer for the round being closed, from the local date. Japanese
 * companies count the fiscal year from April (2026年度 runs April 2026 to March
 * 2027) and assess twice a year, so October to March is the year's second half.
 * @example suggestRoundLabel(new Date(2027, 1, 15)) // => "FY2026 H2"
 */
export function suggestRoundLabel(today: Date): string {
  const month = today.getMonth() + 1;
  const fiscalYear = month >= 4 ? today.getFullYear() : today.getFullYear() - 1;
  const half = month >= 4 && month <= 9 ? "H1" : "H2";
  return `FY${fiscalYear} ${half}`;
}

/**
 * The comparison key of a round label: width, case and runs of spaces do not make
 * another round ("fy2026  h2" is "FY2026 H2"), so a retyped label cannot split a round.
 */
export function roundKey(label: unknown): string {
  return cellText(label).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
}

export type DateCheck = { ok: true; date: string } | { ok: false; message: Localized };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The snapshot date as ISO yyyy-mm-dd. A Date is read in local time, because the
 * day HR closes the round is the local day (toISOString would give the UTC day,
 * a day early before 9:00 in Japan).
 */
export function snapshotDate(date: Date | string): DateCheck {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return { ok: false, message: BAD_DATE("Invalid Date") };
    return { ok: true, date: isoOf(date.getFullYear(), date.getMonth() + 1, date.getDate()) };
  }
  const text = date.trim();
  const m = ISO_DATE.exec(text);
  if (!m) return { ok: false, message: BAD_DATE(text) };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    return { ok: false, message: BAD_DATE(text) };
  }
  return { ok: true, date: text };
}

const BAD_DATE = (text: string): Localized => ({
  en: `"${text}" is not a date; use yyyy-mm-dd, such as 2026-09-30`,
  ja: `「${text}」は日付ではありません。2026-09-30 のように yyyy-mm-dd で入力してください`,
});

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days between Excel's day 0 (1899-12-30, after its 1900 leap-year quirk) and the Unix epoch. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A Date cell read back as ISO text. Excel turns the "2026-09-30" we write into a
 * date serial (46295) unless the column is formatted as text; either reads the same.
 */
export function dateCellText(value: unknown): string {
  if (typeof value === "number" && Number.isFinite(value) && value >= 1) {
    const d = new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return isoOf(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  return cellText(value);
}
