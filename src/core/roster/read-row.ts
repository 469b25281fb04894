/**
 * Reads one roster row into typed evidence. Problems come back as data, one per
 * bad cell, naming the row, the column, the value and what is valid.
 */
import { specialtyField } from "../catalog/fields";
import type { JobCategoryId, Localized, SpecialtyFieldId } from "../catalog/types";
import { ROSTER_COLUMN_KEYS, rosterColumn, type RosterColumnKey } from "./columns";
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

const KINDS = {
  category: { en: "job category", ja: "職種" },
  field: { en: "specialty field", ja: "専門分野" },
  role: { en: "role", ja: "役割" },
  scope: { en: "scope", ja: "対象範囲" },
} as const;
const NOT_WHOLE = { en: "is not a whole number of 0 or more", ja: "は0以上の整数ではありません" };
const NOT_NUMBER = { en: "is not a number of 0 or more", ja: "は0以上の数値ではありません" };
const NOT_YES_NO = {
  en: `is not yes or no. Valid: ${YES_NO_VALID}`,
  ja: `は「はい／いいえ」として無効です。有効な値：${YES_NO_VALID}`,
};
const FIELD_EMPTY = {
  en: "is empty: every row needs a specialty field to be scored",
  ja: "が空です。評価には専門分野が必要です",
};

/** Each column's place in ROSTER_COLUMNS: a column is read by number, not by a key looked up per cell. */
const SLOT = Object.fromEntries(ROSTER_COLUMN_KEYS.map((k, i) => [k, i])) as Readonly<
  Record<RosterColumnKey, number>
>;

/** A header map's cell position per slot (-1 when absent), worked out once per map. */
const positionsByMap = new WeakMap<HeaderMap, Int32Array>();

function positions(map: HeaderMap): Int32Array {
  let pos = positionsByMap.get(map);
  if (!pos) {
    pos = Int32Array.from(ROSTER_COLUMN_KEYS, (k) => map.index[k]);
    positionsByMap.set(map, pos);
  }
  return pos;
}

/**
 * Reads the cells of one row. A class rather than closures: a roster of 100,000
 * rows is read in well under a second only if a row allocates little.
 */
class RowReader {
  problems: RowProblem[] | undefined;
  private readonly pos: Int32Array;
  constructor(
    private readonly map: HeaderMap,
    private readonly cells: readonly unknown[],
    private readonly row: number | null,
  ) {
    this.pos = positions(map);
  }

  /** The cell of a column, by its slot (`SLOT.role`): a constant at every call site. */
  cell(slot: number): unknown {
    const i = this.pos[slot] as number;
    return i < 0 ? undefined : this.cells[i];
  }

  problem(slot: number, value: unknown, what: Localized, suggestion?: string): void {
    const key = ROSTER_COLUMN_KEYS[slot] as RosterColumnKey;
    const i = this.pos[slot] as number;
    const header = (i >= 0 ? this.map.headers[i] : undefined) || rosterColumn(key).header.en;
    const text = cellText(value);
    const message = cellMessage(this.row, header, text, what, suggestion);
    (this.problems ??= []).push({
      row: this.row,
      column: key,
      header,
      value: text,
      message,
      ...(suggestion ? { suggestion } : {}),
    });
  }

  name<T>(slot: number, table: NameTable<T>): T | null {
    const raw = this.cell(slot);
    if (raw === undefined || raw === "") return null;
    if (typeof raw === "string") {
      // Rosters repeat a few spellings: the table knows them as typed (spaces fold away).
      const known = table.find(raw);
      if (known !== undefined) return known;
    }
    if (isBlank(raw)) return null;
    const text = cellText(raw);
    const found = table.find(text);
    if (found !== undefined) return found;
    const kind = KINDS[ROSTER_COLUMN_KEYS[slot] as keyof typeof KINDS];
    this.problem(
      slot,
      raw,
      {
        en: `is not a ${kind.en}. Valid: ${listNames(table.names, "en")}`,
        ja: `は${kind.ja}として無効です。有効な値：${listNames(table.names, "ja")}`,
      },
      table.suggest(text),
    );
    return null;
  }

  count(slot: number, integer: boolean): number {
    const raw = this.cell(slot);
    if (typeof raw === "number" && raw >= 0 && (!integer || Number.isInteger(raw))) return raw;
    if (raw === "" || raw === undefined || isBlank(raw)) return 0;
    const parsed = parseNumber(raw);
    if (!parsed.ok || parsed.value < 0 || (integer && !Number.isInteger(parsed.value))) {
      this.problem(slot, raw, integer ? NOT_WHOLE : NOT_NUMBER);
      return 0;
    }
    return parsed.value;
  }

