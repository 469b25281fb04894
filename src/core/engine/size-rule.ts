/**
 * Size rules: small boolean expressions over roster columns, e.g.
 *   Staff >= 35 or Value >= 350 or ((Staff >= 15 or Value >= 150) and Complexity >= 4)
 *   Scope >= "Industry or wide area"
 * Parsed here into a tree and evaluated by walking it: no eval, so a company can
 * edit the rule text in the KPI Rules sheet safely.
 */
import { SCOPES } from "../catalog/fields";
import type { Localized } from "../catalog/types";
import { foldName } from "../roster/normalize";

/** Numeric evidence a size rule may refer to. */
export type SizeVariable = "Scope" | "Rooms" | "Area" | "Sites" | "Staff" | "Value" | "Users" | "Complexity";

export const SIZE_VARIABLES: Readonly<
  Record<SizeVariable, { column: Localized; aliases: readonly string[] }>
> = {
  Scope: { column: { en: "Scope", ja: "対象範囲" }, aliases: ["scope", "対象範囲"] },
  Rooms: {
    column: { en: "Computer Rooms", ja: "コンピュータ室数" },
    aliases: ["rooms", "computerrooms", "コンピュータ室数"],
  },
  Area: { column: { en: "Floor Area", ja: "床面積" }, aliases: ["area", "floorarea", "床面積"] },
  Sites: { column: { en: "Sites", ja: "拠点数" }, aliases: ["sites", "拠点数"] },
  Staff: { column: { en: "Staff", ja: "要員数" }, aliases: ["staff", "要員数"] },
  Value: {
    column: { en: "Contract Value", ja: "年間契約金額" },
    aliases: ["value", "contractvalue", "年間契約金額"],
  },
  Users: { column: { en: "Users", ja: "利用者数" }, aliases: ["users", "利用者数"] },
  Complexity: { column: { en: "Complexity", ja: "複雑性" }, aliases: ["complexity", "複雑性"] },
};

export type Comparator = ">=" | ">" | "<=" | "<" | "=";

export type SizeExpr =
  | { kind: "cmp"; variable: SizeVariable; op: Comparator; value: number }
  | { kind: "and" | "or"; left: SizeExpr; right: SizeExpr }
  | { kind: "not"; operand: SizeExpr };

export type SizeValues = Readonly<Record<SizeVariable, number>>;

export class SizeRuleSyntaxError extends Error {
  constructor(
    readonly rule: string,
    readonly position: number,
    readonly expected: string,
  ) {
    super(`Size rule "${rule}": expected ${expected} at character ${position + 1}`);
    this.name = "SizeRuleSyntaxError";
  }
}

/** Parse a size rule; throws SizeRuleSyntaxError naming the position and what was expected. */
export function parseSizeRule(text: string): SizeExpr {
  const parser = new Parser(text);
  const expr = parser.parseOr();
  parser.expectEnd();
  return expr;
}

export function evaluateSizeRule(expr: SizeExpr, values: SizeValues): boolean {
  switch (expr.kind) {
    case "cmp": {
      const actual = values[expr.variable];
      switch (expr.op) {
        case ">=":
          return actual >= expr.value;
        case ">":
          return actual > expr.value;
        case "<=":
          return actual <= expr.value;
        case "<":
          return actual < expr.value;
        case "=":
          return actual === expr.value;
      }
      return false;
    }
    case "and":
      return evaluateSizeRule(expr.left, values) && evaluateSizeRule(expr.right, values);
    case "or":
      return evaluateSizeRule(expr.left, values) || evaluateSizeRule(expr.right, values);
    case "not":
      return !evaluateSizeRule(expr.operand, values);
  }
}

/** Variables a rule reads, in first-use order (for "has Staff 20, Contract Value 100" in gap text). */
export function sizeRuleVariables(expr: SizeExpr, out: SizeVariable[] = []): SizeVariable[] {
  if (expr.kind === "cmp") {
    if (!out.includes(expr.variable)) out.push(expr.variable);
  } else if (expr.kind === "not") {
    sizeRuleVariables(expr.operand, out);
  } else {
    sizeRuleVariables(expr.left, out);
    sizeRuleVariables(expr.right, out);
  }
  return out;
}

