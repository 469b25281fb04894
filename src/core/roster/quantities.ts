/**
 * Amounts written with units, as HR sheets write them ("2,000㎡", "300名", "5件",
 * "2年6ヶ月", "1.5億円", "12 million yen"), read into the roster's units: square
 * metres, persons, counts, years and million yen. Full-width text is read as
 * half-width (NFKC) and thousands separators are allowed. Never throws.
 */
import type { NumericKey } from "./columns";
import { parseNumber } from "./normalize";

/** Units a header can declare that change how plain numbers are read ("年間契約金額（千円）"). */
export type HeaderUnit =
  "yen" | "thousand-yen" | "ten-thousand-yen" | "million-yen" | "hundred-million-yen" | "years" | "months";

/** Powers of ten from yen to each money unit. */
export const MONEY_UNIT_EXPONENT: Readonly<Record<HeaderUnit & `${string}yen`, number>> = {
  yen: 0,
  "thousand-yen": 3,
  "ten-thousand-yen": 4,
  "million-yen": 6,
  "hundred-million-yen": 8,
};

export type QuantityReading =
  | {
      readonly ok: true;
      readonly value: number;
      /** A unit in the cell or the header was applied (the value differs from the number written). */
      readonly converted: boolean;
    }
  | { readonly ok: false; readonly reason: "not-number" | "negative" | "not-whole" };

/** Columns whose values are whole numbers. */
export const WHOLE_NUMBER_KEYS: ReadonlySet<NumericKey> = new Set<NumericKey>([
  "projects",
  "complexity",
  "rooms",
  "sites",
  "staff",
  "users",
  "themes",
  "succession",
]);

/**
 * Reads an amount for a numeric roster column. Blank is the caller's business
 * (no evidence); here it is "not a number".
 * @example readQuantity("area", "2,000㎡") // => { ok: true, value: 2000, converted: true }
 * @example readQuantity("value", "1.5億円") // => { ok: true, value: 150, converted: true }
 * @example readQuantity("years", "2年6ヶ月") // => { ok: true, value: 2.5, converted: true }
 */
export function readQuantity(key: NumericKey, raw: unknown, headerUnit?: HeaderUnit): QuantityReading {
  const amount = readAmount(key, raw, headerUnit);
  if (amount === undefined || !Number.isFinite(amount.value)) return NOT_NUMBER;
  if (amount.value < 0) return NEGATIVE;
  if (WHOLE_NUMBER_KEYS.has(key) && !Number.isInteger(amount.value)) return NOT_WHOLE;
  // -0 reads as 0: "−0" is no evidence, not a negative amount.
  return { ok: true, value: amount.value === 0 ? 0 : amount.value, converted: amount.converted };
}

const NOT_NUMBER: QuantityReading = Object.freeze({ ok: false, reason: "not-number" });
const NEGATIVE: QuantityReading = Object.freeze({ ok: false, reason: "negative" });
const NOT_WHOLE: QuantityReading = Object.freeze({ ok: false, reason: "not-whole" });

interface Amount {
  readonly value: number;
  readonly converted: boolean;
}

function readAmount(key: NumericKey, raw: unknown, headerUnit?: HeaderUnit): Amount | undefined {
  if (typeof raw === "number") return plainAmount(key, raw, headerUnit);
  if (typeof raw !== "string") return undefined;
  const plain = parseNumber(raw);
  if (plain.ok) return plainAmount(key, plain.value, headerUnit);
  const scanned = scanQuantity(raw);
  if (!scanned) return undefined;
  if (key === "value") return moneyAmount(scanned, headerUnit);
  if (key === "years") return yearsAmount(scanned.parts, headerUnit);
  if (scanned.yenPrefix || scanned.parts.length !== 1) return undefined;
  const part = scanned.parts[0];
  if (!part || !unitsFor(key).has(part.unit)) return undefined;
  return { value: part.value, converted: part.unit !== "" };
}

/** A number without a unit: the header's unit applies (thousand yen, months), else the roster's. */
function plainAmount(key: NumericKey, value: number, headerUnit?: HeaderUnit): Amount {
  if (key === "value" && headerUnit && headerUnit in MONEY_UNIT_EXPONENT) {
    const exponent = MONEY_UNIT_EXPONENT[headerUnit as keyof typeof MONEY_UNIT_EXPONENT];
    return { value: scale(value, exponent - 6), converted: exponent !== 6 };
  }
  if (key === "years" && headerUnit === "months") return { value: tidy(value / 12), converted: true };
  return { value, converted: false };
}

interface Part {
  readonly value: number;
  readonly negative: boolean;
  /** The unit after the number, folded: lower case, no spaces or dots ("million yen" -> "millionyen"). */
  readonly unit: string;
}

interface Scanned {
  readonly yenPrefix: boolean;
  readonly parts: readonly Part[];
}

