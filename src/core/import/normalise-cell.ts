/**
 * Value normalisation per roster column: each cell read into what the Roster table
 * holds (a number in the roster's unit, a standard name, yes/no), or a problem that
 * says what is valid. The source value is never lost: a cell that cannot be read is
 * kept as it is and flagged by the caller. Never throws.
 */
import { JOB_CATEGORIES, ROLES, SCOPES, specialtyField } from "../catalog/fields";
import type { Localized } from "../catalog/types";
import { ROSTER_COLUMNS, type ColumnKind, type NumericKey, type RosterColumnKey } from "../roster/columns";
import { CATEGORY_NAMES, FIELD_NAMES, ROLE_NAMES, SCOPE_NAMES, type NameTable } from "../roster/names";
import { cellText, foldName, isBlank, parseYesNo } from "../roster/normalize";
import type { HeaderUnit } from "./header-units";
import { importedAsNote, NAME_PROBLEM, NUMBER_PROBLEM, YES_NO_PROBLEM, validFor, unitName } from "./messages";
import { readQuantity } from "../roster/quantities";
import type { CellValue } from "./types";

export type Normalised =
  | {
      readonly ok: true;
      /** What lands in the Roster table. */
      readonly value: CellValue;
      /** Said when the value differs from the source beyond case, width and spacing. */
      readonly note?: Localized;
    }
  | {
      readonly ok: false;
      /** What is wrong, phrased to follow the value ("is not a number of 0 or more"). */
      readonly problem: Localized;
      /** What the column accepts. */
      readonly valid: Localized;
      readonly suggestion?: string;
    };

const KIND_BY_KEY: ReadonlyMap<RosterColumnKey, ColumnKind> = new Map(
  ROSTER_COLUMNS.map((c) => [c.key, c.kind]),
);

/**
 * Normalises one source cell for a roster column. `unit` is a unit the source
 * header declares ("（千円）"), applied to plain numbers.
 * @example normaliseCell("area", "2,000㎡") // => { ok: true, value: 2000, note: ... }
 * @example normaliseCell("field", "ﾊｰﾄﾞｳｪｱ") // => { ok: true, value: "ハードウェア" }
 */
export function normaliseCell(key: RosterColumnKey, raw: unknown, unit?: HeaderUnit): Normalised {
  if (typeof raw !== "string" || raw.length > MEMO_TEXT_LENGTH) return normaliseUncached(key, raw, unit);
  // Rosters repeat the same few spellings ("3.5億円", "○", "運用管理") thousands of times:
  // read each once per column and share the (immutable) result.
  const memoKey = unit === undefined ? key : `${key}:${unit}`;
  let memo = MEMO.get(memoKey);
  if (!memo) MEMO.set(memoKey, (memo = new Map()));
  const known = memo.get(raw);
  if (known) return known;
  const result = normaliseUncached(key, raw, unit);
  if (memo.size < MEMO_SIZE) memo.set(raw, result);
  return result;
}

const MEMO = new Map<string, Map<string, Normalised>>();
const MEMO_SIZE = 4_096;
const MEMO_TEXT_LENGTH = 64;

function normaliseUncached(key: RosterColumnKey, raw: unknown, unit?: HeaderUnit): Normalised {
  try {
    switch (KIND_BY_KEY.get(key)) {
      case "category":
      case "field":
      case "role":
      case "scope":
        return normaliseName(KIND_BY_KEY.get(key) as NameKind, raw);
      case "integer":
      case "number":
        return normaliseQuantity(key as NumericKey, raw, unit);
      case "yesno":
        return normaliseYesNo(raw);
      default:
        return normaliseText(raw);
    }
  } catch {
    // Defensive only: every reader above returns results; an odd value must still not stop an import.
    return { ok: false, problem: NUMBER_PROBLEM.unreadable, valid: validFor(key) };
  }
}

/** Text columns (ID, name, department) land exactly as the source has them. */
export function normaliseText(raw: unknown): Normalised {
  return { ok: true, value: asCellValue(raw) };
}

export type NameKind = "category" | "field" | "role" | "scope";