/** Render a rule for people: localized column names, ≥ signs, scope names instead of ranks. */
export function formatSizeRule(expr: SizeExpr, lang: "en" | "ja", parentKind?: SizeExpr["kind"]): string {
  const words =
    lang === "en"
      ? { and: " and ", or: " or ", not: "not " }
      : { and: " かつ ", or: " または ", not: "否定 " };
  switch (expr.kind) {
    case "cmp": {
      const value = formatSizeValue(expr.variable, expr.value, lang);
      const shown = expr.variable !== "Scope" ? value : lang === "en" ? `"${value}"` : `「${value}」`;
      return `${SIZE_VARIABLES[expr.variable].column[lang]} ${SYMBOL[expr.op]} ${shown}`;
    }
    case "not":
      return `${words.not}(${formatSizeRule(expr.operand, lang, "not")})`;
    default: {
      const text = `${formatSizeRule(expr.left, lang, expr.kind)}${words[expr.kind]}${formatSizeRule(expr.right, lang, expr.kind)}`;
      return parentKind && parentKind !== expr.kind ? `(${text})` : text;
    }
  }
}

export function formatSizeValue(variable: SizeVariable, value: number, lang: "en" | "ja"): string {
  if (variable === "Scope") {
    return SCOPES.find((s) => s.rank === value)?.name[lang] ?? (lang === "en" ? "none" : "なし");
  }
  return String(value);
}

const SYMBOL: Record<Comparator, string> = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" };

const VARIABLE_BY_ALIAS = new Map<string, SizeVariable>(
  (Object.keys(SIZE_VARIABLES) as SizeVariable[]).flatMap((v) =>
    SIZE_VARIABLES[v].aliases.map((a) => [foldName(a), v] as const),
  ),
);

const SCOPE_RANK_BY_NAME = new Map<string, number>(
  SCOPES.flatMap((s) => [
    [foldName(s.name.en), s.rank] as const,
    [foldName(s.name.ja), s.rank] as const,
    [foldName(s.id), s.rank] as const,
  ]),
);

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseOr(): SizeExpr {
    let left = this.parseAnd();
    while (this.keyword("or") || this.keyword("または")) left = { kind: "or", left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): SizeExpr {
    let left = this.parseUnary();
    while (this.keyword("and") || this.keyword("かつ"))
      left = { kind: "and", left, right: this.parseUnary() };
    return left;
  }

  private parseUnary(): SizeExpr {
    if (this.keyword("not")) return { kind: "not", operand: this.parseUnary() };
    if (this.symbol("(")) {
      const inner = this.parseOr();
      if (!this.symbol(")")) this.fail('")"');
      return inner;
    }
    return this.parseComparison();
  }

  private parseComparison(): SizeExpr {
    this.skipSpace();
    const start = this.pos;
    const name = this.match(
      /[A-Za-z\u3040-\u30ff\u4e00-\u9fff][A-Za-z0-9_ \u3040-\u30ff\u4e00-\u9fff]*?(?=\s*(>=|<=|>|<|=|≥|≤))/y,
    );
    if (name === null)
      this.fail("a column name (Staff, Value, Users, Rooms, Area, Sites, Scope, Complexity)");
    const variable = VARIABLE_BY_ALIAS.get(foldName(name));
    if (!variable) {
      this.pos = start;
      this.fail(
        `a known column instead of "${name.trim()}" (Staff, Value, Users, Rooms, Area, Sites, Scope, Complexity)`,
      );
    }
    this.skipSpace();
    const rawOp = this.match(/>=|<=|≥|≤|>|<|=/y);
    if (rawOp === null) this.fail("a comparison (>=, >, <=, <, =)");
    const op = (rawOp === "≥" ? ">=" : rawOp === "≤" ? "<=" : rawOp) as Comparator;
    this.skipSpace();
    return { kind: "cmp", variable, op, value: this.parseValue(variable) };
  }

  private parseValue(variable: SizeVariable): number {
    const quoted = this.match(/"([^"]*)"|'([^']*)'/y);
    if (quoted !== null) {
      const rank = variable === "Scope" ? SCOPE_RANK_BY_NAME.get(foldName(quoted.slice(1, -1))) : undefined;
      if (rank === undefined) this.fail(`a scope name (${SCOPES.map((s) => `"${s.name.en}"`).join(", ")})`);
      return rank;
    }
    const number = this.match(/\d+(\.\d+)?/y);
    if (number === null) this.fail(variable === "Scope" ? "a quoted scope name" : "a number");
    return Number(number);
  }

  expectEnd(): void {
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('"and", "or" or the end of the rule');
  }

  private keyword(word: string): boolean {
    this.skipSpace();
    const re = new RegExp(`${word}(?![A-Za-z0-9_])`, "iy");
    re.lastIndex = this.pos;
    if (!re.test(this.text)) return false;
    this.pos = re.lastIndex;
    return true;
  }

  private symbol(ch: string): boolean {
    this.skipSpace();
    if (this.text[this.pos] !== ch) return false;
    this.pos++;
    return true;
  }

  private match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return null;
    this.pos = re.lastIndex;
    return m[0];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] ?? "")) this.pos++;
  }

  private fail(expected: string): never {
    throw new SizeRuleSyntaxError(this.text, this.pos, expected);
  }
}
