/**
 * Column mapping: which roster column each source column feeds, or "extra" (kept
 * as it is, after the roster columns). Automatic by English header, Japanese alias,
 * accepted spelling and close match, with a confidence the pane can show; the user
 * has the last word (applyOverrides). Two source columns never feed one roster column.
 * Also the placement rule every import mapping shares (assignColumns) and the bounded
 * edit distance of its close matches (typoDistance).
 */
import type { Localized } from "../catalog/types";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import { cellText, foldName } from "../roster/normalize";
import { headerUnitFor, splitHeaderUnit, type HeaderUnit } from "./header-units";
import { duplicateColumnNote, closeMatchNote, displacedByUserNote, userConflictNote } from "./messages";

export type ColumnTarget = RosterColumnKey | "extra";

/** How the header matched its roster column: the template header, an accepted spelling, a near miss, or not at all. */
export type MatchConfidence = "exact" | "alias" | "close" | "none";

export interface HeaderMatch {
  readonly key: RosterColumnKey;
  readonly confidence: Exclude<MatchConfidence, "none">;
  readonly unit?: HeaderUnit;
}

export interface MappedColumn {
  /** Source column, 0-based. */
  readonly index: number;
  /** Source header text, trimmed. */
  readonly header: string;
  readonly target: ColumnTarget;
  /** How well the header matches the target (a user's choice may be "none"). */
  readonly confidence: MatchConfidence;
  readonly chosenBy: "auto" | "user" | "remembered";
  /** A unit the header declares that changes how plain numbers are read ("（千円）"). */
  readonly unit?: HeaderUnit;
  /** Opt-in: this extra column holds CMBOK 1.0 competencies to write as CMBOK 2.0 codes. */
  readonly cmbok?: boolean;
  /** Why the column landed where it did, when that needs the user's eye. */
  readonly note?: Localized;
}

export interface ColumnMapping {
  /** One entry per source column, in source order. */
  readonly columns: readonly MappedColumn[];
}

export interface ColumnOverride {
  readonly index: number;
  readonly target: ColumnTarget;
  /** Only for extra columns: convert CMBOK 1.0 competencies to 2.0 codes. */
  readonly cmbok?: boolean;
}

/**
 * Maps source headers to roster columns. Exact and alias matches are placed before
 * close matches; within each, the first column wins and a later duplicate becomes
 * an extra column with a note, so no data is ever read twice or overwritten.
 * @example mapColumns(["氏名", "Speciality Feild", "Notes"]).columns.map((c) => c.target)
 *   // => ["name", "field", "extra"]
 */
export function mapColumns(headers: readonly unknown[]): ColumnMapping {
  const texts = headers.map(cellText);
  const matches = texts.map(matchHeader);
  const columns = assignColumns(matches).map((placed, index): MappedColumn => {
    const header = texts[index] ?? "";
    if (placed.target === "extra") {
      const dup = placed.duplicateOf;
      return {
        index,
        header,
        target: "extra",
        confidence: "none",
        chosenBy: "auto",
        ...(dup
          ? { note: duplicateColumnNote(header, index, dup.key, texts[dup.index] ?? "", dup.index) }
          : {}),
      };
    }
    const unit = matches[index]?.unit;
    return {
      index,
      header,
      target: placed.target,
      confidence: placed.confidence,
      chosenBy: "auto",
      ...(unit ? { unit } : {}),
      ...(placed.confidence === "close" ? { note: closeMatchNote(header, placed.target) } : {}),
    };
  });
  return { columns };
}

/**
 * Applies the user's choices on top of a mapping. A user's choice beats an automatic
 * one; when two choices claim one roster column the later choice wins (the pane lists
 * choices oldest first). A column that loses its roster column is kept as extra.
 * Overrides naming columns that do not exist are ignored.
 */
export function applyOverrides(mapping: ColumnMapping, overrides: readonly ColumnOverride[]): ColumnMapping {
  return overrideColumns(mapping, overrides, "user");
}

