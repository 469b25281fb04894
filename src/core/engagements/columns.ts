/**
 * The Engagements ledger (issue 15): one row per person per engagement, English or
 * Japanese headers like the roster. Size and experience columns reuse the roster's
 * headers and aliases, so one word means one column in both tables.
 */
import type { Localized } from "../catalog/types";
import { rosterColumn, type RosterColumnKey } from "../roster/columns";
import { cellText, didYouMean, foldName } from "../roster/normalize";

export type EngagementColumnKind =
  "text" | "field" | "role" | "scope" | "integer" | "number" | "yesno" | "date";

export interface EngagementColumn {
  readonly key: EngagementColumnKey;
  readonly header: Localized;
  readonly kind: EngagementColumnKind;
  readonly help: Localized;
  readonly aliases?: readonly string[];
}

/** A ledger column that is the roster's column of the same name (header, aliases, kind). */
function fromRoster<K extends RosterColumnKey>(key: K, help?: Localized) {
  const c = rosterColumn(key);
  return {
    key,
    header: c.header,
    kind: c.kind as EngagementColumnKind,
    help: help ?? c.help,
    aliases: c.aliases ?? [],
  };
}

export const ENGAGEMENT_COLUMNS = [
  fromRoster("employeeId"),
  {
    key: "engagement",
    header: { en: "Engagement", ja: "案件" },
    kind: "text",
    help: { en: "The engagement's name or code, e.g. P-101.", ja: "案件名またはコード（例：P-101）。" },
    aliases: [
      "project",
      "project name",
      "engagement name",
      "案件名",
      "プロジェクト",
      "プロジェクト名",
      "業務名",
    ],
  },
  fromRoster("field", {
    en: "Optional: the person's field in the Roster when empty.",
    ja: "省略可。空のときはロスターの専門分野。",
  }),
  {
    key: "start",
    header: { en: "Start", ja: "開始" },
    kind: "date",
    help: { en: "First day of the engagement (a date).", ja: "案件の開始日（日付）。" },
    aliases: ["start date", "from", "開始日", "開始年月", "期間開始", "自"],
  },
  {
    key: "end",
    header: { en: "End", ja: "終了" },
    kind: "date",
    help: {
      en: "Last day of the engagement; empty while it is ongoing.",
      ja: "案件の終了日。継続中は空欄。",
    },
    aliases: ["end date", "to", "終了日", "終了年月", "期間終了", "至"],
  },
  fromRoster("role", {
    en: "Member < Leader < Responsible, on this engagement.",
    ja: "メンバー < リーダー < 責任者（この案件での立場）。",
  }),
  {
    key: "successful",
    header: { en: "Successful", ja: "成功" },
    kind: "yesno",
    help: {
      en: "Yes if the engagement succeeded; only successful engagements count.",
      ja: "案件が成功していれば「はい」。成功した案件だけが数えられます。",
    },
    aliases: ["success", "成否", "成功可否"],
  },
  fromRoster("complexity", {
    en: "How many of the field's complexity criteria this engagement met.",
    ja: "この案件が満たした複雑性の条件の数。",
  }),
  fromRoster("international"),
  fromRoster("scope"),
  fromRoster("rooms"),
  fromRoster("area"),
  fromRoster("sites"),
  fromRoster("staff"),
  fromRoster("value"),
  fromRoster("users"),
  {
    key: "evidence",
    header: { en: "Evidence", ja: "根拠" },
    kind: "text",
    help: {
      en: "Free text or a link; kept and shown, never scored.",
      ja: "自由記述またはリンク。表示のみで評価には使いません。",
    },
    aliases: ["link", "notes", "備考", "エビデンス", "根拠資料"],
  },
] as const;

export type EngagementColumnKey = (typeof ENGAGEMENT_COLUMNS)[number]["key"];

export function engagementColumn(key: EngagementColumnKey): EngagementColumn {
  return ENGAGEMENT_COLUMNS.find((c) => c.key === key) as EngagementColumn;
}

export interface EngagementHeaderMap {
  readonly headers: readonly string[];
  /** Position of each ledger column, -1 when absent. */
  readonly index: Readonly<Record<EngagementColumnKey, number>>;
  /** Near misses ("Strat" for Start), for a warning. */
  readonly suggestions: readonly { header: string; suggestion: string }[];
}

const KEY_BY_NAME: ReadonlyMap<string, EngagementColumnKey> = (() => {
  const map = new Map<string, EngagementColumnKey>();
  for (const c of ENGAGEMENT_COLUMNS) {
    for (const name of [c.header.en, c.header.ja, c.key, ...c.aliases]) {
      const folded = foldName(name);
      if (!map.has(folded)) map.set(folded, c.key);
    }
  }
  return map;
})();

const ALL_HEADERS = ENGAGEMENT_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]);

export function engagementKeyForHeader(header: unknown): EngagementColumnKey | undefined {
  return KEY_BY_NAME.get(foldName(cellText(header)));
}

export function mapEngagementHeaders(headerRow: readonly unknown[]): EngagementHeaderMap {
  const headers = headerRow.map(cellText);
  const index = Object.fromEntries(ENGAGEMENT_COLUMNS.map((c) => [c.key, -1])) as Record<
    EngagementColumnKey,
    number
  >;
  const suggestions: { header: string; suggestion: string }[] = [];
  headers.forEach((header, i) => {
    const key = engagementKeyForHeader(header);
    if (key === undefined) {
      const suggestion = header === "" ? undefined : didYouMean(header, ALL_HEADERS);
      if (suggestion !== undefined) suggestions.push({ header, suggestion });
    } else if (index[key] === -1) index[key] = i;
  });
  return { headers, index, suggestions };
}

/** Ledger rows given without a header row are read in this (the template's) column order. */
export function templateEngagementHeaders(lang: "en" | "ja" = "en"): string[] {
  return ENGAGEMENT_COLUMNS.map((c) => c.header[lang]);
}

/** How many ledger columns a header row names; 0 without Employee ID and Start (to tell a ledger from a roster). */
export function countEngagementHeaders(row: readonly unknown[]): number {
  const seen = new Set<EngagementColumnKey>();
  for (const cell of row) {
    const key = engagementKeyForHeader(cell);
    if (key) seen.add(key);
  }
  // A roster shares Employee ID, Role and the size columns with the ledger.
  return seen.has("employeeId") && seen.has("start") ? seen.size : 0;
}
