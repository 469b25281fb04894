/**
 * Import of project-history sheets (職務経歴書, 案件実績: one row per project) into the
 * Engagements table, through the pipeline the roster and assessment imports share:
 * the header row below titles, columns mapped by meaning (the ledger's names and the
 * spellings these sheets use), units read ("12名", "1.5億円"), dates in Western and
 * Japanese formats (令和5年4月, 2023/4), a 期間 column split into Start and End, every
 * unreadable cell kept and flagged, and the Import Report.
 */
import type { Lang, Localized } from "../catalog/types";
import {
  ENGAGEMENT_COLUMNS,
  engagementKeyForHeader,
  type EngagementColumn,
  type EngagementColumnKey,
} from "../engagements/columns";
import { DATE_FORMATS, formatDay, parseDate, type DateRole } from "../engagements/dates";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import type { HeaderUnit } from "../roster/quantities";
import { cellText, foldName, isBlank } from "../roster/normalize";
import {
  buildAssessmentPlan,
  changedNote,
  detectAssessmentHeader,
  extraColumnLayout,
  KEEP_CELL,
  layOutRows,
  noRowsMessage,
  type AssessmentImportResult,
  type CellReader,
  type ColumnLayout,
} from "./assessment-import";
import type { HeaderDetectionOptions } from "./detect-header";
import { headerUnitFor } from "./header-units";
import { BLANK, normaliseCell } from "./normalise-cell";
import type { SheetRows } from "./types";

/** Where a source column goes: a ledger column, the 期間 column (Start and End in one), or an extra. */
export type EngagementTarget = EngagementColumnKey | "period" | "extra";

export interface EngagementMappedColumn {
  readonly index: number;
  readonly header: string;
  readonly target: EngagementTarget;
  /** A unit the header declares ("人数（名）", "金額（千円）"), for a number column. */
  readonly unit?: HeaderUnit;
}

/** Spellings of project-history sheets beyond the ledger's own names. */
const HISTORY_SPELLINGS: Readonly<Record<Exclude<EngagementTarget, "extra">, readonly string[]>> = {
  period: [
    "期間",
    "参画期間",
    "従事期間",
    "担当期間",
    "プロジェクト期間",
    "時期",
    "period",
    "duration of engagement",
  ],
  engagement: ["案件名称", "プロジェクト名称", "業務名称", "件名", "project title", "engagement title"],
  start: ["開始時期", "参画開始", "参画開始日", "着手", "着手日", "開始年月日", "from date"],
  end: ["終了時期", "参画終了", "参画終了日", "完了", "完了日", "終了年月日", "to date"],
  role: ["担当", "担当役割", "体制上の役割", "ポジション", "参画ポジション"],
  staff: ["人数", "チーム人数", "体制人数", "メンバー数", "要員", "team size", "headcount"],
  successful: ["結果", "成否", "評価結果", "outcome"],
  evidence: ["業務内容", "作業内容", "担当業務", "概要", "内容", "成果", "description", "summary"],
  employeeId: [],
  field: [],
  complexity: [],
  international: ["海外", "海外案件", "国際案件"],
  scope: [],
  rooms: [],
  area: [],
  sites: [],
  value: ["受注金額", "契約額", "案件金額"],
  users: [],
};

const TARGET_BY_SPELLING: ReadonlyMap<string, Exclude<EngagementTarget, "extra">> = new Map(
  (Object.keys(HISTORY_SPELLINGS) as Exclude<EngagementTarget, "extra">[]).flatMap((target) =>
    HISTORY_SPELLINGS[target].map((s) => [foldName(s), target] as const),
  ),
);

/** The columns that only a project history has: they tell it from a roster. */
const HISTORY_ONLY: ReadonlySet<EngagementTarget> = new Set([
  "engagement",
  "start",
  "end",
  "period",
  "successful",
]);

/**
 * The ledger column a header names: the ledger's names and aliases, the spellings of
 * project-history sheets, or the header with a declared unit ("人数（名）").
 */
export function engagementTarget(header: unknown): Exclude<EngagementTarget, "extra"> | undefined {
  const text = cellText(header);
  if (text === "") return undefined;
  const folded = foldName(text);
  const own = TARGET_BY_SPELLING.get(folded) ?? engagementKeyForHeader(text);
  if (own) return own;
  // "人数（名）", "受注額（千円）": the header without its unit.
  const bare = text.replace(/[（(][^（）()]*[)）]\s*$/, "");
  return bare !== text ? (TARGET_BY_SPELLING.get(foldName(bare)) ?? engagementKeyForHeader(bare)) : undefined;
}

/**
 * How well a row's texts name project-history columns, to find the header row:
 * 2 per ledger column named, each column once.
 * @example engagementsHeaderScore(["社員番号", "案件名", "期間", "役割"]) // => 8
 */
export function engagementsHeaderScore(texts: readonly string[]): number {
  const seen = new Set<EngagementTarget>();
  for (const t of texts) {
    const target = engagementTarget(t);
    if (target) seen.add(target);
  }
  return seen.size * 2;
}

