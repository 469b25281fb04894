/**
 * Dates of the Engagements ledger, as Excel, a CSV or a 職務経歴書 holds them: Excel
 * serial numbers, Date objects, ISO and slash dates, 2023年4月1日, and 和暦 such as
 * 令和5年4月 or R5.4.1. A date given to the month only (2023/04, 令和5年4月) is the
 * first day of that month as a Start and the last day as an End.
 *
 * Days are counted as whole days since 1970-01-01 (UTC), so no time zone can move them.
 */
import type { Localized } from "../catalog/types";
import { cellText } from "../roster/normalize";

/** Days since 1970-01-01. */
export type Day = number;

export type DateRole = "start" | "end";

export type DateParse = { ok: true; day: Day } | { ok: false };

export const DATE_FORMATS: Localized = {
  en: "2023-04-01, 2023/4/1, 2023/04 (a month), 2023年4月1日, 2023年4月, 令和5年4月1日, R5.4.1, H30/4, or an Excel date",
  ja: "2023-04-01、2023/4/1、2023/04（年月）、2023年4月1日、2023年4月、令和5年4月1日、R5.4.1、H30/4、またはExcelの日付",
};

const MS_PER_DAY = 86_400_000;
/** Excel's 1900 date system: serial 25569 is 1970-01-01 (serials from 61 on, past Excel's 1900 leap-day slip). */
const EXCEL_EPOCH_SERIAL = 25_569;

/** Japanese eras: first year of each (元年 = 1). */
const ERAS: readonly { names: readonly string[]; start: number }[] = [
  { names: ["令和", "r"], start: 2019 },
  { names: ["平成", "h"], start: 1989 },
  { names: ["昭和", "s"], start: 1926 },
];

export function dayOf(year: number, month: number, day: number): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function ymd(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 2023-04-01 */
export function formatDay(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function valid(year: number, month: number, day: number | undefined): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return day === undefined || (Number.isInteger(day) && day >= 1 && day <= lastDayOfMonth(year, month));
}

function build(year: number, month: number, day: number | undefined, role: DateRole): DateParse {
  if (!valid(year, month, day)) return { ok: false };
  const d = day ?? (role === "start" ? 1 : lastDayOfMonth(year, month));
  return { ok: true, day: dayOf(year, month, d) };
}

// 2023-04-01, 2023/4/1, 2023.4.1, 2023/04, 2023-4 (year first)
const WESTERN = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
// 2023年4月1日, 2023年4月
const WESTERN_JA = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
// 令和5年4月1日, 令和元年5月, R5.4.1, H30/4, r05-04
const ERA =
  /^(令和|平成|昭和|[rhs])(元|\d{1,2})(?:年|[-/.])(\d{1,2})(?:月|[-/.](\d{1,2})日?|月(\d{1,2})日)?$/;

/**
 * Read a date cell. Blank is not a date (the caller decides what blank means).
 * Numbers are Excel serial dates (what a date cell holds), Date objects their UTC day
 * when they fall on midnight UTC (ExcelJS) and their local day otherwise.
 */
export function parseDate(value: unknown, role: DateRole): DateParse {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 61 || value > 2_958_465) return { ok: false };
    return { ok: true, day: Math.floor(value) - EXCEL_EPOCH_SERIAL };
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return { ok: false };
    return t % MS_PER_DAY === 0
      ? { ok: true, day: t / MS_PER_DAY }
      : { ok: true, day: dayOf(value.getFullYear(), value.getMonth() + 1, value.getDate()) };
  }
  const text = cellText(value).normalize("NFKC").replace(/\s+/g, "").toLowerCase();
  if (text === "") return { ok: false };
  // An ISO date-time (2023-04-01T00:00:00) keeps its date part.
  const iso = /^(\d{4}-\d{2}-\d{2})t[\d:.]+z?$/.exec(text);
  const plain = iso ? (iso[1] as string) : text;
  let m = WESTERN.exec(plain) ?? WESTERN_JA.exec(plain);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), role);
  m = ERA.exec(plain);
  if (m) {
    const era = ERAS.find((e) => e.names.includes(m?.[1] as string));
    if (!era) return { ok: false };
    const eraYear = m[2] === "元" ? 1 : Number(m[2]);
    if (eraYear < 1) return { ok: false };
    const dayText = m[4] ?? m[5];
    return build(
      era.start + eraYear - 1,
      Number(m[3]),
      dayText === undefined ? undefined : Number(dayText),
      role,
    );
  }
  return { ok: false };
}

/** A day as an Excel serial number (for TODAY() comparisons and tests). */
export function excelSerial(day: Day): number {
  return day + EXCEL_EPOCH_SERIAL;
}

/**
 * Whole calendar months from the first day to the last day inclusive:
 * 2023-04-01..2024-03-31 is 12 months. Years of experience are these months / 12.
 */
export function completeMonths(first: Day, last: Day): number {
  if (last < first) return 0;
  const a = ymd(first);
  const b = ymd(last + 1);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return Math.max(0, months);
}
