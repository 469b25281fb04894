/**
 * A cell's value as the user sees it in Excel, for CSV output: dates and times in
 * the cell's number format (09:30 stays 09:30, not a 1899 timestamp), percentages
 * as percentages, zero-padded and grouped numbers as shown. Formats this does not
 * know fall back to the plain value (ISO dates), never to a wrong text.
 */
import type { CellValue } from "./read-sheet";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The first section of a format, without colours, conditions or locale tags. */
function firstSection(format: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] as string;
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === ";") break;
    out += ch;
  }
  return out.replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

type Token = { literal: string } | { code: string };

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length;) {
    const ch = section[i] as string;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ literal: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      tokens.push({ literal: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "_" || ch === "*") {
      i += 2; // padding directives take no room in text
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const code = /^am\/pm/i.test(section.slice(i)) ? "AM/PM" : "A/P";
      tokens.push({ code });
      i += code.length;
    } else if (/[ymdhs]/i.test(ch)) {
      let j = i;
      while (j < section.length && (section[j] as string).toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ code: section.slice(i, j).toLowerCase() });
      i = j;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      tokens.push({ code: section.slice(i, end + 1).toLowerCase() });
      i = end + 1;
    } else if (
      ch === "." &&
      /^\.0+/.test(section.slice(i)) &&
      tokens.some((t) => "code" in t && t.code.startsWith("s"))
    ) {
      const m = /^\.0+/.exec(section.slice(i)) as RegExpExecArray;
      tokens.push({ code: m[0] });
      i += m[0].length;
    } else {
      tokens.push({ literal: ch });
      i++;
    }
  }
  return tokens;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function formatDate(date: Date, section: string): string | undefined {
  if (/[ge]/i.test(section.replace(/"[^"]*"/g, ""))) return undefined; // era formats: not attempted
  // Excel's clock: round to the second so 09:30 read as 09:29:59.999 shows 09:30.
  const t = new Date(Math.round(date.getTime() / 1000) * 1000);
  const tokens = tokenize(section);
  const hasAmPm = tokens.some((x) => "code" in x && (x.code === "AM/PM" || x.code === "A/P"));
  let out = "";
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if ("literal" in tok) {
      out += tok.literal;
      continue;
    }
    const code = tok.code;
    // "m" is minutes after an hour or before a second, else the month.
    const prev = tokens
      .slice(0, k)
      .reverse()
      .find((x) => "code" in x) as { code: string } | undefined;
    const next = tokens.slice(k + 1).find((x) => "code" in x) as { code: string } | undefined;
    const minute =
      code.startsWith("m") &&
      code.length <= 2 &&
      (prev?.code.startsWith("h") === true || next?.code.startsWith("s") === true);
    const hours = t.getUTCHours();
    if (code === "yyyy" || code === "yyy") out += String(t.getUTCFullYear());
    else if (code.startsWith("y")) out += pad(t.getUTCFullYear() % 100, 2);
    else if (minute) out += code.length === 2 ? pad(t.getUTCMinutes(), 2) : String(t.getUTCMinutes());
    else if (code === "m") out += String(t.getUTCMonth() + 1);
    else if (code === "mm") out += pad(t.getUTCMonth() + 1, 2);
    else if (code === "mmm") out += MONTHS[t.getUTCMonth()]?.slice(0, 3);
    else if (code.startsWith("m")) out += MONTHS[t.getUTCMonth()];
    else if (code === "d") out += String(t.getUTCDate());
    else if (code === "dd") out += pad(t.getUTCDate(), 2);
    else if (code === "ddd") out += DAYS[t.getUTCDay()]?.slice(0, 3);
    else if (code.startsWith("d")) out += DAYS[t.getUTCDay()];
    else if (code.startsWith("h")) {
      const h = hasAmPm ? ((hours + 11) % 12) + 1 : hours;
      out += code.length >= 2 ? pad(h, 2) : String(h);
    } else if (code.startsWith("s"))
      out += code.length >= 2 ? pad(t.getUTCSeconds(), 2) : String(t.getUTCSeconds());
    else if (code === "AM/PM") out += hours < 12 ? "AM" : "PM";
    else if (code === "A/P") out += hours < 12 ? "A" : "P";
    else if (/^\[h+\]$/.test(code)) {
      const epoch = Date.UTC(1899, 11, 30);
      out += String(Math.floor((t.getTime() - epoch) / 3600000));
    } else if (/^\[m+\]$/.test(code))
      out += String(Math.floor((t.getTime() - Date.UTC(1899, 11, 30)) / 60000));
    else if (/^\[s+\]$/.test(code)) out += String(Math.floor((t.getTime() - Date.UTC(1899, 11, 30)) / 1000));
    else if (code.startsWith("."))
      out += "." + pad(Math.floor(t.getUTCMilliseconds() / 10 ** (3 - (code.length - 1))), code.length - 1);
    else return undefined;
  }
  return out;
}

function isoDate(date: Date): string {
  const iso = new Date(Math.round(date.getTime() / 1000) * 1000).toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  if (iso.startsWith("1899-12-30T")) return iso.slice(11, 19);
  return iso.slice(0, 19).replace("T", " ");
}

function formatNumber(value: number, section: string): string | undefined {
  const body = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (!/[0#?]/.test(body)) return undefined;
  if (/[eE][+-]/.test(body) || body.includes("/")) return undefined; // scientific and fractions: not attempted
  const percent = body.includes("%");
  let n = percent ? value * 100 : value;
  const decimals = /\.([0#?]+)/.exec(body)?.[1]?.length ?? 0;
  const intPart = /[0#?,]+/.exec(body.split(".")[0] ?? "")?.[0] ?? "0";
  const minDigits = (intPart.match(/0/g) ?? []).length;
  const grouped = intPart.includes(",") && /[0#?],[0#?]/.test(intPart);
  n = Number(n.toFixed(decimals));
  const negative = n < 0;
  const [whole = "0", frac] = Math.abs(n).toFixed(decimals).split(".");
  let digits = whole === "0" && minDigits === 0 ? "" : whole.padStart(minDigits, "0");
  if (grouped) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const number = `${negative ? "-" : ""}${digits}${frac !== undefined ? `.${frac}` : ""}`;
  // Literal text around the digits (a currency sign, a unit) as Excel shows it.
  const tokens = tokenize(section);
  let prefix = "";
  let suffix = "";
  let seenDigits = false;
  for (const tok of tokens) {
    if ("code" in tok) continue;
    if (/[0#?,.]/.test(tok.literal)) {
      seenDigits = true;
      continue;
    }
    if (seenDigits) suffix += tok.literal;
    else prefix += tok.literal;
  }
  return `${prefix}${number}${suffix}`;
}

/** The text Excel shows for a value in a number format. */
export function shownText(value: CellValue, numFmt: string | undefined): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const format = numFmt && numFmt !== "General" && numFmt !== "@" ? firstSection(numFmt) : "";
  if (value instanceof Date) return (format && formatDate(value, format)) || isoDate(value);
  if (!format) return String(value);
  return formatNumber(value, format) ?? String(value);
}