  yesNo(slot: number): boolean {
    const raw = this.cell(slot);
    const parsed = parseYesNo(raw);
    if (parsed.ok) return parsed.value;
    this.problem(slot, raw, NOT_YES_NO);
    return false;
  }
}

const NO_PROBLEMS: readonly RowProblem[] = Object.freeze([]);

export function readEvidence(
  map: HeaderMap,
  cells: readonly unknown[],
  row: number | null,
): { evidence: Evidence; problems: readonly RowProblem[] } {
  const r = new RowReader(map, cells, row);
  let category = r.name(SLOT.category, CATEGORY_NAMES);
  let field = r.name(SLOT.field, FIELD_NAMES);
  let spec = field === null ? null : specialtyField(field);
  if (spec !== null) {
    if (category === null && isBlank(r.cell(SLOT.category))) {
      category = spec.category; // the field names its category unambiguously
    } else if (category !== null && spec.category !== category) {
      const valid = FIELD_NAMES.names.filter((_, i) => ALL_FIELDS_CATEGORY[i] === category);
      const categoryName = CATEGORY_NAMES.names[category === "customer-service" ? 0 : 1];
      r.problem(SLOT.field, r.cell(SLOT.field), {
        en: `is not a field of ${categoryName?.en}. Valid: ${listNames(valid, "en")}`,
        ja: `は${categoryName?.ja}の専門分野ではありません。有効な値：${listNames(valid, "ja")}`,
      });
      field = null;
      spec = null;
    }
  } else if (isBlank(r.cell(SLOT.field))) {
    r.problem(SLOT.field, "", FIELD_EMPTY);
  }

  const evidence: Evidence = {
    employeeId: cellText(r.cell(SLOT.employeeId)),
    name: cellText(r.cell(SLOT.name)),
    department: cellText(r.cell(SLOT.department)),
    category,
    field,
    role: r.name(SLOT.role, ROLE_NAMES) ?? 0,
    scope: r.name(SLOT.scope, SCOPE_NAMES) ?? 0,
    projects: r.count(SLOT.projects, true),
    years: r.count(SLOT.years, false),
    complexity: r.count(SLOT.complexity, true),
    rooms: r.count(SLOT.rooms, true),
    area: r.count(SLOT.area, false),
    sites: r.count(SLOT.sites, true),
    staff: r.count(SLOT.staff, true),
    value: r.count(SLOT.value, false),
    users: r.count(SLOT.users, true),
    themes: r.count(SLOT.themes, true),
    succession: r.count(SLOT.succession, true),
    international: r.yesNo(SLOT.international),
    mentoring: r.yesNo(SLOT.mentoring),
    ap: r.yesNo(SLOT.ap),
  };

  if (spec !== null) {
    const max = spec.complexityCriteria;
    if (evidence.complexity > max) {
      r.problem(SLOT.complexity, r.cell(SLOT.complexity), {
        en: `is more than the ${max} complexity criteria ${spec.name.en} lists. Valid: 0 to ${max}`,
        ja: `は${spec.name.ja}の複雑性の条件数${max}を超えています。有効な値：0～${max}`,
      });
    }
  }
  return { evidence, problems: r.problems ?? NO_PROBLEMS };
}

const ALL_FIELDS_CATEGORY: readonly JobCategoryId[] = FIELD_NAMES.names.map((n) => {
  const id = FIELD_NAMES.find(n.en);
  return id ? specialtyField(id).category : "customer-service";
});

/** "Row 5, column "Specialty Field": "Hardwear" is not a specialty field. ... Did you mean Hardware?" */
export function cellMessage(
  row: number | null,
  header: string,
  value: string,
  what: Localized,
  suggestion?: string,
): Localized {
  const where = {
    en: row === null ? `Column "${header}"` : `Row ${row}, column "${header}"`,
    ja: row === null ? `「${header}」列` : `${row}行目「${header}」列`,
  };
  const shown = value === "" ? { en: "", ja: "" } : { en: ` "${value}"`, ja: `「${value}」` };
  const hint = suggestion
    ? { en: ` Did you mean ${suggestion}?`, ja: ` もしかして「${suggestion}」ですか？` }
    : { en: "", ja: "" };
  return {
    en: `${where.en}:${shown.en} ${what.en}.${hint.en}`,
    ja: `${where.ja}：${shown.ja}${what.ja}。${hint.ja}`,
  };
}
