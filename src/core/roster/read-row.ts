/**
 * Reads one roster row into typed evidence. Problems come back as data, one per
 * bad cell, naming the row, the column, the value and what is valid.
 */
import { specialtyField } from "../catalog/fields";
import type { JobCategoryId, Localized, SpecialtyFieldId } from "../catalog/types";
import { ROSTER_COLUMN_KEYS, rosterColumn, type NumericKey, type RosterColumnKey } from "./columns";
import type { HeaderMap } from "./header-map";
import { CATEGORY_NAMES, FIELD_NAMES, listNames, ROLE_NAMES, SCOPE_NAMES, type NameTable } from "./names";
import { NAME_MESSAGES, ROW_MESSAGES, withValid } from "./messages";
import { cellText, isBlank, parseNumber, parseYesNo, plainDigits, YES_NO_VALID } from "./normalize";
import { readQuantity, type HeaderUnit } from "./quantities";

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
  /**
   * Cells read through a unit ("35名" as 35, "1.5億円" as 150): said with the gap text on
   * every surface, so nobody wonders where a number came from. Absent when there are none.
   */
  readonly readings?: readonly Localized[];
}

/** How a row is read. Every surface uses the defaults, so one roster gives one answer. */
export interface ReadOptions {
  /** Read units written in cells ("35名", "2,000㎡", "1.5億円") and declared by headers. Default true. */
  readonly readUnits?: boolean;
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

const NOT_WHOLE = ROW_MESSAGES.notWhole;
const NOT_NUMBER = ROW_MESSAGES.notNumber;
const NOT_YES_NO = withValid(ROW_MESSAGES.notYesNo, { en: YES_NO_VALID, ja: YES_NO_VALID });
const FIELD_EMPTY = ROW_MESSAGES.fieldEmpty;

/** Each column's place in ROSTER_COLUMNS: a column is read by number, not by a key looked up per cell. */
const SLOT = Object.fromEntries(ROSTER_COLUMN_KEYS.map((k, i) => [k, i])) as Readonly<
  Record<RosterColumnKey, number>
>;

/** What a header map means for reading, worked out once per map: each slot's cell position and header unit. */
interface MapPlan {
  /** Cell position per slot, -1 when absent. */
  readonly pos: Int32Array;
  /** Header unit per slot (numeric columns only); undefined when the header declares none. */
  readonly unit: readonly (HeaderUnit | undefined)[];
}

const plans = new WeakMap<HeaderMap, MapPlan>();
let lastMap: HeaderMap | undefined;
let lastPlan: MapPlan | undefined;

function planOf(map: HeaderMap): MapPlan {
  // Rows of one roster share one map: the last one is checked first, without a WeakMap look-up.
  if (map === lastMap) return lastPlan as MapPlan;
  let plan = plans.get(map);
  if (!plan) {
    plan = {
      pos: Int32Array.from(ROSTER_COLUMN_KEYS, (k) => map.index[k]),
      unit: ROSTER_COLUMN_KEYS.map((k) => map.units?.[k as NumericKey]),
    };
    plans.set(map, plan);
  }
  lastMap = map;
  lastPlan = plan;
  return plan;
}

/**
 * Reads the cells of one row. A class rather than closures: a roster of 100,000
 * rows is read in well under a second only if a row allocates little.
 */
class RowReader {
  problems: RowProblem[] | undefined;
  readings: Localized[] | undefined;
  private readonly pos: Int32Array;
  private readonly unit: readonly (HeaderUnit | undefined)[];
  constructor(
    private readonly map: HeaderMap,
    private readonly cells: readonly unknown[],
    private readonly row: number | null,
    private readonly readUnits: boolean,
  ) {
    const plan = planOf(map);
    this.pos = plan.pos;
    this.unit = plan.unit;
  }

  /** The cell of a column, by its slot (`SLOT.role`): a constant at every call site. */
  cell(slot: number): unknown {
    const i = this.pos[slot] as number;
    return i < 0 ? undefined : this.cells[i];
  }

