/**
 * Header matching for the small tables the rounds feature writes and reads back
 * (Self vs Manager, History). Like the roster, a header matches in English or
 * Japanese, ignoring case, width, spaces and punctuation, in any column order.
 */
import type { Lang, Localized } from "../catalog/types";
import { cellText, foldName } from "../roster/normalize";

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