/** applyOverrides with the origin to record; remembered layouts use "remembered". */
export function overrideColumns(
  mapping: ColumnMapping,
  overrides: readonly ColumnOverride[],
  chosenBy: "user" | "remembered",
): ColumnMapping {
  const count = mapping.columns.length;
  const byIndex = new Map<number, ColumnOverride>();
  for (const o of overrides) {
    if (Number.isInteger(o.index) && o.index >= 0 && o.index < count) byIndex.set(o.index, o);
  }
  // The last choice naming a roster column owns it.
  const claimedBy = new Map<RosterColumnKey, number>();
  for (const o of overrides) {
    if (byIndex.get(o.index) === o && o.target !== "extra") claimedBy.set(o.target, o.index);
  }
  const headerOf = (i: number): string => mapping.columns[i]?.header ?? "";
  const columns = mapping.columns.map((column): MappedColumn => {
    const o = byIndex.get(column.index);
    if (o === undefined) {
      if (column.target === "extra") return column;
      const claimer = claimedBy.get(column.target);
      if (claimer === undefined || claimer === column.index) return column;
      return asExtra(
        column,
        column.chosenBy,
        displacedByUserNote(column.header, column.target, headerOf(claimer), claimer),
      );
    }
    if (o.target === "extra") {
      return { ...asExtra(column, chosenBy), ...(o.cmbok ? { cmbok: true } : {}) };
    }
    const claimer = claimedBy.get(o.target) ?? column.index;
    if (claimer !== column.index) {
      return asExtra(column, chosenBy, userConflictNote(column.header, o.target, headerOf(claimer), claimer));
    }
    const match = matchHeader(column.header);
    const unit = match?.key === o.target && match.unit ? match.unit : headerUnitFor(column.header, o.target);
    return {
      index: column.index,
      header: column.header,
      target: o.target,
      confidence: match?.key === o.target ? match.confidence : "none",
      chosenBy,
      ...(unit ? { unit } : {}),
    };
  });
  return { columns };
}

function asExtra(column: MappedColumn, chosenBy: MappedColumn["chosenBy"], note?: Localized): MappedColumn {
  return {
    index: column.index,
    header: column.header,
    target: "extra",
    confidence: "none",
    chosenBy,
    ...(note ? { note } : {}),
  };
}

/** The source column feeding a roster column, if any. */
export function columnFor(mapping: ColumnMapping, key: RosterColumnKey): MappedColumn | undefined {
  return mapping.columns.find((c) => c.target === key);
}

/** Roster columns no source column feeds, in template order: they land blank. */
export function missingKeys(mapping: ColumnMapping): RosterColumnKey[] {
  const mapped = new Set(mapping.columns.map((c) => c.target));
  return ROSTER_COLUMNS.map((c) => c.key).filter((k) => !mapped.has(k));
}

/**
 * How a single header matches a roster column, if it does: used for mapping and
 * for finding the header row.
 * @example matchHeader("年間契約金額（千円）") // => { key: "value", confidence: "exact", unit: "thousand-yen" }
 */
export function matchHeader(header: string): HeaderMatch | undefined {
  if (MATCH_CACHE.has(header)) return MATCH_CACHE.get(header);
  const match = findMatch(header);
  if (MATCH_CACHE.size >= MATCH_CACHE_SIZE) MATCH_CACHE.clear();
  MATCH_CACHE.set(header, match);
  return match;
}

/** Header rows are read twice (finding the header row, then mapping it) and repeat across imports. */
const MATCH_CACHE = new Map<string, HeaderMatch | undefined>();
const MATCH_CACHE_SIZE = 5_000;

function findMatch(header: string): HeaderMatch | undefined {
  const folded = foldName(header);
  if (folded === "") return undefined;
  const direct = lookUp(folded);
  if (direct) return direct;
  for (const split of splitHeaderUnit(folded)) {
    const found = lookUp(split.name);
    if (found && split.keys.includes(found.key))
      return { ...found, ...(split.unit ? { unit: split.unit } : {}) };
  }
  if (!closeMatchAllowed(folded)) return undefined;
  const key = closestName(folded);
  return key === undefined ? undefined : { key, confidence: "close" };
}

/**
 * The roster column whose name is within typo distance, as didYouMean decides it
 * (same distance limit), over names folded once: a wide sheet has thousands of headers.
 */
function closestName(folded: string): RosterColumnKey | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(folded.length / 3)));
  let best: RosterColumnKey | undefined;
  let bestDistance = limit + 1;
  for (const candidate of CLOSE_CANDIDATES) {
    if (Math.abs(candidate.length - folded.length) > limit) continue;
    const d = typoDistance(folded, candidate, limit);
    if (d < bestDistance) {
      best = lookUp(candidate)?.key;
      bestDistance = d;
    }
  }
  return best;
}

function lookUp(folded: string): { key: RosterColumnKey; confidence: "exact" | "alias" } | undefined {
  const exact = EXACT.get(folded);
  if (exact) return { key: exact, confidence: "exact" };
  const alias = ALIAS.get(folded);
  return alias ? { key: alias, confidence: "alias" } : undefined;
}

/**
 * Close matches need enough letters to be a plausible typo: four for English, six for
 * Japanese, where one character is a whole word ("経験月数" is not a typo of "経験年数").
 */
