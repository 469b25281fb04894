/**
 * Evaluates, in the in-memory workbook, the formulas this product writes:
 *   =IF(COUNTA(row)=0,"",HR.ITSSLEVEL(row,headers[,KPI_Rules[[#All],[first]:[last]]][,"V2"]))
 *   =IF(COUNTA(row)=0,"",HR.ITSSGAP(row,headers,,[rules],[edition],"en"))
 *   =IF(COUNTA(row)=0,"",HR.ITSSSKILLLEVEL(row,headers,Skills[@[Specialty Field]]))
 *   and ITSSLEVEL / ITSSGAP with the Engagements ledger arguments (FILTER, [#Headers], TODAY())
 * with table references (Roster[@[First]:[Last]]) or R1C1 references. Any other
 * formula shows its text, as the preview promises no general formula engine.
 */
import { FunctionError, itssGap, itssLevel } from "../../functions/evaluate";
import { itssSkillLevel } from "../../functions/evaluate-skills";
import {
  itssGapFromLedger,
  itssLevelFromLedger,
  type LedgerArgs,
} from "../../functions/evaluate-engagements";
import type { SheetCell } from "../../core/sheets/sheet-table";
import type { MemoryWorkbook } from "./memory-workbook";

export interface FormulaContext {
  readonly workbook: MemoryWorkbook;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

type Block = SheetCell[][];

export function evaluateFormula(formula: string, ctx: FormulaContext): SheetCell {
  const r1c1 = formula.startsWith("R1C1:");
  const text = r1c1 ? formula.slice(5) : formula;
  const call = /HR\.(ITSSLEVEL|ITSSGAP|ITSSSKILLLEVEL)\((.*?)\)\)?$/.exec(text);
  if (!call) return text;
  try {
    const args = splitArgs(call[2] ?? "");
    const [rowRef, headRef] = args;
    const row = resolve(rowRef ?? "", ctx, r1c1);
    const headers = headRef ? resolve(headRef, ctx, r1c1) : null;
    if (!row) return "#REF!";
    if ((row[0] ?? []).every((c) => c === null || c === "")) return "";
    if (call[1] === "ITSSSKILLLEVEL") {
      const field = args[2] ? resolve(args[2], ctx, r1c1) : null;
      return itssSkillLevel(row, headers, field?.[0]?.[0] ?? null, literal(args[3]));
    }
    if (call[1] === "ITSSLEVEL") {
      const rules = args[2] ? resolve(args[2], ctx, r1c1) : null;
      if (args[4])
        return itssLevelFromLedger(row, headers, rules, literal(args[3]), ledgerArgs(args, 4, ctx));
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
  } catch (err) {
    if (err instanceof FunctionError) return err.kind;
    return "#VALUE!";
  }
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

function resolve(ref: string, ctx: FormulaContext, r1c1: boolean): Block | null {
  const wb = ctx.workbook;
  if (r1c1) {
    const m = /^(?:R(\d+)|R)C\[(-?\d+)\]:(?:R(\d+)|R)C\[(-?\d+)\]$/.exec(ref);
    if (!m) return null;
    const row = m[1] ? Number(m[1]) - 1 : ctx.row;
    const from = ctx.column + Number(m[2]);
    const to = ctx.column + Number(m[4]);
    return wb.values(ctx.sheet, row, from, 1, to - from + 1);
  }
  const all = /^(\w+)\[#All\]$/.exec(ref);
  if (all) {
    const table = wb.table(all[1] ?? "");
    return table ? wb.values(table.sheet, table.top, table.left, table.rows, table.columns) : null;
  }
  // One column of this row: Skills[@[Specialty Field]].
  const single = /^(\w+)\[@\[((?:[^\]']|'.)+)\]\]$/.exec(ref);
  if (single) {
    const table = wb.table(single[1] ?? "");
    if (!table) return null;
    const headers = (wb.values(table.sheet, table.top, table.left, 1, table.columns)[0] ?? []).map((h) =>
      String(h ?? ""),
    );
    const at = headers.indexOf(unescape(single[2] ?? ""));
    return at < 0 ? null : wb.values(table.sheet, ctx.row, table.left + at, 1, 1);
  }
  const span = /^(\w+)\[(@|\[#Headers\],|\[#All\],)\[((?:[^\]']|'.)+)\]:\[((?:[^\]']|'.)+)\]\]$/.exec(ref);
  if (!span) return null;
  const table = wb.table(span[1] ?? "");
  if (!table) return null;
  const headers = (wb.values(table.sheet, table.top, table.left, 1, table.columns)[0] ?? []).map((h) =>
    String(h ?? ""),
  );
  const from = headers.indexOf(unescape(span[3] ?? ""));
  const to = headers.indexOf(unescape(span[4] ?? ""));
  if (from < 0 || to < from) return null;
  if (span[2] === "[#All],")
    return wb.values(table.sheet, table.top, table.left + from, table.rows, to - from + 1);
  const row = span[2] === "@" ? ctx.row : table.top;
  return wb.values(table.sheet, row, table.left + from, 1, to - from + 1);
}
