/**
 * Where an import plan lands: its rows arranged in the column order of the Roster
 * table they join (roster columns matched by meaning, extra columns by header,
 * missing ones added at the right), and the Import Report sheet that says what
 * was read, imported and flagged.
 */
import type { Lang } from "../catalog/types";
import type { ImportPlan, ImportSummary } from ".";
import { rosterKeyForHeader } from "../roster/header-map";
import { cellText, foldName } from "../roster/normalize";
import { personKey } from "../roster/person-key";
import { ASSESSED_BY_COLUMN, parseAssessor } from "../rounds/assessments";
import { HISTORY_COLUMNS } from "../rounds/history";
import { locateColumns } from "../rounds/reading";
import type { SheetReport } from "../sheets/report";
import type { SheetCell, SheetTable } from "../sheets/sheet-table";
import { REPORT_SHEETS } from "../layout";

export interface ArrangedRows {
  /** The table's headers after the import (existing ones, then added ones). */
  readonly headers: readonly string[];
  readonly newColumns: readonly string[];
  readonly rows: SheetCell[][];
  /** Per cell: must land as literal text. */
  readonly literal: boolean[][];
  /** Per table column: the source has a column for it (an update writes only these). */
  readonly provided: readonly boolean[];
}

/**
 * Arranges the plan's rows for a table with `existing` headers (null: a new table in
 * the plan's own order). Every plan column lands somewhere: nothing is dropped.
 */
export function arrangeForTable(plan: ImportPlan, existing: readonly SheetCell[] | null): ArrangedRows {
  const planHeaders = plan.columns.map((c) => c.header);
  if (!existing) {
    return {
      headers: planHeaders,
      newColumns: [],
      rows: plan.rows.map((r) => r.values.map(toCell)),
      literal: plan.rows.map((r) => plan.columns.map((_, c) => r.literalText.includes(c))),
      provided: plan.columns.map((c) => c.sourceIndex !== null),
    };
  }
  const existingHeaders = existing.map(cellText);
  const headers = [...existingHeaders];
  const newColumns: string[] = [];
  const target = plan.columns.map((column) => {
    const at = column.key
      ? existingHeaders.findIndex((h) => rosterKeyForHeader(h) === column.key)
      : existingHeaders.findIndex((h) => sameExtraColumn(h, column.header));
    if (at >= 0) return at;
    headers.push(column.header);
    newColumns.push(column.header);
    return headers.length - 1;
  });
  const rows = plan.rows.map((r) => {
    const out: SheetCell[] = headers.map(() => null);
    r.values.forEach((v, c) => (out[target[c] as number] = toCell(v)));
    return out;
  });
  const literal = plan.rows.map((r) => {
    const out = headers.map(() => false);
    for (const c of r.literalText) out[target[c] as number] = true;
    return out;
  });
  const provided = headers.map(() => false);
  plan.columns.forEach((c, i) => {
    if (c.sourceIndex !== null) provided[target[i] as number] = true;
  });
  return { headers, newColumns, rows, literal, provided };
}

/** What an import does to the rows of the table it lands in, counted for the preview and the report. */
export interface LandingCounts {
  /** People already in the table whose row the import changed. */
  readonly updated: number;
  /** Rows appended: new people (or every row, when appending or into a new table). */
  readonly added: number;
  /** People already in the table whose row the import would not change. */
  readonly unchanged: number;
  /** Imported rows with a problem (updated or added, and flagged). */
  readonly flagged: number;
  /** Rows removed first (replace). */
  readonly removed: number;
}

/** A row of the table written in place: null leaves a cell as it is. */
export interface RowUpdate {
  /** 0-based data row of the table. */
  readonly index: number;
  readonly cells: readonly SheetCell[];
  readonly literal: readonly boolean[];
}

export interface Landing {
  readonly headers: readonly string[];
  readonly newColumns: readonly string[];
  /** Data rows (0-based) removed before appending (replace). */
  readonly remove: readonly number[];
  readonly update: readonly RowUpdate[];
  readonly append: SheetCell[][];
  readonly literal: boolean[][];
  readonly counts: LandingCounts;
}