function closeMatchAllowed(folded: string): boolean {
  return folded.length >= (JAPANESE.test(folded) ? 6 : 4);
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/**
 * Spellings HR systems and older rosters use, beyond the template's own aliases
 * (columns.ts). Kept here because only the importer needs them.
 */
const IMPORT_ALIASES: Readonly<Partial<Record<RosterColumnKey, readonly string[]>>> = {
  employeeId: [
    "社員コード",
    "従業員番号",
    "従業員コード",
    "職員番号",
    "emp id",
    "emp no",
    "staff id",
    "staff no",
  ],
  name: ["社員名", "従業員名", "氏名（漢字）"],
  department: ["所属部署", "部署名", "部門名", "所属部門", "dept name"],
  category: ["職種名", "職種区分", "job type"],
  field: ["専門分野名", "専門", "speciality"],
  role: ["役割名", "担当役割"],
  projects: ["プロジェクト数", "案件数", "成功プロジェクト数", "projects completed"],
  years: ["実務経験年数", "years experience"],
  complexity: ["複雑性項目数", "複雑性の数"],
  international: ["国際案件", "international operations"],
  scope: ["範囲"],
  rooms: ["コンピュータ室", "コンピュータールーム数", "計算機室数", "computer room"],
  area: ["面積", "延床面積", "floor space"],
  sites: ["設置拠点数", "network sites"],
  staff: ["人数", "要員", "ピーク要員数", "staff count"],
  value: ["契約額", "年間契約額", "contract amount", "annual contract amount"],
  users: ["ユーザー数", "利用者", "年間利用者数", "user count"],
  themes: ["専門テーマ", "テーマ数", "theme count"],
  succession: ["技術継承実績", "succession achievements"],
  mentoring: ["後進の育成", "育成", "mentor"],
  ap: ["応用情報技術者試験合格", "ap合格"],
};

const EXACT: ReadonlyMap<string, RosterColumnKey> = new Map(
  ROSTER_COLUMNS.flatMap((c) => [
    [foldName(c.header.en), c.key] as const,
    [foldName(c.header.ja), c.key] as const,
  ]),
);

const ALIAS: ReadonlyMap<string, RosterColumnKey> = (() => {
  const map = new Map<string, RosterColumnKey>();
  for (const c of ROSTER_COLUMNS) {
    const own: readonly string[] = "aliases" in c ? c.aliases : [];
    for (const name of [c.key, ...own, ...(IMPORT_ALIASES[c.key] ?? [])]) {
      const folded = foldName(name);
      if (!EXACT.has(folded)) map.set(folded, c.key);
    }
  }
  return map;
})();

/** Folded names a close match may land on; short ones are left out, they are too easy to hit by chance. */
const CLOSE_CANDIDATES: readonly string[] = [...new Set([...EXACT.keys(), ...ALIAS.keys()])].filter(
  (name) => name.length >= 4,
);

// ---- Column placement ----

/**
 * The placement rule every import mapping shares (roster, Skills): exact and alias
 * matches are placed before close ones; within a tier the first column wins, and a
 * later column for a taken target stays an extra column, so no data is read twice.
 */
export type MatchTier = "exact" | "alias" | "close";

export type Placement<K> =
  | { readonly target: K; readonly confidence: MatchTier }
  | { readonly target: "extra"; readonly duplicateOf?: { readonly key: K; readonly index: number } };

export function assignColumns<K>(
  matches: readonly ({ readonly key: K; readonly confidence: MatchTier } | undefined)[],
): Placement<K>[] {
  const placements: Placement<K>[] = matches.map(() => ({ target: "extra" }));
  const owner = new Map<K, number>();
  for (const tier of [["exact", "alias"], ["close"]] as const) {
    matches.forEach((match, index) => {
      if (!match || !(tier as readonly MatchTier[]).includes(match.confidence)) return;
      const taken = owner.get(match.key);
      if (taken !== undefined) {
        placements[index] = { target: "extra", duplicateOf: { key: match.key, index: taken } };
        return;
      }
      owner.set(match.key, index);
      placements[index] = { target: match.key, confidence: match.confidence };
    });
  }
  return placements;
}

// ---- Bounded edit distance ----

/**
 * Bounded edit distance for close header matches, fast enough for sheets with
 * thousands of columns: only the diagonal band that can stay within the bound is
 * computed, in two reused rows. Same answers as roster/normalize's editDistance.
 */

let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance of a and b, or max + 1 as soon as it is certain to exceed max.
 * @example typoDistance("specialtyfeild", "specialtyfield", 3) // => 2
 */
export function typoDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > previous.length) {
    previous = new Int32Array(m + 1);
    current = new Int32Array(m + 1);
  }
  const over = max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[0] = i <= max ? i : over;
    if (from > 1) current[from - 1] = over;
    let rowMin = current[0] ?? over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const up = j <= i - 1 + max ? (previous[j] ?? over) : over;
      const v = Math.min(up + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost, over);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < m) current[to + 1] = over;
    if (rowMin > max) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[m] ?? over, over);
}
