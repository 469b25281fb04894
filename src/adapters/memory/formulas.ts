/**
 * Evaluates, in the in-memory workbook, the formulas this product writes:
 *   =IF(COUNTA(row)=0,"",HR.ITSSLEVEL(row,headers[,KPI_Rules[[#All],[first]:[last]]][,"V2"]))
 *   =IF(COUNTA(row)=0,"",HR.ITSSGAP(row,headers,,[rules],[edition],"en"))
 *   =IF(COUNTA(row)=0,"",HR.ITSSSKILLLEVEL(row,headers,Skills[@[Specialty Field]]))
 *   and ITSSLEVEL / ITSSGAP with the Engagements ledger arguments (FILTER, [#Headers], TODAY())
 *   =IF(B2="E001","","…") (the Person sheet's check that the chosen ID is the one shown)
 * with table references (Roster[@[First]:[Last]]) or R1C1 references. Any other
 * formula shows its text, as the preview promises no general formula engine.
 */
import { FunctionError, itssGap, itssLevel, setDefaultLang } from "../../functions/evaluate";
import { itssSkillLevel, setSkillMessageLang } from "../../functions/evaluate-skills";
import {
  itssGapFromLedger,
  itssLevelFromLedger,
  type LedgerArgs,
} from "../../functions/evaluate-engagements";
import type { SheetCell } from "../../core/sheets/sheet-table";
import type { Lang } from "../../core/catalog/types";

/** Where a table sits (0-based, rows including the header row). */
export interface FormulaTable {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** All the evaluator reads of a workbook: tables by name and displayed values of a block. */
export interface FormulaCells {
  table(name: string): FormulaTable | undefined;
  values(sheet: string, top: number, left: number, rows: number, columns: number): SheetCell[][];
}

/** Look-ups that do not depend on the row, shared by the formulas of one read. */
export type FormulaMemo = Map<string, Block | readonly string[] | null>;

export interface FormulaContext {
  readonly workbook: FormulaCells;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  /** Shared while nothing is written (one read of a block); absent, nothing is shared. */
  readonly memo?: FormulaMemo;
}

type Block = SheetCell[][];

interface ParsedCall {
  readonly fn: "ITSSLEVEL" | "ITSSGAP" | "ITSSSKILLLEVEL";
  readonly args: readonly string[];
  readonly r1c1: boolean;
}

/**
 * A table's formula column holds one text in every row (its references are relative):
 * parse each text once. Bounded, since texts are few (a cap keeps odd workbooks in check).
 */
const parsedCalls = new Map<string, ParsedCall | null>();

function parseCall(formula: string): ParsedCall | null {
  let parsed = parsedCalls.get(formula);
  if (parsed !== undefined) return parsed;
  const r1c1 = formula.startsWith("R1C1:");
  const text = r1c1 ? formula.slice(5) : formula;
  const call = /HR\.(ITSSLEVEL|ITSSGAP|ITSSSKILLLEVEL)\((.*?)\)\)?$/.exec(text);
  parsed = call ? { fn: call[1] as ParsedCall["fn"], args: splitArgs(call[2] ?? ""), r1c1 } : null;
  if (parsedCalls.size >= 1000) parsedCalls.clear();
  parsedCalls.set(formula, parsed);
  return parsed;
}

/**
 * The language of the functions' messages, as Office's display language sets it in
 * Excel (functions/register.ts): the preview's stands in for it.
 */
export function setDisplayLanguage(lang: Lang): void {
  setDefaultLang(lang);
  setSkillMessageLang(lang);
}

/**
 * A formula's value, and for a function error the message Excel shows with it: a custom
 * function's CustomFunctions.Error puts #VALUE! or #N/A in the cell and its message in
 * the cell's error indicator (Microsoft Learn, CustomFunctions.ErrorCode).
 */
export interface Evaluated {
  readonly value: SheetCell;
  readonly message?: string;
}

export function evaluateFormula(formula: string, ctx: FormulaContext): SheetCell {
  return evaluateCell(formula, ctx).value;
}

export function evaluateCell(formula: string, ctx: FormulaContext): Evaluated {
  try {
    return { value: evaluateValue(formula, ctx) };
  } catch (err) {
    if (err instanceof FunctionError) return { value: err.kind, message: err.message };
    return { value: "#VALUE!" };
  }
}

