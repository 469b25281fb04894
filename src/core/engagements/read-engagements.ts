/**
 * Reads Engagements ledger rows into typed engagements. Every bad cell is a problem
 * naming the row, the column, the value and what is valid; a row with a problem is
 * kept (and shown) but never counted, and the other rows still score.
 */
import { specialtyField } from "../catalog/fields";
import type { Localized, SpecialtyFieldId } from "../catalog/types";
import { cellMessage, messageAt } from "../roster/read-row";
import { FIELD_NAMES, listNames, ROLE_NAMES, SCOPE_NAMES, type NameTable } from "../roster/names";
import { cellText, isBlank, parseYesNo, YES_NO_VALID } from "../roster/normalize";
import {
  engagementColumn,
  mapEngagementHeaders,
  templateEngagementHeaders,
  type EngagementColumnKey,
  type EngagementHeaderMap,
} from "./columns";
import { personKey } from "../roster/person-key";
import type { NumericKey } from "../roster/columns";
import { readQuantity } from "../roster/quantities";
import { DATE_FORMATS, parseDate, type Day } from "./dates";

export interface Engagement {
  /** Sheet row (ledger, CLI) or position in the person's rows (a function call), 1-based. */
  readonly row: number;
  readonly employeeId: string;
  /** As written; "#n" (the position) when the cell is empty. */
  readonly name: string;
  /** null: the person's field. */
  readonly field: SpecialtyFieldId | null;
  readonly start: Day | null;
  /** null: ongoing. */
  readonly end: Day | null;
  readonly role: number;
  readonly successful: boolean;
  readonly complexity: number;
  readonly international: boolean;
  readonly scope: number;
  readonly rooms: number;
  readonly area: number;
  readonly sites: number;
  readonly staff: number;
  readonly value: number;
  readonly users: number;
  readonly evidence: string;
  /** Row of the earlier engagement this one repeats (warned, counted once). */
  readonly duplicateOf?: number;
  /** Problems of this row; a row with an error is not counted. */
  readonly problems: readonly EngagementProblem[];
  /** Cells read through a unit ("35名" as 35), said with the gap text as on the roster. */
  readonly readings?: readonly Localized[];
}

export interface EngagementProblem {
  readonly row: number;
  readonly column: EngagementColumnKey | "";
  readonly header: string;
  readonly value: string;
  readonly message: Localized;
  /** Warnings (a duplicate) do not stop the row from counting. */
  readonly severity: "error" | "warning";
}

export interface ReadOptions {
  /**
   * What a row number means in messages: "row" for sheet rows (the whole ledger),
   * "engagement" for positions in one person's rows (a function's argument).
   */
  readonly numbering?: "row" | "engagement";
  /** Sheet row of the first data row (default 2, below the header). */
  readonly firstRow?: number;
}

export interface LedgerRead {
  readonly engagements: readonly Engagement[];
  readonly headers: EngagementHeaderMap;
  /** Row problems and warnings, in row order, plus ledger-level ones (duplicates). */
  readonly problems: readonly EngagementProblem[];
}

const NOT_WHOLE = { en: "is not a whole number of 0 or more", ja: "は0以上の整数ではありません" };
const NOT_NUMBER = { en: "is not a number of 0 or more", ja: "は0以上の数値ではありません" };
const NOT_YES_NO = {
  en: `is not yes or no. Valid: ${YES_NO_VALID}`,
  ja: `は「はい／いいえ」として無効です。有効な値：${YES_NO_VALID}`,
};
const NOT_DATE = {
  en: `is not a date. Accepted: ${DATE_FORMATS.en}`,
  ja: `は日付として読めません。使える形式：${DATE_FORMATS.ja}`,
};
const START_EMPTY = {
  en: "is empty: every engagement needs a Start date",
  ja: "が空です。案件には開始日が必要です",
};

class LedgerRowReader {
  problems: EngagementProblem[] = [];
  readings: Localized[] = [];
  constructor(
    private readonly map: EngagementHeaderMap,
    private readonly cells: readonly unknown[],
    readonly row: number,
    private readonly numbering: "row" | "engagement",
    public name: string,
  ) {}

  cell(key: EngagementColumnKey): unknown {
    const i = this.map.index[key];
    return i < 0 ? undefined : this.cells[i];
  }

  problem(key: EngagementColumnKey, raw: unknown, what: Localized, suggestion?: string): void {
    const { header, value, message } = this.about(key, raw, what, suggestion);
    this.problems.push({ row: this.row, column: key, header, value, message, severity: "error" });
  }

  /** Where a cell is, its text, and a message about it, in the row's numbering. */
  private about(key: EngagementColumnKey, raw: unknown, what: Localized, suggestion?: string) {
    const i = this.map.index[key];
    const header = (i >= 0 ? this.map.headers[i] : undefined) || engagementColumn(key).header.en;
    const value = cellText(raw);
    const message =
      this.numbering === "row"
        ? cellMessage(this.row, header, value, what, suggestion)
        : engagementMessage(this.row, this.name, header, value, what, suggestion);
    return { header, value, message };
  }

