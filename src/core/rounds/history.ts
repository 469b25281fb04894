/**
 * The append-only `History` table (one row per person per closed round) and its
 * entries grouped by round, in time order.
 */
import { specialtyField } from "../catalog/fields";
import type { Lang, SpecialtyFieldId } from "../catalog/types";
import { FIELD_NAMES } from "../roster/names";
import { cellText, isBlank } from "../roster/normalize";
import {
  headerRow,
  locateColumns,
  parseLevel,
  quoteHeaders,
  readRoundTable,
  type RoundProblem,
  type TableColumn,
} from "./reading";
import { personKey } from "../roster/person-key";
import { dateCellText, roundKey } from "./round-label";
import { ROW_MESSAGES } from "../roster/messages";

/*
 * The append-only `History` table: one row per person per closed round, so level
 * changes can be followed over time. This module owns its columns, how an entry
 * becomes cells, and how the table is read back.
 */

export type HistoryColumnKey =
  | "employeeId"
  | "name"
  | "department"
  | "field"
  | "assessedLevel"
  | "agreedLevel"
  | "skillLevel"
  | "round"
  | "date";

/** History columns in the order the table is created with. */
export const HISTORY_COLUMNS: readonly TableColumn<HistoryColumnKey>[] = [
  { key: "employeeId", header: { en: "Employee ID", ja: "社員番号" }, aliases: ["id", "社員ID"] },
  { key: "name", header: { en: "Name", ja: "氏名" } },
  { key: "department", header: { en: "Department", ja: "部署" } },
  { key: "field", header: { en: "Field", ja: "専門分野" }, aliases: ["specialty field"] },
  { key: "assessedLevel", header: { en: "Assessed level", ja: "評価レベル" } },
  { key: "agreedLevel", header: { en: "Agreed level", ja: "合意レベル" } },
  { key: "skillLevel", header: { en: "Skill level", ja: "スキルレベル" } },
  { key: "round", header: { en: "Round", ja: "評価回" }, aliases: ["round label", "評価期"] },
  { key: "date", header: { en: "Date", ja: "日付" }, aliases: ["snapshot date", "締め日"] },
];

/** One person in one closed round. */
export interface HistoryEntry {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  /** null when blank or not a field name (the table is user-editable). */
  readonly field: SpecialtyFieldId | null;
  readonly assessedLevel: number | null;
  /** The level self and manager agreed on; blank when they did not need to. */
  readonly agreedLevel: number | null;
  /** From a skill assessment, when the workbook has one. */
  readonly skillLevel: number | null;
  readonly round: string;
  /** ISO yyyy-mm-dd. */
  readonly date: string;
  /** Sheet row the entry was read from; null for entries not yet written. */
  readonly row: number | null;
}

/**
 * The level that counts for a person in a round: the agreed level when self and
 * manager settled one, else the assessed level.
 */
export function effectiveLevel(entry: Pick<HistoryEntry, "agreedLevel" | "assessedLevel">): number | null {
  return entry.agreedLevel ?? entry.assessedLevel;
}

export function historyHeader(lang: Lang): string[] {
  return headerRow(HISTORY_COLUMNS, lang);
}

/**
 * An entry as cells under a given header row: an existing table may have its
 * columns in another order, in Japanese, or with columns of the company's own
 * (those get a blank cell).
 */
export function historyCells(
  entry: HistoryEntry,
  header: readonly unknown[],
  lang: Lang,
): (string | number)[] {
  const index = locateColumns(HISTORY_COLUMNS, header);
  const cells: (string | number)[] = header.map(() => "");
  const level = (n: number | null): string | number => (n === null ? "" : n);
  const values: Record<HistoryColumnKey, string | number> = {
    employeeId: entry.employeeId,
    name: entry.name,
    department: entry.department,
    field: entry.field === null ? "" : specialtyField(entry.field).name[lang],
    assessedLevel: level(entry.assessedLevel),
    agreedLevel: level(entry.agreedLevel),
    skillLevel: level(entry.skillLevel),
    round: entry.round,
    date: entry.date,
  };
  for (const [key, i] of index) cells[i] = values[key];
  return cells;
}

/**
 * The language an existing table is written in, from its headers: new rows name the
 * field in the same language as the rows above them.
 */
export function historyLanguage(header: readonly unknown[]): Lang {
  const names = new Set(header.map((h) => cellText(h)));
  const ja = HISTORY_COLUMNS.filter((c) => names.has(c.header.ja)).length;
  const en = HISTORY_COLUMNS.filter((c) => names.has(c.header.en)).length;
  return ja > en ? "ja" : "en";
}

/** Columns without which the history cannot be followed over time. */
export const HISTORY_REQUIRED: readonly HistoryColumnKey[] = ["employeeId", "round", "assessedLevel"];