function evaluateValue(formula: string, ctx: FormulaContext): SheetCell {
  const check = CELL_EQUALS.exec(formula);
  if (check) return cellEquals(check, ctx);
  const call = parseCall(formula);
  if (!call) return formula.startsWith("R1C1:") ? formula.slice(5) : formula;
  const { args, r1c1 } = call;
  const [rowRef, headRef] = args;
  const row = resolve(rowRef ?? "", ctx, r1c1);
  const headers = headRef ? resolve(headRef, ctx, r1c1) : null;
  if (!row) return "#REF!";
  if ((row[0] ?? []).every((c) => c === null || c === "")) return "";
  if (call.fn === "ITSSSKILLLEVEL") {
    const field = args[2] ? resolve(args[2], ctx, r1c1) : null;
    return itssSkillLevel(row, headers, field?.[0]?.[0] ?? null, literal(args[3]));
  }
  if (call.fn === "ITSSLEVEL") {
    const rules = args[2] ? resolve(args[2], ctx, r1c1) : null;
    if (args[4]) return itssLevelFromLedger(row, headers, rules, literal(args[3]), ledgerArgs(args, 4, ctx));
    return itssLevel(row, headers, rules, literal(args[3]));
  }
  const rules = args[3] ? resolve(args[3], ctx, r1c1) : null;
  if (args[6])
    return itssGapFromLedger(
      row,
      headers,
      literal(args[2]),
      rules,
      literal(args[4]),
      literal(args[5]),
      ledgerArgs(args, 6, ctx),
    );
  return itssGap(row, headers, literal(args[2]), rules, literal(args[4]), literal(args[5]));
}

