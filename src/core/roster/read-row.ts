/**
 * Reads one roster row into typed evidence. Problems come back as data, one per
 * bad cell, naming the row, the column, the value and what is valid.
 */
import { specialtyField } from "../catalog/fields";
import type { JobCategoryId, Localized, SpecialtyFieldId } from "../catalog/types";
import { rosterColumn, type NumericKey, type RosterColumnKey } from "./columns";
import type { HeaderMap } from "./header-map";
import { CATEGORY_NAMES, FIELD_NAMES, listNames, ROLE_NAMES, SCOPE_NAMES, type NameTable } from "./names";
import { cellText, isBlank, parseNumber, parseYesNo, YES_NO_VALID } from "./normalize";

export interface Evidence {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  readonly category: JobCategoryId | null;
  readonly field: SpecialtyFieldId | null;
  /** 0 = not given, 1 Member, 2 Leader, 3 Responsible. */
  readonly role: number;
  /** 0 = not given, 1 Specific users, 2 Industry or wide area, 3 Whole industry. */
  readonly scope: number;
  readonly projects: number;
  readonly years: number;
  readonly complexity: number;
  readonly rooms: number;
  readonly area: number;
  readonly sites: number;
  readonly staff: number;
  readonly value: number;
  readonly users: number;
  readonly themes: number;
  readonly succession: number;
  readonly international: boolean;
  readonly mentoring: boolean;
  readonly ap: boolean;
}

export interface RowProblem {
  /** Sheet row number (1-based) when known. */
  readonly row: number | null;
  readonly column: RosterColumnKey;
  /** The header as the source spells it (or the template header). */
  readonly header: string;
  readonly value: string;
  readonly message: Localized;
  readonly suggestion?: string;
}

const INTEGER_KEYS: readonly NumericKey[] = ["projects", "complexity", "rooms", "sites", "staff", "users", "themes", "succession"];
const DECIMAL_KEYS: readonly NumericKey[] = ["years", "area", "value"];

export function readEvidence(map: HeaderMap, cells: readonly unknown[], row: number | null): { evidence: Evidence; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (key: RosterColumnKey): unknown => {
    const i = map.index[key];
    return i < 0 ? undefined : cells[i];
  };
  const header = (key: RosterColumnKey): string => {
    const i = map.index[key];
    return (i >= 0 ? map.headers[i] : undefined) || rosterColumn(key).header.en;
  };
  const problem = (key: RosterColumnKey, value: unknown, what: Localized, suggestion?: string): void => {
    const text = cellText(value);
    problems.push({ row, column: key, header: header(key), value: text, message: cellMessage(row, header(key), text, what, suggestion), ...(suggestion ? { suggestion } : {}) });
  };

  const lookup = <T>(key: RosterColumnKey, table: NameTable<T>, kindName: Localized): T | null => {
    const raw = cell(key);
    if (isBlank(raw)) return null;
    const found = table.find(cellText(raw));
    if (found !== undefined) return found;
    const suggestion = table.suggest(cellText(raw));
    problem(key, raw, {
      en: `is not a ${kindName.en}. Valid: ${listNames(table.names, "en")}`,
      ja: `は${kindName.ja}として無効です。有効な値：${listNames(table.names, "ja")}`,
    }, suggestion);
    return null;
  };

  let category = lookup("category", CATEGORY_NAMES, { en: "job category", ja: "職種" });
  let field = lookup("field", FIELD_NAMES, { en: "specialty field", ja: "専門分野" });
  if (field !== null) {
    const spec = specialtyField(field);
    if (category === null && isBlank(cell("category"))) {
      category = spec.category; // the field names its category unambiguously
    } else if (category !== null && spec.category !== category) {
      const valid = FIELD_NAMES.names.filter((_, i) => ALL_FIELDS_CATEGORY[i] === category);
      problem("field", cell("field"), {
        en: `is not a field of ${CATEGORY_NAMES.names[category === "customer-service" ? 0 : 1]?.en}. Valid: ${listNames(valid, "en")}`,
        ja: `は${CATEGORY_NAMES.names[category === "customer-service" ? 0 : 1]?.ja}の専門分野ではありません。有効な値：${listNames(valid, "ja")}`,
      });
      field = null;
    }
  } else if (isBlank(cell("field"))) {
    problem("field", "", { en: "is empty: every row needs a specialty field to be scored", ja: "が空です。評価には専門分野が必要です" });
  }

  const role = lookup("role", ROLE_NAMES, { en: "role", ja: "役割" }) ?? 0;
  const scope = lookup("scope", SCOPE_NAMES, { en: "scope", ja: "対象範囲" }) ?? 0;

  const numbers = {} as Record<NumericKey, number>;
  for (const key of INTEGER_KEYS) numbers[key] = readCount(key, true);
  for (const key of DECIMAL_KEYS) numbers[key] = readCount(key, false);

  function readCount(key: NumericKey, integer: boolean): number {
    const raw = cell(key);
    if (isBlank(raw)) return 0;
    const parsed = parseNumber(raw);
    if (!parsed.ok || parsed.value < 0 || (integer && !Number.isInteger(parsed.value))) {
      problem(key, raw, integer
        ? { en: "is not a whole number of 0 or more", ja: "は0以上の整数ではありません" }
        : { en: "is not a number of 0 or more", ja: "は0以上の数値ではありません" });
      return 0;
    }
    return parsed.value;
  }

  if (field !== null) {
    const max = specialtyField(field).complexityCriteria;
    if (numbers.complexity > max) {
      problem("complexity", cell("complexity"), {
        en: `is more than the ${max} complexity criteria ${specialtyField(field).name.en} lists. Valid: 0 to ${max}`,
        ja: `は${specialtyField(field).name.ja}の複雑性の条件数${max}を超えています。有効な値：0～${max}`,
      });
    }
  }

  const yesNo = (key: RosterColumnKey): boolean => {
    const raw = cell(key);
    const parsed = parseYesNo(raw);
    if (parsed.ok) return parsed.value;
    problem(key, raw, { en: `is not yes or no. Valid: ${YES_NO_VALID}`, ja: `は「はい／いいえ」として無効です。有効な値：${YES_NO_VALID}` });
    return false;
  };

  const evidence: Evidence = {
    employeeId: cellText(cell("employeeId")),
    name: cellText(cell("name")),
    department: cellText(cell("department")),
    category,
    field,
    role,
    scope,
    ...numbers,
    international: yesNo("international"),
    mentoring: yesNo("mentoring"),
    ap: yesNo("ap"),
  };
  return { evidence, problems };
}

const ALL_FIELDS_CATEGORY: readonly JobCategoryId[] = FIELD_NAMES.names.map((n) => {
  const id = FIELD_NAMES.find(n.en);
  return id ? specialtyField(id).category : "customer-service";
});

/** "Row 5, column "Specialty Field": "Hardwear" is not a specialty field. ... Did you mean Hardware?" */
export function cellMessage(row: number | null, header: string, value: string, what: Localized, suggestion?: string): Localized {
  const where = { en: row === null ? `Column "${header}"` : `Row ${row}, column "${header}"`, ja: row === null ? `「${header}」列` : `${row}行目「${header}」列` };
  const shown = value === "" ? { en: "", ja: "" } : { en: ` "${value}"`, ja: `「${value}」` };
  const hint = suggestion ? { en: ` Did you mean ${suggestion}?`, ja: ` もしかして「${suggestion}」ですか？` } : { en: "", ja: "" };
  return {
    en: `${where.en}:${shown.en} ${what.en}.${hint.en}`,
    ja: `${where.ja}：${shown.ja}${what.ja}。${hint.ja}`,
  };
}
