/**
 * Which Skills column a source header names: a skill item by its English or
 * Japanese name (and the spellings HR sheets use: "テクノロジー", "交渉力",
 * "リーダーシップ（レベル）"), an identity column by the roster import's names,
 * Target or Assessed by; exact names and accepted spellings first, near misses
 * after, each Skills column fed by one source column at most.
 */
import { SKILL_ITEMS } from "../catalog";
import type { Localized, SkillItemId } from "../catalog/types";
import { cellText, foldName } from "../roster/normalize";
import { SKILLS_COLUMNS, type SkillsColumnKey } from "../skills/skills-template";
import { columnLetter } from "./messages";
import { assignColumns, matchHeader, typoDistance, type MatchConfidence } from "./map-columns";

/** Identity columns shared with the roster; the CMBOK Assessment table has the first three. */
export type IdentityKey = "employeeId" | "name" | "department" | "field";

const IDENTITY: ReadonlySet<string> = new Set<IdentityKey>(["employeeId", "name", "department", "field"]);

export interface SkillsHeaderMatch {
  readonly key: SkillsColumnKey;
  readonly confidence: Exclude<MatchConfidence, "none">;
}

/**
 * How a header names a Skills column, if it does.
 * @example matchSkillsHeader("リーダーシップ（Lv）") // => { key: "leadership", confidence: "alias" }
 * @example matchSkillsHeader("Comunication")        // => { key: "communication", confidence: "close" }
 */
export function matchSkillsHeader(header: string): SkillsHeaderMatch | undefined {
  if (MATCH_CACHE.has(header)) return MATCH_CACHE.get(header);
  const match = findMatch(header);
  if (MATCH_CACHE.size >= MATCH_CACHE_SIZE) MATCH_CACHE.clear();
  MATCH_CACHE.set(header, match);
  return match;
}

/** Every candidate header row is read, then the header row again: remember recent answers. */
const MATCH_CACHE = new Map<string, SkillsHeaderMatch | undefined>();
const MATCH_CACHE_SIZE = 5_000;

function findMatch(header: string): SkillsHeaderMatch | undefined {
  const folded = foldName(header);
  if (folded === "") return undefined;
  const own = lookUp(folded);
  if (own) return own;
  const unsuffixed = lookUp(folded.replace(RATING_SUFFIX, ""));
  if (unsuffixed) return { key: unsuffixed.key, confidence: "alias" };
  const identity = identityMatch(header);
  if (identity && identity.confidence !== "close") return identity;
  return closeMatch(folded) ?? identity;
}

/**
 * The identity column a header names, with the roster import's spellings and near
 * misses ("社員コード", "Speciality Feild"); undefined for any other roster column.
 */
export function identityMatch(header: string): SkillsHeaderMatch | undefined {
  const match = matchHeader(header);
  return match && IDENTITY.has(match.key)
    ? { key: match.key as IdentityKey, confidence: match.confidence }
    : undefined;
}

/**
 * How well a row's texts name Skills columns, to find the header row: 2 per column
 * named exactly or by an accepted spelling, 1 per near miss, each column once.
 */
export function skillsHeaderScore(texts: readonly string[]): number {
  const weights = new Map<SkillsColumnKey, number>();
  for (const text of texts) {
    const match = matchSkillsHeader(text);
    if (match)
      weights.set(match.key, Math.max(weights.get(match.key) ?? 0, match.confidence === "close" ? 1 : 2));
  }
  let score = 0;
  for (const w of weights.values()) score += w;
  return score;
}

/** One source column and the Skills column it feeds, or "extra". */
export interface SkillsMappedColumn {
  readonly index: number;
  readonly header: string;
  readonly target: SkillsColumnKey | "extra";
  readonly confidence: MatchConfidence;
  /** Why the column landed where it did, when the user should check it. */
  readonly note?: Localized;
}

/**
 * Maps a header row to Skills columns: exact and alias matches first, then close
 * ones; a second column for a taken Skills column stays as an extra column.
 * @example mapSkillsImportColumns(["氏名", "リーダーシップ", "備考"]).map((c) => c.target)
 *   // => ["name", "leadership", "extra"]
 */
export function mapSkillsImportColumns(headers: readonly unknown[]): SkillsMappedColumn[] {
  const texts = headers.map(cellText);
  const matches = texts.map(matchSkillsHeader);
  const columns = assignColumns(matches).map((placed, index): SkillsMappedColumn => {
    const header = texts[index] ?? "";
    if (placed.target === "extra") {
      const dup = placed.duplicateOf;
      return {
        index,
        header,
        target: "extra",
        confidence: "none",
        ...(dup ? { note: duplicateNote(header, index, dup.key, texts[dup.index] ?? "", dup.index) } : {}),
      };
    }
    return {
      index,
      header,
      target: placed.target,
      confidence: placed.confidence,
      ...(placed.confidence === "close" ? { note: closeNote(header, placed.target) } : {}),
    };
  });
  return columns;
}