  name_<T>(key: "field" | "role" | "scope", table: NameTable<T>, kind: Localized): T | null {
    const raw = this.cell(key);
    if (isBlank(raw) || raw === 0) return null; // Excel desktop passes an empty cell as 0
    const text = cellText(raw);
    const found = table.find(text);
    if (found !== undefined) return found;
    this.problem(
      key,
      raw,
      {
        en: `is not a ${kind.en}. Valid: ${listNames(table.names, "en")}`,
        ja: `は${kind.ja}として無効です。有効な値：${listNames(table.names, "ja")}`,
      },
      table.suggest(text),
    );
    return null;
  }

  count(key: EngagementColumnKey & NumericKey, integer: boolean): number {
    const raw = this.cell(key);
    if (typeof raw === "number" && raw >= 0 && (!integer || Number.isInteger(raw))) return raw;
    if (isBlank(raw)) return 0;
    // Units written in the cell are read as on the roster: "35名" is 35, "1.5億円" 150 (million yen).
    const reading = readQuantity(key, raw);
    if (!reading.ok || (integer && !Number.isInteger(reading.value))) {
      this.problem(key, raw, integer ? NOT_WHOLE : NOT_NUMBER);
      return 0;
    }
    if (reading.converted)
      this.readings.push(
        this.about(key, raw, { en: `read as ${reading.value}`, ja: `を${reading.value}として読みました` })
          .message,
      );
    return reading.value;
  }

  yesNo(key: EngagementColumnKey): boolean {
    const raw = this.cell(key);
    const parsed = parseYesNo(raw);
    if (parsed.ok) return parsed.value;
    this.problem(key, raw, NOT_YES_NO);
    return false;
  }

  date(key: "start" | "end"): Day | null {
    const raw = this.cell(key);
    if (isBlank(raw) || raw === 0) return null; // 0: an empty cell on Excel desktop
    const parsed = parseDate(raw, key);
    if (parsed.ok) return parsed.day;
    this.problem(key, raw, NOT_DATE);
    return null;
  }
}

function engagementMessage(
  position: number,
  name: string,
  header: string,
  value: string,
  what: Localized,
  suggestion?: string,
): Localized {
  const label = name.startsWith("#") ? "" : ` (${name})`;
  const where = {
    en: `Engagement ${position}${label}, column "${header}"`,
    ja: `${position}件目の案件${label}「${header}」列`,
  };
  return messageAt(where, value, what, suggestion);
}

const KIND_FIELD = { en: "specialty field", ja: "専門分野" };
const KIND_ROLE = { en: "role", ja: "役割" };
const KIND_SCOPE = { en: "scope", ja: "対象範囲" };

/** One ledger row. `position` names the engagement when its name cell is empty. */
export function readEngagementRow(
  map: EngagementHeaderMap,
  cells: readonly unknown[],
  row: number,
  numbering: "row" | "engagement" = "row",
): Engagement {
  const nameText = cellText(cells[map.index.engagement] ?? "");
  const name = nameText === "" || nameText === "0" ? `#${row}` : nameText;
  const r = new LedgerRowReader(map, cells, row, numbering, name);
  const field = r.name_("field", FIELD_NAMES, KIND_FIELD);
  const start = r.date("start");
  const end = r.date("end");
  if (start === null && !r.problems.some((p) => p.column === "start")) r.problem("start", "", START_EMPTY);
  if (start !== null && end !== null && end < start) {
    r.problem("end", r.cell("end"), {
      en: `is before the Start (${cellText(r.cell("start"))}): the End must be on or after the Start`,
      ja: `は開始（${cellText(r.cell("start"))}）より前です。終了は開始以降にしてください`,
    });
  }
  const engagement: Engagement = {
    row,
    employeeId: cellText(r.cell("employeeId")),
    name,
    field,
    start,
    end,
    role: r.name_("role", ROLE_NAMES, KIND_ROLE) ?? 0,
    successful: r.yesNo("successful"),
    complexity: r.count("complexity", true),
    international: r.yesNo("international"),
    scope: r.name_("scope", SCOPE_NAMES, KIND_SCOPE) ?? 0,
    rooms: r.count("rooms", true),
    area: r.count("area", false),
    sites: r.count("sites", true),
    staff: r.count("staff", true),
    value: r.count("value", false),
    users: r.count("users", true),
    evidence: r.cell("evidence") === 0 ? "" : cellText(r.cell("evidence")), // 0: desktop's empty cell
    problems: r.problems,
    ...(r.readings.length > 0 ? { readings: r.readings } : {}),
  };
  if (field !== null) {
    const spec = specialtyField(field);
    if (engagement.complexity > spec.complexityCriteria) {
      r.problem("complexity", r.cell("complexity"), {
        en: `is more than the ${spec.complexityCriteria} complexity criteria ${spec.name.en} lists. Valid: 0 to ${spec.complexityCriteria}`,
        ja: `は${spec.name.ja}の複雑性の条件数${spec.complexityCriteria}を超えています。有効な値：0～${spec.complexityCriteria}`,
      });
    }
  }
  return engagement;
}

