/**
 * The tables an assessment round writes: the `Self vs Manager` sheet, rebuilt from
 * each comparison without losing what HR typed into it, and the spec of the
 * append-only `History` table. Pure: the task pane's actions hand them to a workbook.
 */
import type { Lang, Localized } from "../catalog/types";
import type { SelfManagerComparison } from "./compare";
import { HISTORY_COLUMNS, type HistoryColumnKey } from "./history";
import { personKey } from "../roster/person-key";
import { SELF_VS_MANAGER_COLUMNS, selfVsManagerSheet, type SelfVsManagerKey } from "./agreement";
import { headerRow, locateColumns } from "./reading";
import { cellText, isBlank } from "../roster/normalize";
import { LAYOUT, REPORT_SHEETS } from "../layout";
import type { SheetCell, SheetTable, TableData } from "../sheets/sheet-table";

/**
 * The rounds' sheets, from the workbook layout (sheet names stay English in both
 * languages; the History table's sheet is "Round History": Excel reserves "History").
 */
export const ROUND_SHEETS = {
  selfVsManager: LAYOUT.selfVsManager,
  history: LAYOUT.history,
  trends: { sheet: REPORT_SHEETS.trends },
} as const;

/** Tables the rounds feature owns: never mistaken for a roster, although their headers look like one. */
export const ROUND_TABLES: readonly string[] = [ROUND_SHEETS.selfVsManager.table, ROUND_SHEETS.history.table];

export interface SelfVsManagerBuild {
  readonly table: SheetTable;
  /** People still differing whose agreed level or comment carried over from the earlier sheet. */
  readonly carriedOver: number;
  /** People no longer in the comparison whose rows stay because HR typed into them. */
  readonly kept: readonly { readonly employeeId: string; readonly name: string }[];
}

const COLUMN_AT = new Map(SELF_VS_MANAGER_COLUMNS.map((c, i) => [c.key, i]));
const AT = (key: SelfVsManagerKey): number => COLUMN_AT.get(key) as number;
const HR_COLUMNS: readonly SelfVsManagerKey[] = ["agreedLevel", "comment"];

const NO_LONGER_COMPARED: Localized = {
  en: "Not in the latest comparison (levels now agree, or a row is missing), so this agreed level is not used when the round is closed. Kept because something was typed here; delete the row when it is no longer needed.",
  ja: "最新の比較に含まれていません（レベルが一致した、または行が不足しています）。このため評価回を締めるときにこの合意レベルは使いません。入力内容があるため残しています。不要になったら行を削除してください。",
};

/**
 * The `Self vs Manager` table from a comparison. `existing` is the table as it is in
 * the workbook (null when there is none): the Agreed level and Comment cells HR typed
 * are carried over exactly as typed, even a value close would refuse, because the
 * person who typed it must see it again to fix it. People who dropped out of the
 * comparison keep their row when HR typed into it, after the current disagreements.
 */
export function selfVsManagerTable(
  comparison: SelfManagerComparison,
  lang: Lang,
  existing: TableData | null,
): SelfVsManagerBuild {
  const [, ...fresh] = selfVsManagerSheet(comparison, lang);
  const typed = typedRows(existing);
  const rows: SheetCell[][] = fresh.map((row) => [...row]);
  let carriedOver = 0;
  for (const row of rows) {
    const earlier = typed.get(personKey(row[AT("employeeId")]));
    if (!earlier) continue;
    typed.delete(personKey(row[AT("employeeId")]));
    for (const key of HR_COLUMNS) row[AT(key)] = earlier.cells[AT(key)] ?? "";
    carriedOver++;
  }
  const kept = [...typed.values()];
  for (const earlier of kept) {
    const row = [...earlier.cells];
    row[AT("differences")] = NO_LONGER_COMPARED[lang];
    rows.push(row);
  }
  const wide = new Set<SelfVsManagerKey>(["differences", "comment"]);
  const textual = new Set<SelfVsManagerKey>([
    "employeeId",
    "name",
    "department",
    "field",
    "differences",
    "comment",
  ]);
  return {
    table: {
      sheet: existing?.sheet ?? ROUND_SHEETS.selfVsManager.sheet,
      table: ROUND_SHEETS.selfVsManager.table,
      headers: headerRow(SELF_VS_MANAGER_COLUMNS, lang),
      rows,
      widths: SELF_VS_MANAGER_COLUMNS.map((c) => WIDTHS[c.key]),
      wrap: SELF_VS_MANAGER_COLUMNS.map((c) => wide.has(c.key)),
      text: SELF_VS_MANAGER_COLUMNS.map((c) => textual.has(c.key)),
    },
    carriedOver,
    kept: kept.map((k) => ({ employeeId: k.employeeId, name: cellText(k.cells[AT("name")]) })),
  };
}

const WIDTHS: Readonly<Record<SelfVsManagerKey, number>> = {
  employeeId: 12,
  name: 18,
  department: 16,
  field: 20,
  selfLevel: 10,
  managerLevel: 12,
  differences: 48,
  agreedLevel: 12,
  comment: 36,
};

interface TypedRow {
  readonly employeeId: string;
  /** The earlier row in this version's column order. */
  readonly cells: readonly SheetCell[];
}

/** Rows of the earlier sheet where HR typed an agreed level or a comment, by person, first row winning. */
function typedRows(existing: TableData | null): Map<string, TypedRow> {
  const typed = new Map<string, TypedRow>();
  if (!existing) return typed;
  const index = locateColumns(SELF_VS_MANAGER_COLUMNS, existing.headers);
  const idAt = index.get("employeeId");
  if (idAt === undefined) return typed;
  for (const source of existing.rows) {
    const key = personKey(source[idAt]);
    if (key === "" || typed.has(key)) continue;
    const cells = SELF_VS_MANAGER_COLUMNS.map((c) => {
      const at = index.get(c.key);
      return at === undefined ? "" : (source[at] ?? "");
    });
    if (HR_COLUMNS.every((k) => isBlank(cells[AT(k)]))) continue;
    typed.set(key, { employeeId: cellText(source[idAt]), cells });
  }
  return typed;
}

const HISTORY_TEXT: ReadonlySet<HistoryColumnKey> = new Set([
  "employeeId",
  "name",
  "department",
  "field",
  "round",
  "date",
]);
const HISTORY_WIDTHS: Readonly<Record<HistoryColumnKey, number>> = {
  employeeId: 12,
  name: 18,
  department: 16,
  field: 20,
  assessedLevel: 12,
  agreedLevel: 12,
  skillLevel: 10,
  round: 12,
  date: 12,
};

/**
 * The History table's spec for appending under a given header row (the existing
 * table's, or a new one). Text columns are found by name, because a company may
 * have reordered the columns or added its own: IDs such as "0012", labels such as
 * "2026-1" and ISO dates must land as text, or Excel turns them into numbers and
 * dates and the person or round no longer matches the rows above.
 */
export function historyTableSpec(header: readonly unknown[]): SheetTable {
  const index = locateColumns(HISTORY_COLUMNS, header);
  const keyAt = new Map([...index].map(([key, at]) => [at, key]));
  const headers = header.map(cellText);
  return {
    sheet: ROUND_SHEETS.history.sheet,
    table: ROUND_SHEETS.history.table,
    headers,
    rows: [],
    widths: headers.map((_, i) => {
      const key = keyAt.get(i);
      return key === undefined ? 14 : HISTORY_WIDTHS[key];
    }),
    text: headers.map((_, i) => {
      const key = keyAt.get(i);
      return key !== undefined && HISTORY_TEXT.has(key);
    }),
  };
}