/** The header of a Skills column in a language. */
export function skillsHeader(key: SkillsColumnKey): Localized {
  return SKILLS_COLUMNS.find((c) => c.key === key)?.header ?? { en: key, ja: key };
}

// ---- Names ----

/** Trailing words that say the column holds a rating: "リーダーシップ（レベル）", "Leadership Lv". */
const RATING_SUFFIX = /(?:レベル|評価|level|lv|rating)$/;

/** Spellings of skill item columns seen in HR sheets, beyond the catalog's names. */
const SKILL_ITEM_ALIASES: Readonly<Record<SkillItemId, readonly string[]>> = {
  "system-maintenance-management": [
    "システム保守",
    "保守管理",
    "system maintenance",
    "maintenance management",
  ],
  technology: ["テクノロジー"],
  "project-management": ["プロジェクト管理", "PM"],
  leadership: ["リーダシップ"],
  communication: ["コミュニケーション力", "コミュニケーション能力"],
  negotiation: ["交渉", "交渉力", "ネゴシエーション力"],
  "hardware-technology": ["ハードウエア技術", "HW技術"],
  "software-technology": ["ソフトウエア技術", "SW技術"],
  "facility-management": ["ファシリティ管理", "ファシリティーマネジメント"],
};

const EXTRA_ALIASES: Readonly<Partial<Record<SkillsColumnKey, readonly string[]>>> = {
  target: ["目標Lv", "target lv", "goal", "goal level"],
  assessedBy: ["評価者区分", "評価種別", "evaluator", "assessed", "自己/上長"],
};

const EXACT: ReadonlyMap<string, SkillsColumnKey> = new Map(
  SKILLS_COLUMNS.filter((c) => !IDENTITY.has(c.key)).flatMap((c) => [
    [foldName(c.header.en), c.key] as const,
    [foldName(c.header.ja), c.key] as const,
  ]),
);

const ALIAS: ReadonlyMap<string, SkillsColumnKey> = (() => {
  const map = new Map<string, SkillsColumnKey>();
  const add = (name: string, key: SkillsColumnKey) => {
    const folded = foldName(name);
    if (!EXACT.has(folded) && !map.has(folded)) map.set(folded, key);
  };
  for (const item of SKILL_ITEMS)
    for (const name of [item.id, ...SKILL_ITEM_ALIASES[item.id]]) add(name, item.id);
  for (const c of SKILLS_COLUMNS) {
    if (IDENTITY.has(c.key)) continue;
    for (const name of [c.key, ...(c.aliases ?? []), ...(EXTRA_ALIASES[c.key] ?? [])]) add(name, c.key);
  }
  return map;
})();

function lookUp(folded: string): SkillsHeaderMatch | undefined {
  const exact = EXACT.get(folded);
  if (exact) return { key: exact, confidence: "exact" };
  const alias = ALIAS.get(folded);
  return alias ? { key: alias, confidence: "alias" } : undefined;
}

/** Names a near miss may land on; short ones are too easy to hit by chance. */
const CLOSE_CANDIDATES: readonly string[] = [...EXACT.keys(), ...ALIAS.keys()].filter((n) => n.length >= 4);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

/** A near miss within typo distance, with the roster import's limits (six letters for Japanese). */
function closeMatch(folded: string): SkillsHeaderMatch | undefined {
  if (folded.length < (JAPANESE.test(folded) ? 6 : 4)) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(folded.length / 3)));
  let best: SkillsColumnKey | undefined;
  let bestDistance = limit + 1;
  for (const candidate of CLOSE_CANDIDATES) {
    const d = typoDistance(folded, candidate, limit);
    if (d < bestDistance) {
      best = lookUp(candidate)?.key;
      bestDistance = d;
    }
  }
  return best === undefined ? undefined : { key: best, confidence: "close" };
}

// ---- Notes ----

function label(header: string, index: number): Localized {
  const letter = columnLetter(index);
  return header === ""
    ? { en: `column ${letter}`, ja: `${letter}列` }
    : { en: `"${header}" (column ${letter})`, ja: `「${header}」列（${letter}列）` };
}

function duplicateNote(
  header: string,
  index: number,
  key: SkillsColumnKey,
  takenHeader: string,
  takenIndex: number,
): Localized {
  const me = label(header, index);
  const other = label(takenHeader, takenIndex);
  const name = skillsHeader(key);
  return {
    en: `${me.en} also names ${name.en}, which ${other.en} already fills; it is kept as an extra column.`,
    ja: `${me.ja}も「${name.ja}」に当たりますが、既に${other.ja}を割り当てたため、追加の列として残します。`,
  };
}

function closeNote(header: string, key: SkillsColumnKey): Localized {
  const name = skillsHeader(key);
  return {
    en: `"${header}" was taken to mean ${name.en}; check this match.`,
    ja: `「${header}」を「${name.ja}」と見なしました。正しいか確認してください。`,
  };
}