/** Desktop passes an empty cell as 0 and the web as null; FILTER(..., "") with no match gives one "". */
function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => isBlank(c) || c === 0);
}

/**
 * Read ledger rows (no header row in `rows`). Blank rows are skipped (they are not
 * engagements); overlapping duplicates (same person, same engagement, overlapping
 * dates) are warned about and counted once.
 */
export function readEngagements(
  headerRow: readonly unknown[] | EngagementHeaderMap | null,
  rows: readonly (readonly unknown[])[],
  options: ReadOptions = {},
): LedgerRead {
  const numbering = options.numbering ?? "row";
  const firstRow = options.firstRow ?? 2;
  const headers =
    headerRow !== null && "index" in headerRow
      ? headerRow
      : mapEngagementHeaders(headerRow ?? templateEngagementHeaders());
  const engagements: Engagement[] = [];
  const problems: EngagementProblem[] = [];
  let position = 0;
  rows.forEach((cells, i) => {
    if (isBlankRow(cells)) return;
    position++;
    const row = numbering === "row" ? firstRow + i : position;
    const e = readEngagementRow(headers, cells, row, numbering);
    engagements.push(e);
    problems.push(...e.problems);
  });
  const deduped =
    engagements.length > 1 ? markDuplicates(engagements, numbering) : { engagements, warnings: [] };
  for (const w of deduped.warnings) problems.push(w); // a loop: a ledger may hold a million duplicates
  return { engagements: deduped.engagements, headers, problems };
}

function overlaps(a: Engagement, b: Engagement): boolean {
  if (a.start === null || b.start === null) return false;
  const aEnd = a.end ?? Number.POSITIVE_INFINITY;
  const bEnd = b.end ?? Number.POSITIVE_INFINITY;
  return a.start <= bEnd && b.start <= aEnd;
}

/** A later row repeating an earlier one (same person and engagement, overlapping dates) gets a warning and a problem-free "duplicate" mark. */
function markDuplicates(
  engagements: Engagement[],
  numbering: "row" | "engagement",
): { engagements: Engagement[]; warnings: EngagementProblem[] } {
  const warnings: EngagementProblem[] = [];
  const seen = new Map<string, Engagement[]>();
  const out = engagements.map((e) => {
    if (e.name.startsWith("#")) return e;
    const key = `${personKey(e.employeeId)}\u0001${e.name.toLowerCase()}`;
    const earlier = seen.get(key) ?? [];
    const first = earlier.find((x) => overlaps(x, e));
    earlier.push(e);
    seen.set(key, earlier);
    if (!first) return e;
    const what = {
      en: `repeats ${numbering === "row" ? `row ${first.row}` : `engagement ${first.row}`} with overlapping dates: counted once`,
      ja: `は${numbering === "row" ? `${first.row}行目` : `${first.row}件目`}と期間が重なる重複です。1件として数えます`,
    };
    const header = engagementColumn("engagement").header.en;
    const message =
      numbering === "row"
        ? cellMessage(e.row, header, e.name, what)
        : engagementMessage(e.row, e.name, header, e.name, what);
    const warning: EngagementProblem = {
      row: e.row,
      column: "engagement",
      header,
      value: e.name,
      message,
      severity: "warning",
    };
    warnings.push(warning);
    return { ...e, duplicateOf: first.row, problems: [...e.problems, warning] };
  });
  return { engagements: out, warnings };
}

/** True when the row is a duplicate of an earlier one (warned, counted once). */
export function isDuplicate(e: Engagement): boolean {
  return e.duplicateOf !== undefined;
}

/** True when the row has an error (not a warning): it is shown, never counted. */
export function hasError(e: Engagement): boolean {
  return e.problems.some((p) => p.severity === "error");
}

/**
 * Ledger rows whose Employee ID is not in the roster: named, never silently dropped.
 * `rosterIds` are person keys (see personKey).
 */
export function unknownEmployees(
  engagements: readonly Engagement[],
  rosterIds: ReadonlySet<string>,
): EngagementProblem[] {
  const header = engagementColumn("employeeId").header.en;
  return engagements
    .filter((e) => !rosterIds.has(personKey(e.employeeId)))
    .map((e) => ({
      row: e.row,
      column: "employeeId" as const,
      header,
      value: e.employeeId,
      severity: "error" as const,
      message: cellMessage(
        e.row,
        header,
        e.employeeId,
        e.employeeId === ""
          ? {
              en: "is empty: the engagement belongs to nobody in the roster",
              ja: "が空です。ロスターの誰の案件か分かりません",
            }
          : {
              en: "is not an Employee ID in the roster: not counted for anyone",
              ja: "はロスターにない社員番号です。誰の案件としても数えません",
            },
      ),
    }));
}
