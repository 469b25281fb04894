/**
 * What ITSSHISTORY computes: one person's closed rounds from the History table,
 * spilled one row per round (Round, Date, Assessed level, Agreed level, Skill
 * level), in date order like the Trends sheet: a round closed again sits at the
 * bottom of the append-only table but keeps its place in time (table order when a
 * date is missing). Pure, like evaluate.ts: problems are thrown as
 * FunctionError, which functions.ts turns into #VALUE! or #N/A.
 */
import { HISTORY_COLUMNS, type HistoryColumnKey } from "../core/rounds/history";
import { parseLevel } from "../core/rounds/reading";
import { personKey } from "../core/roster/person-key";
import { dateCellText } from "../core/rounds/round-label";
import { locateColumns, missingColumns, quoteHeaders } from "../core/rounds/reading";
import { cellText, isBlank } from "../core/roster/normalize";
import { FunctionError } from "./evaluate";
import { nonValue, omitted } from "./host-cells";

type Matrix = readonly (readonly unknown[])[];

/** The spilled columns, in order. */
export const ITSSHISTORY_COLUMNS: readonly HistoryColumnKey[] = [
  "round",
  "date",
  "assessedLevel",
  "agreedLevel",
  "skillLevel",
];

/** Skill level may be missing: workbooks without a skill assessment spill it blank. */
const REQUIRED: readonly HistoryColumnKey[] = ["employeeId", "round", "date", "assessedLevel", "agreedLevel"];

/**
 * @param employeeId the person's Employee ID (a cell; width and case do not matter)
 * @param history the History table with its header row, e.g. History[#All]; or, with
 *   `headers`, only the person's rows, e.g. FILTER(History, History[Employee ID]=[@[Employee ID]], ""),
 *   which keeps each call's payload small however long History grows (Excel on the web limits
 *   a batch of custom-function calls to about 5 MB)
 * @param headers the History table's header row (History[#Headers]) when `history` has none
 * @example itssHistory("E001", historyTable) // => [["FY2026 H1", "2026-03-31", 3, "", ""], ["FY2026 H2", "2026-09-30", 3, 4, ""]]
 */
export function itssHistory(
  employeeId: unknown,
  history: Matrix,
  headers: Matrix | null = null,
): (string | number)[][] {
  const id = readEmployeeId(employeeId);
  if (!Array.isArray(history) || history.length === 0) {
    throw new FunctionError(
      "#VALUE!",
      "history must be the History table with its header row, such as History[#All]",
    );
  }
  const separate = Array.isArray(headers) && Array.isArray(headers[0]);
  const header = separate ? (headers as Matrix)[0] : (history as Matrix)[0];
  const body = separate ? (history as Matrix) : (history as Matrix).slice(1);
  const index = locateColumns(HISTORY_COLUMNS, header ?? []);
  const missing = missingColumns(HISTORY_COLUMNS, index, REQUIRED);
  if (missing.length > 0) {
    throw new FunctionError(
      "#VALUE!",
      `history has no column ${quoteHeaders(missing, "en")}; pass the History table with its header row, such as History[#All]`,
    );
  }
  const idAt = index.get("employeeId") as number;
  const key = personKey(id);
  const spilled = body
    .filter((row) => personKey(row[idAt]) === key)
    .map((row) => ITSSHISTORY_COLUMNS.map((column) => spilledCell(column, cellAt(row, index.get(column)))));
  if (spilled.length === 0) {
    throw new FunctionError("#N/A", `Employee ID "${cellText(id)}" has no rows in the History table`);
  }
  return inDateOrder(spilled);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_AT = ITSSHISTORY_COLUMNS.indexOf("date");

/** Sorted by the Date cell when every row has one (a stable sort keeps same-day rows in table order). */
function inDateOrder(rows: (string | number)[][]): (string | number)[][] {
  const day = (row: readonly (string | number)[]): string => String(row[DATE_AT] ?? "");
  if (!rows.every((row) => ISO_DATE.test(day(row)))) return rows;
  return [...rows].sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
}

function readEmployeeId(value: unknown): unknown {
  let cell = value;
  if (Array.isArray(value)) {
    const only = value.length === 1 && Array.isArray(value[0]) && value[0].length === 1;
    if (!only) throw new FunctionError("#VALUE!", "employeeId must be one cell, such as [@[Employee ID]]");
    cell = (value[0] as unknown[])[0];
  }
  const what = nonValue(cell);
  if (what) throw new FunctionError("#VALUE!", `employeeId ${what.en}`);
  // An empty cell arrives as 0 on Excel desktop (see host-cells.ts): no one's ID is 0.
  if (omitted(cell)) throw new FunctionError("#VALUE!", "employeeId is empty; pass the person's Employee ID");
  return cell;
}

function cellAt(row: readonly unknown[], at: number | undefined): unknown {
  return at === undefined ? undefined : row[at];
}

/**
 * Levels as numbers so the spill can be charted; blanks stay blank; odd text is shown as typed.
 * Excel desktop passes an empty cell as 0 and the web as null (see host-cells.ts): an empty
 * Round, Date, Agreed or Skill level cell arrives as 0 on desktop, so there 0 is blank on
 * both hosts. The assessed level is always written when a round closes, so its 0 is level 0.
 */
function spilledCell(column: HistoryColumnKey, value: unknown): string | number {
  if (nonValue(value)) return "";
  if (value === 0 && column !== "assessedLevel") return "";
  if (column === "date") return dateCellText(value);
  if (column === "round" || isBlank(value)) return cellText(value);
  const level = parseLevel(value);
  return level.ok ? level.value : cellText(value);
}