/** The table an import lands in, as read: its header row and data rows. */
export interface LandingTable {
  readonly headers: readonly SheetCell[];
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * How a plan lands in a table (null: a new table). In "update" mode a row whose person
 * is already in the table (same Employee ID, or name when there is no ID; and the same
 * `Assessed by` and round where the table has them) is written over that person's row,
 * only in the columns the source has, and only when a value differs; other rows are
 * appended. Importing the same file twice changes nothing the second time.
 * @example landImport(plan, roster).counts // => { updated: 2, added: 1, unchanged: 35, flagged: 0, removed: 0 }
 */
export function landImport(plan: ImportPlan, existing: LandingTable | null): Landing {
  const arranged = arrangeForTable(plan, existing?.headers ?? null);
  const flagged = plan.report.summary.flagged;
  const all = (removed: readonly number[]): Landing => ({
    headers: arranged.headers,
    newColumns: arranged.newColumns,
    remove: removed,
    update: [],
    append: arranged.rows,
    literal: arranged.literal,
    counts: { updated: 0, added: arranged.rows.length, unchanged: 0, flagged, removed: removed.length },
  });
  if (!existing || plan.mode === "append" || plan.mode === "new-sheet") return all([]);
  if (plan.mode === "replace") return all(existing.rows.map((_, i) => i));

  const keyOf = identityKey(arranged.headers);
  const waiting = new Map<string, number[]>();
  existing.rows.forEach((row, i) => {
    const key = keyOf(row);
    if (key === "") return;
    const list = waiting.get(key);
    if (list) list.push(i);
    else waiting.set(key, [i]);
  });
  const append: SheetCell[][] = [];
  const literal: boolean[][] = [];
  const update: RowUpdate[] = [];
  let unchanged = 0;
  arranged.rows.forEach((row, r) => {
    const key = keyOf(row);
    // Two rows of one person in the file match that person's rows in the table in order.
    const at = key === "" ? undefined : waiting.get(key)?.shift();
    const old = at === undefined ? undefined : existing.rows[at];
    if (at === undefined || !old) {
      append.push(row);
      literal.push(arranged.literal[r] ?? []);
      return;
    }
    let changed = false;
    const cells = row.map((value, c): SheetCell => {
      if (!arranged.provided[c] || sameCell(old[c], value)) return null;
      changed = true;
      return value ?? "";
    });
    if (!changed) unchanged++;
    else update.push({ index: at, cells, literal: arranged.literal[r] ?? [] });
  });
  return {
    headers: arranged.headers,
    newColumns: arranged.newColumns,
    remove: [],
    update,
    append,
    literal,
    counts: { updated: update.length, added: append.length, unchanged, flagged, removed: 0 },
  };
}

/** The identity columns of a roster table: the person (ID, else name), who assessed, the round. */
function identityKey(headers: readonly SheetCell[]): (row: readonly SheetCell[]) => string {
  const keys = headers.map(rosterKeyForHeader);
  const id = keys.indexOf("employeeId");
  const name = keys.indexOf("name");
  const extra = locateColumns<string>(KNOWN_EXTRAS, headers);
  const assessor = extra.get("assessedBy") ?? -1;
  const round = extra.get("round") ?? -1;
  return (row) => {
    const person = personKey(id >= 0 ? row[id] : "", name >= 0 ? row[name] : "");
    if (person === "") return "";
    const by = assessor >= 0 ? (parseAssessor(row[assessor]) ?? foldName(cellText(row[assessor]))) : "";
    return `${person}\u0000${by}\u0000${round >= 0 ? foldName(cellText(row[round])) : ""}`;
  };
}

/** The roster may carry the round of its rows, as History names it. */
const ROUND_COLUMN = HISTORY_COLUMNS.filter((c) => c.key === "round");
const KNOWN_EXTRAS = [ASSESSED_BY_COLUMN, ...ROUND_COLUMN];

/** An extra column lands in the table's column of the same name, or of the same meaning (評価者 = Assessed by). */
function sameExtraColumn(existing: string, header: string): boolean {
  if (foldName(existing) === foldName(header)) return true;
  const key = knownExtra(header);
  return key !== undefined && knownExtra(existing) === key;
}

function knownExtra(header: string): string | undefined {
  return locateColumns<string>(KNOWN_EXTRAS, [header]).keys().next().value;
}

/** A cell the import would leave as it is: blank is blank, a date as Excel stores it is its ISO text. */
function sameCell(old: SheetCell | undefined, value: SheetCell): boolean {
  return landedText(old) === landedText(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A cell as the table holds it once written, as text to compare: an import writes a
 * day as yyyy-mm-dd, which Excel stores as its date serial (1900 date system).
 */
export function landedText(value: SheetCell | undefined): string {
  if (typeof value === "string" && ISO_DATE.test(value.trim())) {
    const iso = value.trim();
    const ms = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    return String(ms / 86_400_000 + 25_569);
  }
  return cellText(value);
}

function toCell(value: unknown): SheetCell {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value === undefined) return null;
  return value as SheetCell;
}

export const IMPORT_REPORT_SHEET = REPORT_SHEETS.importReport;

/** Source rows an import left out because the table already holds them (assessments, engagements). */
export interface RepeatedRows {
  readonly table: string;
  /** 1-based source rows, in order. */
  readonly rows: readonly number[];
}

/** The plan's counts once the rows the table already held are left out: imported and flagged count what was added. */
export function summaryWithout(
  plan: Pick<ImportPlan, "rows" | "report">,
  repeated: readonly number[],
): ImportSummary {
  const s = plan.report.summary;
  if (repeated.length === 0) return s;
  const left = new Set(repeated);
  const flagged = plan.rows.filter((r) => r.problems.length > 0 && !left.has(r.sourceRow)).length;
  return { ...s, imported: s.imported - repeated.length, flagged };
}

/** "4, 5, 9" or "4, 5, 9, …": the first twenty rows, so the cell stays readable (the count is beside it). */
function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 20).join(", ");
  return rows.length > 20 ? `${shown}, …` : shown;
}

