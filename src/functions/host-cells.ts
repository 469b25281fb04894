/**
 * Arguments as Excel hands them to a custom function, made alike on every host.
 *
 * - An empty cell inside a range argument arrives as `0` in Excel desktop and as `null`
 *   in Excel on the web; a single empty cell given as a scalar arrives as `0` on desktop
 *   (office-js issues 4702, 1951, 5262). A name or yes/no column cannot hold a real 0,
 *   so there a 0 is blank; an optional scalar given as 0 is "omitted".
 * - A missing optional argument arrives as `null` (Microsoft Learn, "Custom functions
 *   parameter options": optional parameters), some hosts `undefined`.
 * - A cell holding a data type (entity, linked type, image) or an error arrives as an
 *   object, not text: CustomFunctions.ErrorCode lists #NAME? and #REF! as input errors
 *   (@types/custom-functions-runtime, CustomFunctionsRuntime 1.3), and data types reach
 *   functions as their JSON (Microsoft Learn, "Use data types with custom functions").
 *   Such a cell is never turned into "[object Object]": the caller names it.
 */
import type { Localized } from "../core/catalog/types";
import type { RosterColumnKey } from "../core/roster/columns";
import type { HeaderMap } from "../core/roster/header-map";
import { isBlank } from "../core/roster/normalize";

export type Matrix = readonly (readonly unknown[])[];

/** An optional scalar argument the user left out: missing, blank, or an empty cell (desktop 0). */
export function omitted(value: unknown): boolean {
  return value === 0 || isBlank(value);
}

/** A cell that holds no plain value (an error or a data type), described for a message; else null. */
export function nonValue(cell: unknown): Localized | null {
  if (cell === null || typeof cell !== "object" || cell instanceof Date) return null;
  const o = cell as Record<string, unknown>;
  const code = typeof o.code === "string" ? o.code : typeof o.errorType === "string" ? o.errorType : "";
  if (code.startsWith("#") || o.type === "Error") {
    const shown = code.startsWith("#") ? code : "an error";
    return { en: `holds ${shown}`, ja: `にエラー（${shown}）があります` };
  }
  const text =
    typeof o.text === "string" ? o.text : typeof o.basicValue === "string" ? o.basicValue : undefined;
  const kind = typeof o.type === "string" ? o.type : "";
  const shown = [kind, text === undefined ? "" : `"${text}"`].filter(Boolean).join(": ");
  return {
    en: `holds a data type${shown ? ` (${shown})` : ""}, not text or a number; type the value itself`,
    ja: `にデータ型${shown ? `（${shown}）` : ""}があります。文字か数値を入力してください`,
  };
}

/** Roster columns whose values are names or yes/no: a 0 there is an empty cell from Excel desktop. */
const BLANK_WHEN_ZERO: readonly RosterColumnKey[] = [
  "category",
  "field",
  "role",
  "scope",
  "international",
  "mentoring",
  "ap",
];

/** Roster columns the level does not depend on: a data type there (a linked person, say) is ignored. */
const UNSCORED: ReadonlySet<RosterColumnKey> = new Set(["employeeId", "name", "department"]);

/** A scored column that holds no plain value. */
export interface CellProblem {
  readonly column: number;
  readonly what: Localized;
}

/** The row's cells as the engine should read them (no wrapper object per call), or its problem. */
export type RowCheck = readonly unknown[] | CellProblem;

export function isCellProblem(check: RowCheck): check is CellProblem {
  return !Array.isArray(check);
}

/**
 * The row as the engine should read it. Allocates only when a cell needs changing, since a
 * recalculation calls this once per roster row.
 */
export function hostRow(cells: readonly unknown[], map: HeaderMap): RowCheck {
  let out: unknown[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell !== null && typeof cell === "object") {
      const what = nonValue(cell);
      if (what) {
        if (isScored(map, i)) return { column: i, what };
        (out ??= [...cells])[i] = "";
      }
    }
  }
  const zeroIsBlank = zeroIsBlankPositions(map);
  for (let k = 0; k < zeroIsBlank.length; k++) {
    const i = zeroIsBlank[k] as number;
    if (cells[i] === 0) (out ??= [...cells])[i] = "";
  }
  return out ?? cells;
}

/** The positions of a map's BLANK_WHEN_ZERO columns, worked out once per map (the last map first). */
const zeroPositions = new WeakMap<HeaderMap, Int32Array>();
let lastMap: HeaderMap | undefined;
let lastPositions: Int32Array = new Int32Array(0);

function zeroIsBlankPositions(map: HeaderMap): Int32Array {
  if (map === lastMap) return lastPositions;
  let positions = zeroPositions.get(map);
  if (!positions) {
    positions = Int32Array.from(BLANK_WHEN_ZERO.map((key) => map.index[key]).filter((i) => i >= 0));
    zeroPositions.set(map, positions);
  }
  lastMap = map;
  lastPositions = positions;
  return positions;
}

function isScored(map: HeaderMap, column: number): boolean {
  for (const key in map.index) {
    if (map.index[key as RosterColumnKey] === column) return !UNSCORED.has(key as RosterColumnKey);
  }
  return false;
}

/** Same cells, compared with === (never hashed or joined): how a repeated argument is recognised. */
export function sameCells(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The last few arguments of one kind and what was made of them. Excel hands every call a
 * fresh copy of a range, so a repeated argument is recognised by comparing it with the
 * previous ones cell by cell, which costs one pass over the argument and no allocation.
 */
export class RecentArguments<A, T> {
  private entries: { arg: A; value: T }[] = [];
  constructor(
    private readonly same: (a: A, b: A) => boolean,
    private readonly size = 4,
  ) {}

  get(arg: A, make: (arg: A) => T): T {
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as { arg: A; value: T };
      if (entry.arg === arg || this.same(entry.arg, arg)) {
        if (i > 0) {
          entries.splice(i, 1);
          entries.unshift(entry);
        }
        return entry.value;
      }
    }
    const value = make(arg);
    entries.unshift({ arg, value });
    if (entries.length > this.size) entries.pop();
    return value;
  }
}

/**
 * A KPI Rules table as the engine should read it: desktop's 0 for an empty cell made blank in
 * every rule column, and a row of empty cells made an empty row. In a rule column 0 never means
 * more than blank: names, the edition, the size rule and yes/no cannot be 0, a minimum of 0 is
 * no minimum (a blank Min Complexity or Min Themes reads as 0), and Level 0 is invalid either
 * way. Run once per distinct table (the result is cached), so it may allocate.
 */
export function hostRules(
  table: Matrix,
  keyOfHeader: (header: unknown) => string | undefined,
): { table: Matrix } | { row: number; column: number; what: Localized } {
  const header = table[0] ?? [];
  const zeroIsBlank = header.map((h) => keyOfHeader(h) !== undefined);
  const rows: unknown[][] = [];
  for (let r = 0; r < table.length; r++) {
    const row = table[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const what = nonValue(row[c]);
      if (what) return { row: r + 1, column: c, what };
    }
    if (r > 0 && row.every((v) => v === 0 || isBlank(v))) rows.push(row.map(() => ""));
    else if (r > 0) rows.push(row.map((v, c) => (v === 0 && zeroIsBlank[c] ? "" : v)));
    else rows.push([...row]);
  }
  return { table: rows };
}