const NUMBER_AT_START = /^([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/;
const UNIT_AT_START = /^[^\d]*/;

/** Splits "1億5,000万円" into [1 億][5000 万円]; undefined when the text is not numbers and units. */
function scanQuantity(raw: string): Scanned | undefined {
  let text = raw
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/m\^?2(?!\d)/g, "sqm"); // NFKC turns ㎡ and m² into m2; its 2 is not a number
  let yenPrefix = false;
  const prefix = /^(¥|\\|jpy|yen)\s*/.exec(text);
  if (prefix) {
    yenPrefix = true;
    text = text.slice(prefix[0].length);
  }
  const parts: Part[] = [];
  while (text !== "") {
    const number = NUMBER_AT_START.exec(text);
    if (!number) return undefined;
    const sign = number[1] ?? "";
    if (sign !== "" && parts.length > 0) return undefined;
    text = text.slice(number[0].length);
    const unitText = UNIT_AT_START.exec(text)?.[0] ?? "";
    text = text.slice(unitText.length);
    const value = Number((number[2] ?? "").replace(/,/g, ""));
    parts.push({
      value: sign === "-" ? -value : value,
      negative: sign === "-",
      unit: unitText.replace(/[\s.]/g, ""),
    });
  }
  return parts.length === 0 ? undefined : { yenPrefix, parts };
}

/** Money units as powers of ten from yen; "" only where the roster's million yen is meant. */
const MONEY_TOKENS: ReadonlyMap<string, number> = new Map([
  ...tokens(["円", "yen", "jpy"], 0),
  ...tokens(["千", "千円", "thousand", "thousandyen", "k", "kyen"], 3),
  ...tokens(["万", "万円", "tenthousandyen"], 4),
  ...tokens(["百万", "百万円", "million", "millionyen", "mil", "mn", "mio"], 6),
  ...tokens(["千万", "千万円"], 7),
  ...tokens(["億", "億円", "hundredmillion", "hundredmillionyen"], 8),
  ...tokens(["十億", "十億円", "billion", "billionyen", "bn"], 9),
]);
/** Tokens that say the amount is in yen rather than in the roster's million yen. */
const YEN_MARKS = ["円", "yen", "jpy"];

function moneyAmount(scanned: Scanned, headerUnit?: HeaderUnit): Amount | undefined {
  const { parts, yenPrefix } = scanned;
  const [only] = parts;
  if (parts.length === 1 && only && only.unit === "") {
    // "¥2,000,000" is yen; a bare number follows the header's unit or the roster's million yen.
    return yenPrefix
      ? { value: scale(only.value, -6), converted: true }
      : plainAmount("value", only.value, headerUnit);
  }
  let total = 0;
  let previous = Infinity;
  for (const [i, part] of parts.entries()) {
    const exponent = MONEY_TOKENS.get(part.unit);
    if (exponent === undefined || exponent >= previous) return undefined;
    // Only the last part may name the currency: "1億5,000万円", not "1億円5,000万円".
    if (i < parts.length - 1 && YEN_MARKS.some((m) => part.unit.endsWith(m))) return undefined;
    previous = exponent;
    total += scale(part.value, exponent - 6);
  }
  return { value: tidy(total), converted: true };
}

const YEAR_TOKENS = new Set(["年", "年間", "years", "year", "yrs", "yr", "y"]);
const MONTH_TOKENS = new Set([
  "ヶ月",
  "か月",
  "カ月",
  "ケ月",
  "ヵ月",
  "箇月",
  "ヶ月間",
  "か月間",
  "カ月間",
  "months",
  "month",
  "mos",
  "mo",
]);

function yearsAmount(parts: readonly Part[], headerUnit?: HeaderUnit): Amount | undefined {
  const [a, b] = parts;
  if (!a || parts.length > 2) return undefined;
  if (parts.length === 1) {
    if (a.unit === "") return plainAmount("years", a.value, headerUnit);
    if (YEAR_TOKENS.has(a.unit)) return { value: a.value, converted: true };
    if (MONTH_TOKENS.has(a.unit)) return { value: tidy(a.value / 12), converted: true };
    return undefined;
  }
  if (!b || !YEAR_TOKENS.has(a.unit) || !MONTH_TOKENS.has(b.unit) || a.negative) return undefined;
  return { value: tidy(a.value + b.value / 12), converted: true };
}

const COUNT_TOKENS = ["", "件", "回", "個", "つ", "点", "項目"];
const UNITS: Readonly<Record<Exclude<NumericKey, "value" | "years">, ReadonlySet<string>>> = {
  projects: new Set([...COUNT_TOKENS, "案件", "プロジェクト", "projects", "project", "pj"]),
  complexity: new Set([...COUNT_TOKENS, "criteria", "criterion", "items", "item"]),
  rooms: new Set([...COUNT_TOKENS, "室", "部屋", "rooms", "room"]),
  sites: new Set([...COUNT_TOKENS, "拠点", "か所", "ヶ所", "カ所", "ヵ所", "箇所", "sites", "site"]),
  themes: new Set([...COUNT_TOKENS, "テーマ", "themes", "theme"]),
  succession: new Set([...COUNT_TOKENS, "times", "achievements", "achievement"]),
  staff: new Set(["", "名", "人", "persons", "person", "people", "pax"]),
  users: new Set(["", "名", "人", "persons", "person", "people", "users", "user", "ユーザー", "ユーザ"]),
  area: new Set([
    "",
    "sqm",
    "平米",
    "平方メートル",
    "平方m",
    "squaremetres",
    "squaremeters",
    "squaremetre",
    "squaremeter",
  ]),
};

function unitsFor(key: Exclude<NumericKey, "value" | "years">): ReadonlySet<string> {
  return UNITS[key];
}

function tokens(list: readonly string[], exponent: number): [string, number][] {
  return list.map((t) => [t, exponent]);
}

/** value × 10^exponent, rounded to the 15 significant digits Excel keeps, so 0.07億 is 7, not 7.000000000000001. */
function scale(value: number, exponent: number): number {
  return tidy(exponent >= 0 ? value * 10 ** exponent : value / 10 ** -exponent);
}

function tidy(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}