export interface HistoryRead {
  /** Entries in table order; a person's second row in the same round is left out (reported). */
  readonly entries: readonly HistoryEntry[];
  readonly problems: readonly RoundProblem[];
}

/**
 * Reads the History table, header row first. Blank rows are skipped; bad cells are
 * reported and read as blank, so one typo never hides a whole round.
 */
export function readHistory(table: readonly (readonly unknown[])[], firstRowNumber = 1): HistoryRead {
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  const problems = readRoundTable(
    table,
    firstRowNumber,
    HISTORY_COLUMNS,
    HISTORY_REQUIRED,
    (missing) => ({
      en: `The History table has no column ${quoteHeaders(missing, "en")}; pass it with its header row`,
      ja: `履歴表に列 ${quoteHeaders(missing, "ja")} がありません。見出し行を含めて指定してください`,
    }),
    ({ row, cell, report }) => {
      const level = (key: HistoryColumnKey): number | null => {
        const raw = cell(key);
        if (isBlank(raw)) return null;
        const parsed = parseLevel(raw);
        if (parsed.ok) return parsed.value;
        report(key, NOT_A_LEVEL);
        return null;
      };
      const employeeId = cellText(cell("employeeId"));
      const round = cellText(cell("round"));
      if (employeeId === "" || round === "") {
        report(employeeId === "" ? "employeeId" : "round", employeeId === "" ? NO_ID : NO_ROUND);
        return;
      }
      const fieldText = cellText(cell("field"));
      const field = fieldText === "" ? null : (FIELD_NAMES.find(fieldText) ?? null);
      if (fieldText !== "" && field === null) report("field", NOT_A_FIELD);
      const entry: HistoryEntry = {
        employeeId,
        name: cellText(cell("name")),
        department: cellText(cell("department")),
        field,
        assessedLevel: level("assessedLevel"),
        agreedLevel: level("agreedLevel"),
        skillLevel: level("skillLevel"),
        round,
        date: dateCellText(cell("date")),
        row,
      };
      const key = `${roundKey(round)}\u0001${personKey(employeeId)}`;
      if (seen.has(key)) {
        report("employeeId", DUPLICATE);
        return;
      }
      seen.add(key);
      entries.push(entry);
    },
  );
  return { entries, problems };
}

const NOT_A_LEVEL = {
  en: "is not a level. Valid: 0 to 7, or blank",
  ja: "はレベルとして無効です。有効な値：0～7、または空欄",
};
const NOT_A_FIELD = {
  en: `${ROW_MESSAGES.notField.en}; the row counts in no field`,
  ja: `${ROW_MESSAGES.notField.ja}。この行は分野別の集計に含まれません`,
};
const NO_ID = {
  en: "is empty: the row cannot be followed over rounds and is skipped",
  ja: "が空です。回をまたいだ追跡ができないため、この行を除外します",
};
const NO_ROUND = {
  en: "is empty: the row belongs to no round and is skipped",
  ja: "が空です。どの評価回にも属さないため、この行を除外します",
};
const DUPLICATE = {
  en: "appears twice in the same round; the first row counts",
  ja: "が同じ評価回に2回あります。最初の行を使います",
};

/*
 * The History entries grouped by round, in time order: trends read rounds the way
 * they happened. History is append-only, so a round closed again (replaced) moves
 * to the bottom of the table; its Date keeps it in its place. When a round has no
 * readable date (the table is user-editable), table order is all there is, and is
 * used for every round.
 */

export interface RoundEntries {
  /** The label as its first row spells it. */
  readonly label: string;
  readonly key: string;
  /** By person (personKey); a person's later row in the same round is ignored. */
  readonly people: ReadonlyMap<string, HistoryEntry>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example roundsOf(entries).map((r) => r.label) // => ["FY2025 H2", "FY2026 H1"]
 */
export function roundsOf(entries: readonly HistoryEntry[]): RoundEntries[] {
  const rounds = new Map<string, { label: string; date: string | null; people: Map<string, HistoryEntry> }>();
  for (const entry of entries) {
    const key = roundKey(entry.round);
    let round = rounds.get(key);
    if (!round) rounds.set(key, (round = { label: entry.round, date: null, people: new Map() }));
    if (ISO_DATE.test(entry.date) && (round.date === null || entry.date < round.date))
      round.date = entry.date;
    const person = personKey(entry.employeeId);
    if (!round.people.has(person)) round.people.set(person, entry);
  }
  const inTableOrder = [...rounds].map(([key, r]) => ({ key, ...r }));
  const dated = inTableOrder.every((r) => r.date !== null);
  // Array.prototype.sort is stable: rounds of the same day keep their table order.
  const ordered = dated ? [...inTableOrder].sort((a, b) => byDay(a.date, b.date)) : inTableOrder;
  return ordered.map(({ key, label, people }) => ({ key, label, people }));
}

/** ISO days sort as text. */
function byDay(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