/** How many columns only a project history has (Engagement, Start, End, 期間, Successful) a row names. */
export function historyOnlyColumns(texts: readonly string[]): number {
  const seen = new Set<EngagementTarget>();
  for (const t of texts) {
    const target = engagementTarget(t);
    if (target && HISTORY_ONLY.has(target)) seen.add(target);
  }
  return seen.size;
}

/** Maps a header row: the first column of each target wins, later ones are extras. */
export function mapEngagementColumns(headers: readonly unknown[]): EngagementMappedColumn[] {
  const taken = new Set<EngagementTarget>();
  return headers.map((h, index): EngagementMappedColumn => {
    const header = cellText(h);
    const target = engagementTarget(header);
    if (!target || taken.has(target)) return { index, header, target: "extra" };
    taken.add(target);
    const unit = isRosterKey(target) ? headerUnitFor(header, target) : undefined;
    return unit ? { index, header, target, unit } : { index, header, target };
  });
}

export interface EngagementsImportOptions extends HeaderDetectionOptions {
  /** Language of the ledger headers the plan writes (an existing table keeps its own). */
  readonly lang: Lang;
}

export type EngagementsImportResult = AssessmentImportResult<EngagementMappedColumn>;

/**
 * Plans the import of a project-history sheet into the Engagements table.
 * @example
 *   planEngagementSheet([["社員番号", "案件名", "期間", "役割"], ["E001", "P-1", "令和5年4月～令和6年3月", "リーダー"]], { lang: "ja" })
 *   // => ok; the row's Start is "2023-04-01", End "2024-03-31", Role "リーダー"
 */
export function planEngagementSheet(
  rows: SheetRows,
  options: EngagementsImportOptions,
): EngagementsImportResult {
  const found = detectAssessmentHeader(rows, { ...options, score: engagementsHeaderScore });
  if (!found.ok) return found;
  const { detection } = found;
  const mapping = mapEngagementColumns(detection.headers);
  const byTarget = new Map<EngagementTarget, EngagementMappedColumn>();
  for (const c of mapping) if (c.target !== "extra") byTarget.set(c.target, c);
  if (![...byTarget.keys()].some((t) => HISTORY_ONLY.has(t)))
    return { ok: false, message: notAHistory(detection.headerRowNumber) };
  if (detection.dataRows.length === 0)
    return { ok: false, message: noRowsMessage(detection.headerRowNumber) };

  const period = byTarget.get("period");
  const layout: ColumnLayout[] = [
    ...ENGAGEMENT_COLUMNS.map((c: EngagementColumn): ColumnLayout => {
      const own = byTarget.get(c.key);
      // Start and End come from a 期間 column when the sheet has no column of their own.
      const fromPeriod = !own && period && (c.key === "start" || c.key === "end");
      const source = own ?? (fromPeriod ? period : undefined);
      return {
        column: {
          target: c.key,
          header: c.header[options.lang],
          sourceIndex: source?.index ?? null,
          sourceHeader: source?.header ?? null,
        },
        read: fromPeriod ? readPeriodPart(c.key as DateRole) : reader(c, source?.unit),
      };
    }),
    ...mapping
      .filter(
        (c) =>
          c.target === "extra" || (c.target === "period" && byTarget.has("start") && byTarget.has("end")),
      )
      .map(extraColumnLayout),
  ];
  const notes: Localized[] = [];
  if (period && !(byTarget.has("start") && byTarget.has("end"))) notes.push(periodNote(period.header));
  if (!byTarget.has("successful")) notes.push(NO_SUCCESSFUL_COLUMN);
  const missing = ENGAGEMENT_COLUMNS.filter(
    (c) => !byTarget.has(c.key) && !(period && (c.key === "start" || c.key === "end")),
  );
  if (missing.length > 0) notes.push(missingColumnsNote(missing));
  const required = new Map<string, { problem: Localized; valid: Localized }>();
  if (!byTarget.has("employeeId")) required.set("employeeId", { problem: NO_COLUMN, valid: ID_VALID });
  if (!byTarget.has("start") && !period) required.set("start", { problem: NO_COLUMN, valid: DATE_FORMATS });
  const built = buildAssessmentPlan(detection, layout, layOutRows(detection, layout), {
    headerLanguage: options.lang,
    reserved: RESERVED,
    notes,
    required,
  });
  return built.ok ? { ok: true, detection, mapping, plan: built.plan } : built;
}

/** The ledger column a header of the Engagements table names; null for another column. */
export function engagementColumnMeaning(header: unknown): string | null {
  return engagementKeyForHeader(header) ?? null;
}

const RESERVED: readonly string[] = ENGAGEMENT_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]);

function isRosterKey(target: EngagementTarget): target is EngagementTarget & RosterColumnKey {
  return ROSTER_COLUMNS.some((c) => c.key === target);
}

// ---- Cell readers ----