/** `=IF(B2="text","","other")`: one cell compared with a text. */
const CELL_EQUALS = /^=IF\(([A-Z])(\d+)="((?:[^"]|"")*)","","((?:[^"]|"")*)"\)$/;

function cellEquals(m: RegExpExecArray, ctx: FormulaContext): SheetCell {
  const column = (m[1] ?? "A").charCodeAt(0) - 65;
  const row = Number(m[2]) - 1;
  const value = ctx.workbook.values(ctx.sheet, row, column, 1, 1)[0]?.[0];
  const unquote = (text: string): string => text.replace(/""/g, '"');
  // Excel's = compares text without regard to case; an empty cell equals "".
  const shown = value === null || value === undefined ? "" : String(value);
  return shown.toLowerCase() === unquote(m[3] ?? "").toLowerCase() ? "" : unquote(m[4] ?? "");
}

/**
 * The ledger arguments the pane writes (issue 15): FILTER(Engagements, Engagements[Employee ID]=
 * Roster[@[Employee ID]], ""), Engagements[#Headers] and TODAY(), as Excel would pass them.
 */
function ledgerArgs(args: readonly string[], at: number, ctx: FormulaContext): LedgerArgs {
  const wb = ctx.workbook;
  const filter = /^FILTER\((\w+),(\w+)\[((?:[^\]']|'.)+)\]=(.+),""\)$/.exec(args[at] ?? "");
  let engagements: Block = [[""]];
  if (filter) {
    const table = wb.table(filter[1] ?? "");
    const wanted = resolve(filter[4] ?? "", ctx, false)?.[0]?.[0];
    if (table) {
      const head = (wb.values(table.sheet, table.top, table.left, 1, table.columns)[0] ?? []).map((h) =>
        String(h ?? ""),
      );
      const col = head.indexOf(unescape(filter[3] ?? ""));
      const body = wb.values(table.sheet, table.top + 1, table.left, table.rows - 1, table.columns);
      const key = String(wanted ?? "").toLowerCase(); // Excel's = compares text case-insensitively
      const own = body.filter((r) => col >= 0 && String(r[col] ?? "").toLowerCase() === key);
      if (own.length > 0) engagements = own;
    }
  }
  const headersRef = /^(\w+)\[#Headers\]$/.exec(args[at + 1] ?? "");
  const table = headersRef ? wb.table(headersRef[1] ?? "") : undefined;
  const headers = table ? wb.values(table.sheet, table.top, table.left, 1, table.columns) : null;
  const asOf = args[at + 2] === "TODAY()" ? null : literal(args[at + 2]);
  return { engagements, headers, asOf };
}

/** Splits at commas outside brackets, parentheses and quotes. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "[" || ch === "(")) depth++;
    if (!quoted && (ch === "]" || ch === ")")) depth--;
    if (!quoted && depth === 0 && ch === ",") {
      out.push(current.trim());
      current = "";
    } else current += ch;
  }
  out.push(current.trim());
  return out;
}

function literal(arg: string | undefined): string | null {
  if (!arg) return null;
  const m = /^"(.*)"$/.exec(arg);
  return m ? (m[1] ?? "") : arg;
}

const unescape = (name: string): string => name.replace(/'(.)/g, "$1");

/** A reference, parsed once per text. */
type Ref =
  | { kind: "r1c1"; row: number | null; from: number; to: number }
  | { kind: "all"; table: string }
  | { kind: "cell"; table: string; column: string }
  | { kind: "span"; table: string; part: "row" | "headers" | "all"; from: string; to: string }
  | { kind: "none" };

const parsedRefs = new Map<string, Ref>();

function parseRef(ref: string, r1c1: boolean): Ref {
  const key = r1c1 ? `R1C1:${ref}` : ref;
  let parsed = parsedRefs.get(key);
  if (parsed) return parsed;
  parsed = readRef(ref, r1c1);
  if (parsedRefs.size >= 1000) parsedRefs.clear();
  parsedRefs.set(key, parsed);
  return parsed;
}

function readRef(ref: string, r1c1: boolean): Ref {
  if (r1c1) {
    const m = /^(?:R(\d+)|R)C\[(-?\d+)\]:(?:R(\d+)|R)C\[(-?\d+)\]$/.exec(ref);
    return m
      ? { kind: "r1c1", row: m[1] ? Number(m[1]) - 1 : null, from: Number(m[2]), to: Number(m[4]) }
      : { kind: "none" };
  }
  const all = /^(\w+)\[#All\]$/.exec(ref);
  if (all) return { kind: "all", table: all[1] ?? "" };
  // One column of this row: Skills[@[Specialty Field]].
  const single = /^(\w+)\[@\[((?:[^\]']|'.)+)\]\]$/.exec(ref);
  if (single) return { kind: "cell", table: single[1] ?? "", column: unescape(single[2] ?? "") };
  // Columns of this row, of the header row, or of the whole table (header row included).
  const span = /^(\w+)\[(@|\[#Headers\],|\[#All\],)\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]$/.exec(ref);
  if (!span) return { kind: "none" };
  return {
    kind: "span",
    table: span[1] ?? "",
    part: span[2] === "@" ? "row" : span[2] === "[#All]," ? "all" : "headers",
    from: unescape(span[3] ?? ""),
    to: unescape(span[4] ?? ""),
  };
}

function resolve(text: string, ctx: FormulaContext, r1c1: boolean): Block | null {
  const wb = ctx.workbook;
  const ref = parseRef(text, r1c1);
  switch (ref.kind) {
    case "none":
      return null;
    case "r1c1": {
      const from = ctx.column + ref.from;
      const to = ctx.column + ref.to;
      return wb.values(ctx.sheet, ref.row ?? ctx.row, from, 1, to - from + 1);
    }
    case "all":
      return memoized(ctx, text, () => {
        const table = wb.table(ref.table);
        return table ? wb.values(table.sheet, table.top, table.left, table.rows, table.columns) : null;
      });
    case "cell": {
      const table = wb.table(ref.table);
      if (!table) return null;
      const at = headerNames(ctx, ref.table, table).indexOf(ref.column);
      return at < 0 ? null : wb.values(table.sheet, ctx.row, table.left + at, 1, 1);
    }
    case "span": {
      const table = wb.table(ref.table);
      if (!table) return null;
      const headers = headerNames(ctx, ref.table, table);
      const from = headers.indexOf(ref.from);
      const to = headers.indexOf(ref.to);
      if (from < 0 || to < from) return null;
      const width = to - from + 1;
      if (ref.part === "row") return wb.values(table.sheet, ctx.row, table.left + from, 1, width);
      const rows = ref.part === "all" ? table.rows : 1;
      return memoized(ctx, text, () => wb.values(table.sheet, table.top, table.left + from, rows, width));
    }
  }
}

function memoized(ctx: FormulaContext, key: string, read: () => Block | null): Block | null {
  if (!ctx.memo) return read();
  if (ctx.memo.has(key)) return ctx.memo.get(key) as Block | null;
  const block = read();
  ctx.memo.set(key, block);
  return block;
}

function headerNames(ctx: FormulaContext, name: string, table: FormulaTable): readonly string[] {
  const key = `headers:${name}`;
  const known = ctx.memo?.get(key) as readonly string[] | undefined;
  if (known) return known;
  const headers = (ctx.workbook.values(table.sheet, table.top, table.left, 1, table.columns)[0] ?? []).map(
    (h) => String(h ?? ""),
  );
  ctx.memo?.set(key, headers);
  return headers;
}
