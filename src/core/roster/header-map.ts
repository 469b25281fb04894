/**
 * Maps a roster's header row to the roster contract's columns, by English header,
 * Japanese alias or accepted spelling, in any order. Unknown headers are kept as
 * extra columns; a near miss ("Speciality Feild") gets a warning with a suggestion.
 */
import { ROSTER_COLUMNS, type RosterColumnKey } from "./columns";
import { cellText, didYouMean, foldName } from "./normalize";
import type { HeaderUnit } from "./quantities";

export interface HeaderWarning {
  readonly index: number;
  readonly header: string;
  /** The roster column the header probably meant. */
  readonly suggestion?: string;
  readonly kind: "unknown" | "duplicate";
}

export interface HeaderMap {
  /** Source header text by position. */
  readonly headers: readonly string[];
  /** Position of each roster column in a row, -1 when absent. */
  readonly index: Readonly<Record<RosterColumnKey, number>>;
  /** Positions of columns that map to nothing; they are carried through untouched. */
  readonly extras: readonly number[];
  readonly warnings: readonly HeaderWarning[];
  /** Units the source headers declare ("年間契約金額（千円）"), applied to plain numbers below them. */
  readonly units?: Readonly<Partial<Record<RosterColumnKey, HeaderUnit>>>;
}

const KEY_BY_FOLDED_NAME: ReadonlyMap<string, RosterColumnKey> = (() => {
  const map = new Map<string, RosterColumnKey>();
  for (const column of ROSTER_COLUMNS) {
    const names: readonly string[] = [
      column.header.en,
      column.header.ja,
      column.key,
      ...("aliases" in column ? column.aliases : []),
    ];
    for (const name of names) map.set(foldName(name), column.key);
  }
  return map;
})();

const ALL_HEADER_NAMES = ROSTER_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]);

/** The roster column a header names, if any. */
export function rosterKeyForHeader(header: unknown): RosterColumnKey | undefined {
  return KEY_BY_FOLDED_NAME.get(foldName(cellText(header)));
}

export function mapHeaders(headerRow: readonly unknown[]): HeaderMap {
  const headers = headerRow.map(cellText);
  const index = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, -1])) as Record<RosterColumnKey, number>;
  const extras: number[] = [];
  const warnings: HeaderWarning[] = [];
  headers.forEach((header, i) => {
    const key = rosterKeyForHeader(header);
    if (key === undefined) {
      extras.push(i);
      const suggestion = header === "" ? undefined : didYouMean(header, ALL_HEADER_NAMES);
      if (suggestion !== undefined) warnings.push({ index: i, header, suggestion, kind: "unknown" });
    } else if (index[key] !== -1) {
      extras.push(i);
      warnings.push({ index: i, header, kind: "duplicate" });
    } else {
      index[key] = i;
    }
  });
  return { headers, index, extras, warnings };
}

/** Rows given without a header row are read in the template's column order. */
export function templateHeaderMap(): HeaderMap {
  return mapHeaders(ROSTER_COLUMNS.map((c) => c.header.en));
}

/** How many roster columns a header row names: used to find the header row in a sheet. */
export function countRosterHeaders(row: readonly unknown[]): number {
  const seen = new Set<RosterColumnKey>();
  for (const cell of row) {
    const key = rosterKeyForHeader(cell);
    if (key) seen.add(key);
  }
  return seen.size;
}