/** The Import Report: summary counts, every problem with its source cell, what was changed and why. */
export function importReport(
  plan: ImportPlan,
  lang: Lang,
  source: string,
  landing?: LandingCounts,
  repeated?: RepeatedRows,
): SheetReport {
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const s = summaryWithout(plan, repeated?.rows ?? []);
  const left = repeated?.rows.length ?? 0;
  const summary: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportSummary",
    headers: [t("Import of", "取り込み元"), t("Count", "件数")],
    rows: [
      [source, null],
      [t("Rows read", "読み込んだ行"), s.read],
      [t("Rows imported", "取り込んだ行"), s.imported],
      [t("Rows flagged (imported, need fixing)", "要確認の行（取り込み済み・修正が必要）"), s.flagged],
      ...(repeated && left > 0
        ? ([
            [
              t(
                `Rows already in the ${repeated.table} table with the same values, not added again (source rows ${rowList(repeated.rows)})`,
                `${repeated.table}表に同じ値で既にある行（再度は追加せず。元の行 ${rowList(repeated.rows)}）`,
              ),
              left,
            ],
          ] as SheetCell[][])
        : []),
      ...(landing
        ? ([
            [t("People updated (same Employee ID)", "更新した人（同じ社員番号）"), landing.updated],
            [t("Rows added", "追加した行"), landing.added],
            [t("People unchanged", "変更のない人"), landing.unchanged],
            ...(landing.removed > 0
              ? [[t("Rows replaced (removed first)", "置き換えた行（先に削除）"), landing.removed]]
              : []),
          ] as SheetCell[][])
        : []),
      [t("Problems", "問題"), s.problems],
      [t("Cells written differently (units, spellings)", "変換したセル（単位・表記）"), s.changed],
      [t("Blank rows skipped", "スキップした空行"), s.blankRowsSkipped],
      [
        t("Totals rows skipped (people below them read)", "スキップした合計行（下の人は読込済み）"),
        s.totalsRowsSkipped,
      ],
      [
        t("Rows below the end of the data, not imported", "データ末尾より下の行（取り込みなし）"),
        s.rowsBelowEnd,
      ],
      ...plan.report.sheetNotes.map((n) => [n[lang], null] as SheetCell[]),
    ],
    widths: [60, 12],
    wrap: [true, false],
    text: [true, false],
  };
  const problems: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportProblems",
    headers: [
      t("Source row", "元の行"),
      t("Column", "列"),
      t("Value", "値"),
      t("Problem", "問題"),
      t("Valid", "有効な値"),
    ],
    rows:
      plan.report.problems.length > 0
        ? plan.report.problems.map((p) => [p.row, p.header, p.value, p.message[lang], p.valid[lang]])
        : [[null, null, null, t("No problems", "問題はありません"), null]],
    widths: [10, 22, 22, 70, 40],
    wrap: [false, false, false, true, true],
    text: [false, true, true, true, true],
  };
  const changes: SheetTable = {
    sheet: IMPORT_REPORT_SHEET,
    table: "ImportChanges",
    headers: [t("Column", "列"), t("Cells changed", "変換したセル数"), t("Example", "例")],
    rows:
      plan.report.changes.length > 0
        ? plan.report.changes.map((c) => [c.header, c.count, c.examples.map((e) => e.note[lang]).join("\n")])
        : [[t("Nothing changed", "変換なし"), 0, null]],
    widths: [24, 14, 70],
    wrap: [false, false, true],
    text: [true, false, true],
  };
  return { sheet: IMPORT_REPORT_SHEET, tables: [summary, problems, changes], charts: [] };
}