/**
 * A category, field, role or scope in English or Japanese, any case or width, written
 * as its standard name in the language the source used ("ＨＡＲＤＷＡＲＥ" -> "Hardware",
 * "ﾊｰﾄﾞｳｪｱ" -> "ハードウェア", "FM" -> "Facility Management"). Blank stays blank.
 */
export function normaliseName(kind: NameKind, raw: unknown): Normalised {
  if (isBlank(raw)) return BLANK;
  const text = cellText(raw);
  const table = NAME_TABLES[kind];
  const found = table.find(text);
  if (found === undefined) {
    const suggestion = table.suggest(text);
    return {
      ok: false,
      problem: NAME_PROBLEM[kind],
      valid: validFor(kind),
      ...(suggestion ? { suggestion } : {}),
    };
  }
  const names = standardName(kind, found);
  const value = isJapanese(text) ? names.ja : names.en;
  if (foldName(value) === foldName(text)) return { ok: true, value };
  return { ok: true, value, note: importedAsNote(text, value) };
}

/**
 * A count or amount in the roster's unit; units written in the cell or declared by
 * the header are read ("300名" -> 300, "1.5億円" -> 150 million yen). Blank stays blank.
 */
export function normaliseQuantity(key: NumericKey, raw: unknown, unit?: HeaderUnit): Normalised {
  if (isBlank(raw)) return BLANK;
  const reading = readQuantity(key, raw, unit);
  if (!reading.ok) {
    const whole = key !== "years" && key !== "area" && key !== "value";
    return {
      ok: false,
      problem: whole ? NUMBER_PROBLEM.notWhole : NUMBER_PROBLEM.notNumber,
      valid: validFor(key),
    };
  }
  if (!reading.converted) return { ok: true, value: reading.value };
  return {
    ok: true,
    value: reading.value,
    note: importedAsNote(cellText(raw), reading.value, unitName(key)),
  };
}

/**
 * Yes/no in any accepted spelling (yes/no, y/n, true/false, 1/0, ○/×, ✓, はい/いいえ, 有/無 ...)
 * written as "yes"/"no", or "はい"/"いいえ" when the source wrote it the Japanese way.
 * Blank stays blank: no evidence.
 */
export function normaliseYesNo(raw: unknown): Normalised {
  if (isBlank(raw)) return BLANK;
  const parsed = parseYesNo(typeof raw === "string" ? raw.trim() : raw);
  if (!parsed.ok) return { ok: false, problem: YES_NO_PROBLEM, valid: validFor("international") };
  const text = cellText(raw);
  const japanese = isJapanese(text) || JAPANESE_MARKS.test(text.normalize("NFKC"));
  const value = japanese ? (parsed.value ? "はい" : "いいえ") : parsed.value ? "yes" : "no";
  if (foldName(value) === foldName(text)) return { ok: true, value };
  return { ok: true, value, note: importedAsNote(text, value) };
}

/** A blank cell, read as blank by every reader. */
export const BLANK: Normalised = Object.freeze({ ok: true, value: null });
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;
const JAPANESE_MARKS = /^[○〇◯×✕✗ー－]$/;

function isJapanese(text: string): boolean {
  return JAPANESE.test(text);
}

const NAME_TABLES: Readonly<Record<NameKind, NameTable<unknown>>> = {
  category: CATEGORY_NAMES,
  field: FIELD_NAMES,
  role: ROLE_NAMES,
  scope: SCOPE_NAMES,
};

function standardName(kind: NameKind, found: unknown): Localized {
  switch (kind) {
    case "category":
      return JOB_CATEGORIES.find((c) => c.id === found)?.name ?? { en: String(found), ja: String(found) };
    case "field":
      return specialtyField(found as Parameters<typeof specialtyField>[0]).name;
    case "role":
      return ROLES.find((r) => r.rank === found)?.name ?? { en: String(found), ja: String(found) };
    case "scope":
      return SCOPES.find((s) => s.rank === found)?.name ?? { en: String(found), ja: String(found) };
  }
}

function asCellValue(raw: unknown): CellValue {
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "string" || typeof raw === "number" || typeof raw === "boolean" || raw instanceof Date)
    return raw;
  return cellText(raw);
}