const EMPTY: Localized = { en: "is empty", ja: "空欄です" };
const NOT_A_DATE: Localized = { en: "is not a date", ja: "は日付として無効です" };
const NO_COLUMN: Localized = {
  en: "has no column in the sheet, so the engagement cannot be counted",
  ja: "に当たる列がシートにないため、この案件は数えられません",
};
const ID_VALID: Localized = {
  en: "the person's Employee ID, as in the Roster",
  ja: "名簿と同じ社員番号",
};

function reader(column: EngagementColumn, unit: HeaderUnit | undefined): CellReader {
  if (column.key === "employeeId") return readEmployeeId;
  if (column.kind === "date") return readDate(column.key as DateRole);
  if (column.kind === "text") return KEEP_CELL;
  const key = column.key as RosterColumnKey;
  return (raw) => normaliseCell(key, raw, unit);
}

/** The Employee ID links an engagement to its person: a blank one is flagged. */
const readEmployeeId: CellReader = (raw) =>
  isBlank(raw) ? { ok: false, problem: EMPTY, valid: ID_VALID } : { ok: true, value: raw };

/** End words that mean "still going": the End lands blank, as the ledger writes an ongoing engagement. */
const ONGOING = /^(現在|現在まで|至現在|継続|継続中|進行中|参画中|present|now|ongoing|current|today)$/i;

/**
 * A Start or End date in any format the ledger reads, written as yyyy-mm-dd (a date
 * once in Excel, a number as the template's date checks want); a month alone is its first day for a Start and its last for an End.
 */
function readDate(role: DateRole): CellReader {
  return (raw) => {
    if (isBlank(raw)) return BLANK;
    const text = cellText(raw);
    if (role === "end" && ONGOING.test(text.normalize("NFKC").replace(/\s+/g, "")))
      return { ok: true, value: null, note: ongoingNote(text) };
    const parsed = parseDate(raw, role);
    if (!parsed.ok) return { ok: false, problem: NOT_A_DATE, valid: DATE_FORMATS };
    // A Date lands as its yyyy-mm-dd text, not formatted as text: Excel makes it a date, as the template's rows.
    const value = new Date(parsed.day * 86_400_000);
    if (typeof raw === "number" || raw instanceof Date) return { ok: true, value };
    const note = changedNote(raw, formatDay(parsed.day));
    return note ? { ok: true, value, note } : { ok: true, value };
  };
}

/**
 * One end of a 期間 cell ("2021年4月～2023年3月", "R3.4 - 現在", "2019/04-2021/03"):
 * the part before the separator is the Start, the part after it the End.
 */
function readPeriodPart(role: DateRole): CellReader {
  const read = readDate(role);
  return (raw, cellOf) => {
    if (isBlank(raw) || typeof raw !== "string") return role === "start" ? read(raw, cellOf) : BLANK;
    const [first, second] = splitPeriod(raw);
    return read(role === "start" ? first : (second ?? ""), cellOf);
  };
}

/** A period's two ends; one part when the cell holds a single date. */
export function splitPeriod(text: string): [string, string?] {
  const t = text.normalize("NFKC").trim();
  const parts = t.split(/\s*(?:~|〜|～|から|–|—|―|\bto\b|\s-\s)\s*/i).filter((p) => p !== "");
  if (parts.length >= 2) return [parts[0] as string, (parts[1] as string).replace(/まで$/, "")];
  const dashed = /^(\d{4}[./年]\S*?)\s*-\s*(\d{4}[./年]\S*|\S*現在|\S*継続中?|present|now)$/i.exec(t);
  if (dashed) return [dashed[1] as string, dashed[2] as string];
  return [t];
}

// ---- Messages ----

function notAHistory(headerRow: number): Localized {
  return {
    en: `Row ${headerRow}, the header row, names no engagement column (such as Engagement, Start, End, 案件名 or 期間), so this is not a project history.`,
    ja: `見出し行（${headerRow}行目）に案件の列（案件名、期間、開始、終了など）がないため、案件実績として取り込めません。`,
  };
}

function periodNote(header: string): Localized {
  return {
    en: `"${header}" holds each engagement's period: its first date is read as Start and its second as End ("現在" or "present": ongoing, End left blank).`,
    ja: `「${header}」列は案件の期間として読み、前の日付を開始、後の日付を終了にしました（「現在」「継続中」は継続中として終了を空欄）。`,
  };
}

function ongoingNote(text: string): Localized {
  return {
    en: `"${text}" read as ongoing: End left blank`,
    ja: `「${text}」は継続中として終了を空欄にしました`,
  };
}

const NO_SUCCESSFUL_COLUMN: Localized = {
  en: "No column says whether each engagement succeeded: Successful stays blank, and only successful engagements count toward a level. Fill it in in the Engagements table.",
  ja: "案件の成否を示す列がありません。「成功」は空欄になり、成功した案件だけがレベルに数えられます。Engagements表で入力してください。",
};

function missingColumnsNote(missing: readonly EngagementColumn[]): Localized {
  return {
    en: `These Engagements columns are not in the sheet and stay blank: ${missing.map((c) => c.header.en).join(", ")}.`,
    ja: `次のEngagements表の列はシートにないため空欄になります：${missing.map((c) => c.header.ja).join("、")}。`,
  };
}