  /** A text cell, trimmed: a string with no space at either end is returned as it is. */
  text(slot: number): string {
    const raw = this.cell(slot);
    if (typeof raw === "string" && raw !== "") {
      const first = raw.charCodeAt(0);
      const last = raw.charCodeAt(raw.length - 1);
      // Printable ASCII at both ends: nothing to trim (whitespace is below 33 or beyond ASCII).
      if (first > 32 && first < 127 && last > 32 && last < 127) return raw;
    }
    return cellText(raw);
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
    const key = ROSTER_COLUMN_KEYS[slot] as keyof typeof NAME_MESSAGES;
    const valid = { en: listNames(table.names, "en"), ja: listNames(table.names, "ja") };
    this.problem(slot, raw, withValid(NAME_MESSAGES[key], valid), table.suggest(text));
    return null;
  }

  count(slot: number, integer: boolean): number {
    const raw = this.cell(slot);
    const unit = this.readUnits ? this.unit[slot] : undefined;
    if (unit === undefined) {
      if (typeof raw === "number" && raw >= 0 && (!integer || Number.isInteger(raw))) return raw;
      if (typeof raw === "string") {
        const plain = plainDigits(raw);
        if (plain >= 0) return plain;
      }
      if (raw === "" || raw === undefined || isBlank(raw)) return 0;
      const parsed = parseNumber(raw);
      if (parsed.ok && parsed.value >= 0 && (!integer || Number.isInteger(parsed.value))) return parsed.value;
      if (!this.readUnits) {
        this.problem(slot, raw, integer ? NOT_WHOLE : NOT_NUMBER);
        return 0;
      }
    } else if (isBlank(raw)) return 0;
    // Units in the cell or the header: "35名" is 35 persons, "1.5億円" 150 million yen.
    const reading = readQuantity(ROSTER_COLUMN_KEYS[slot] as NumericKey, raw, unit);
    if (!reading.ok) {
      this.problem(slot, raw, integer ? NOT_WHOLE : NOT_NUMBER);
      return 0;
    }
    if (reading.converted) this.reading(slot, raw, reading.value);
    return reading.value;
  }

  /** "Column "Staff": "35名" read as 35." (no row: the note stands on the row's own cell or line). */
  reading(slot: number, raw: unknown, value: number): void {
    const i = this.pos[slot] as number;
    const key = ROSTER_COLUMN_KEYS[slot] as RosterColumnKey;
    const header = (i >= 0 ? this.map.headers[i] : undefined) || rosterColumn(key).header.en;
    (this.readings ??= []).push(
      cellMessage(null, header, cellText(raw), { en: `read as ${value}`, ja: `を${value}として読みました` }),
    );
  }

  yesNo(slot: number): boolean {
    const raw = this.cell(slot);
    // The spellings most rosters use, before the general parse.
    if (raw === "" || raw === "no" || raw === undefined) return false;
    if (raw === "yes") return true;
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
  options: ReadOptions = {},
): { evidence: Evidence; problems: readonly RowProblem[] } {
  const r = new RowReader(map, cells, row, options.readUnits ?? true);
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
    employeeId: r.text(SLOT.employeeId),
    name: r.text(SLOT.name),
    department: r.text(SLOT.department),
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
  // Added only when there are readings (rare), so the common row keeps one object shape.
  if (r.readings) (evidence as { readings?: readonly Localized[] }).readings = r.readings;

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
  return messageAt(where, value, what, suggestion);
}

/** A cell's problem after a place of the caller's wording: `where: "value" what. Did you mean …?` */
export function messageAt(where: Localized, value: string, what: Localized, suggestion?: string): Localized {
  const shown = value === "" ? { en: "", ja: "" } : { en: ` "${value}"`, ja: `「${value}」` };
  const hint = suggestion
    ? { en: ` Did you mean ${suggestion}?`, ja: ` もしかして「${suggestion}」ですか？` }
    : { en: "", ja: "" };
  return {
    en: `${where.en}:${shown.en} ${what.en}.${hint.en}`,
    ja: `${where.ja}：${shown.ja}${what.ja}。${hint.ja}`,
  };
}
