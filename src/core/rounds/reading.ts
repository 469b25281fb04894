/**
 * Reading the rounds' tables back: header matching, level cells, and the problems
 * found, one per bad cell or row.
 */
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import { cellText, foldName, isBlank } from "../roster/normalize";
import { cellMessage } from "../roster/read-row";
import { specialtyField } from "../catalog/fields";

/*
 * Header matching for the small tables the rounds feature writes and reads back
 * (Self vs Manager, History). Like the roster, a header matches in English or
 * Japanese, ignoring case, width, spaces and punctuation, in any column order.
 */

export interface TableColumn<K extends string> {
  readonly key: K;
  readonly header: Localized;
  /** Other spellings accepted when reading a table back. */
  readonly aliases?: readonly string[];
}

/** Position of each known column in a header row; a column named twice counts at its first position. */
export function locateColumns<K extends string>(
  columns: readonly TableColumn<K>[],
  headerRow: readonly unknown[],
): ReadonlyMap<K, number> {
  const byName = new Map<string, K>();
  for (const c of columns) {
    for (const name of [c.header.en, c.header.ja, c.key, ...(c.aliases ?? [])])
      byName.set(foldName(name), c.key);
  }
  const index = new Map<K, number>();
  headerRow.forEach((cell, i) => {
    const key = byName.get(foldName(cellText(cell)));
    if (key !== undefined && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** The required columns a header row lacks, in table order. */
export function missingColumns<K extends string>(
  columns: readonly TableColumn<K>[],
  index: ReadonlyMap<K, number>,
  required: readonly K[],
): TableColumn<K>[] {
  return columns.filter((c) => required.includes(c.key) && !index.has(c.key));
}

/** `"Round", "Date"` / `「評価回」、「日付」`: column names quoted for messages. */
export function quoteHeaders(columns: readonly TableColumn<string>[], lang: Lang): string {
  return lang === "en"
    ? columns.map((c) => `"${c.header.en}"`).join(", ")
    : columns.map((c) => `「${c.header.ja}」`).join("、");
}

/** The header row of a table in one language. */
export function headerRow(columns: readonly TableColumn<string>[], lang: Lang): string[] {
  return columns.map((c) => c.header[lang]);
}

/*
 * Problems found while reading the rounds' sheets. Like roster problems they are
 * data, one per bad cell or row, so one odd row never stops the rest.
 */

export interface RoundProblem {
  /** Sheet row number (1-based) when known. */
  readonly row: number | null;
  /** The header as the sheet spells it; "" when the problem is not about one cell. */
  readonly column: string;
  readonly value: string;
  readonly message: Localized;
}

/** One body row of a rounds table: its cells by column key, and a reporter of a bad cell. */
export interface RoundRow<K extends string> {
  /** Sheet row number (1-based). */
  readonly row: number;
  cell(key: K): unknown;
  report(key: K, what: Localized): void;
}

/**
 * Reads a rounds table, header row first: finds its columns, refuses a table that lacks a
 * required one (one problem naming them), and hands each non-blank body row to `read`.
 * Returns the problems reported, in row order.
 */
export function readRoundTable<K extends string>(
  table: readonly (readonly unknown[])[],
  firstRowNumber: number,
  columns: readonly TableColumn<K>[],
  required: readonly K[],
  missingMessage: (missing: readonly TableColumn<K>[]) => Localized,
  read: (row: RoundRow<K>) => void,
): RoundProblem[] {
  const [header, ...body] = table;
  const index = locateColumns(columns, header ?? []);
  const missing = missingColumns(columns, index, required);
  if (missing.length > 0)
    return [{ row: firstRowNumber, column: "", value: "", message: missingMessage(missing) }];
  const headers = (header ?? []).map(cellText);
  const problems: RoundProblem[] = [];
  body.forEach((cells, i) => {
    if (cells.every(isBlank)) return;
    const row = firstRowNumber + 1 + i;
    const cell = (key: K): unknown => {
      const at = index.get(key);
      return at === undefined ? undefined : cells[at];
    };
    const report = (key: K, what: Localized): void => {
      const column = headers[index.get(key) ?? -1] ?? key;
      const value = cellText(cell(key));
      problems.push({ row, column, value, message: cellMessage(row, column, value, what) });
    };
    read({ row, cell, report });
  });
  return problems;
}

/*
 * ITSS levels as people type them in the round sheets (Agreed level, History):
 * 0 ("not yet level 1") to 7, written as 3, "３", "Lv3", "Level 3" or "レベル3".
 */

/** The level scale and its parser live in the catalog (catalog/levels), written once. */
export { ALL_LEVELS, HIGHEST_LEVEL, LOWEST_LEVEL, parseLevel } from "../catalog/levels";

/**
 * Whether a field can hold a level. Level 0 always can (it means no level yet);
 * the others must be levels the seeds define for the field (Service Desk stops at 4).
 */
export function fieldHasLevel(field: SpecialtyFieldId, level: number): boolean {
  return level === 0 || specialtyField(field).levels.some((l) => l === level);
}

/** "0, 3, 4" — the levels a field accepts, for messages. */
export function levelsOfField(field: SpecialtyFieldId): string {
  return [0, ...specialtyField(field).levels].join(", ");
}
