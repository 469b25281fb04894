/**
 * The KPI rules as a sheet table and back. The task pane writes this table to the
 * `KPI Rules` sheet; a company may edit it; ITSSLEVEL and friends read it back.
 * Reading validates every row and names the row, column and value that is wrong.
 */
import * as z from "zod/mini";
import type { KpiRule } from "../catalog/kpi-rules";
import { ROLES } from "../catalog/fields";
import type { Edition, Level, Localized } from "../catalog/types";
import { cellText, foldName, isBlank, parseNumber, parseYesNo } from "../roster/normalize";
import { CATEGORY_NAMES, FIELD_NAMES, ROLE_NAMES } from "../roster/names";
import { specialtyField } from "../catalog/fields";
import { compileRules, RuleTableError, type RuleSet } from "./rule-set";

/** Machine columns of the KPI Rules table, in sheet order. */
export const RULE_COLUMNS = [
  { key: "category", header: { en: "Job Category", ja: "職種" } },
  { key: "field", header: { en: "Specialty Field", ja: "専門分野" } },
  { key: "level", header: { en: "Level", ja: "レベル" } },
  { key: "edition", header: { en: "Edition", ja: "版" } },
  { key: "role", header: { en: "Role", ja: "役割" } },
  { key: "minProjects", header: { en: "Min Projects", ja: "最低実績件数" } },
  { key: "minYears", header: { en: "Min Years", ja: "最低経験年数" } },
  { key: "minComplexity", header: { en: "Min Complexity", ja: "最低複雑性" } },
  { key: "international", header: { en: "International", ja: "国際" } },
  { key: "size", header: { en: "Size Rule", ja: "規模ルール" } },
  { key: "minThemes", header: { en: "Min Themes", ja: "最低専門テーマ数" } },
  { key: "minSuccession", header: { en: "Min Succession", ja: "最低技術継承" } },
  { key: "mentoring", header: { en: "Mentoring", ja: "後進育成" } },
  { key: "apQualifies", header: { en: "AP Attains", ja: "応用情報で認定" } },
  { key: "source", header: { en: "Source", ja: "出典" } },
] as const satisfies readonly { key: keyof KpiRule; header: Localized }[];

type RuleKey = (typeof RULE_COLUMNS)[number]["key"];

/** One row of the rules table for a rule (machine columns only, in RULE_COLUMNS order). */
export function ruleToCells(rule: KpiRule, lang: "en" | "ja"): (string | number)[] {
  const yes = lang === "en" ? "yes" : "はい";
  const no = lang === "en" ? "no" : "いいえ";
  const field = specialtyField(rule.field);
  const category = CATEGORY_NAMES.names[rule.category === "customer-service" ? 0 : 1];
  return [
    category?.[lang] ?? rule.category,
    field.name[lang],
    rule.level,
    rule.edition,
    ROLES.find((r) => r.id === rule.role)?.name[lang] ?? rule.role,
    rule.minProjects ?? "",
    rule.minYears ?? "",
    rule.minComplexity,
    rule.international ? yes : no,
    rule.size ?? "",
    rule.minThemes,
    rule.minSuccession ?? "",
    rule.mentoring ? yes : no,
    rule.apQualifies ? yes : no,
    rule.source ?? "",
  ];
}

export interface RulesTableProblem {
  /** 1-based row within the table, header row = 1. */
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly message: Localized;
}

export type RulesTableResult =
  { ok: true; rules: KpiRule[]; ruleSet: RuleSet } | { ok: false; problems: RulesTableProblem[] };

const RULE_KEY_BY_HEADER = new Map<string, RuleKey>(
  RULE_COLUMNS.flatMap((c) => [
    [foldName(c.header.en), c.key] as const,
    [foldName(c.header.ja), c.key] as const,
  ]),
);

// zod/mini: the same checks as zod, with a fraction of the task pane's bundle.
const count = z.int().check(z.minimum(0));
const RuleSchema = z.object({
  category: z.enum(["customer-service", "it-service-management"]),
  field: z.enum([
    "hardware",
    "software",
    "facility-management",
    "operations-management",
    "system-management",
    "operations",
    "service-desk",
  ]),
  level: z.int().check(z.minimum(1), z.maximum(7)),
  edition: z.enum(["V2", "V3"]),
  role: z.enum(["member", "leader", "responsible"]),
  minProjects: z.optional(count),
  minYears: z.optional(z.number().check(z.minimum(0))),
  minComplexity: count,
  international: z.optional(z.boolean()),
  size: z.optional(z.string()),
  minThemes: count,
  minSuccession: z.optional(count),
  mentoring: z.optional(z.boolean()),
  apQualifies: z.optional(z.boolean()),
  source: z.optional(z.string()),
});

/**
 * Read a rules table (header row first) as a sheet holds it. Extra columns (the seed
 * text) are ignored; blank rows are skipped. Every problem is reported, not just the first.
 */
export function readRulesTable(table: readonly (readonly unknown[])[]): RulesTableResult {
  const [headerRow, ...body] = table;
  const problems: RulesTableProblem[] = [];
  if (!headerRow)
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: "",
          value: "",
          message: { en: "The rules table is empty", ja: "ルール表が空です" },
        },
      ],
    };
  const index = new Map<RuleKey, number>();
  headerRow.forEach((h, i) => {
    const key = RULE_KEY_BY_HEADER.get(foldName(cellText(h)));
    if (key && !index.has(key)) index.set(key, i);
  });
  const required: RuleKey[] = ["field", "level", "role", "minComplexity", "minThemes"];
  const missing = required.filter((k) => !index.has(k));
  if (missing.length > 0) {
    const names = missing.map((k) => RULE_COLUMNS.find((c) => c.key === k)?.header.en ?? k);
    return {
      ok: false,
      problems: [
        {
          row: 1,
          column: names.join(", "),
          value: "",
          message: {
            en: `The rules table has no column ${names.map((n) => `"${n}"`).join(", ")}; pass the KPI Rules table with its header row`,
            ja: `ルール表に列 ${names.map((n) => `「${n}」`).join("、")} がありません。見出し行を含めてKPIルール表を指定してください`,
          },
        },
      ],
    };
  }

  const rules: KpiRule[] = [];
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every(isBlank)) return;
    const get = (k: RuleKey): unknown => {
      const at = index.get(k);
      return at === undefined ? undefined : cells[at];
    };
    const bad = (k: RuleKey, what: Localized): undefined => {
      const header = RULE_COLUMNS.find((c) => c.key === k)?.header.en ?? k;
      const value = cellText(get(k));
      problems.push({
        row: rowNumber,
        column: header,
        value,
        message: {
          en: `Rules table row ${rowNumber}, column "${header}": "${value}" ${what.en}`,
          ja: `ルール表${rowNumber}行目「${header}」列：「${value}」${what.ja}`,
        },
      });
      return undefined;
    };
    const num = (k: RuleKey): number | undefined => {
      const raw = get(k);
      if (isBlank(raw)) return undefined;
      const n = parseNumber(raw);
      return n.ok ? n.value : bad(k, { en: "is not a number", ja: "は数値ではありません" });
    };
    const flag = (k: RuleKey): boolean | undefined => {
      const raw = get(k);
      if (isBlank(raw)) return undefined;
      const b = parseYesNo(raw);
      return b.ok ? b.value : bad(k, { en: "is not yes or no", ja: "は「はい／いいえ」ではありません" });
    };
    const fieldId = FIELD_NAMES.find(cellText(get("field")));
    if (fieldId === undefined)
      bad("field", { en: "is not a specialty field", ja: "は専門分野ではありません" });
    const categoryRaw = get("category");
    const categoryId =
      isBlank(categoryRaw) && fieldId
        ? specialtyField(fieldId).category
        : CATEGORY_NAMES.find(cellText(categoryRaw));
    if (categoryId === undefined)
      bad("category", { en: "is not a job category", ja: "は職種ではありません" });
    const rank = ROLE_NAMES.find(cellText(get("role")));
    if (rank === undefined)
      bad("role", {
        en: "is not a role (Member, Leader, Responsible)",
        ja: "は役割ではありません（メンバー、リーダー、責任者）",
      });
    const editionText = cellText(get("edition")).toUpperCase();
    const edition: Edition | undefined =
      editionText === ""
        ? "V3"
        : editionText === "V2" || editionText === "V3"
          ? editionText
          : bad("edition", { en: "is not an edition (V3 or V2)", ja: "は版ではありません（V3 または V2）" });
    const size = cellText(get("size"));
    const source = cellText(get("source"));
    const candidate = {
      category: categoryId,
      field: fieldId,
      level: num("level"),
      edition,
      role: ROLES.find((r) => r.rank === rank)?.id,
      minProjects: num("minProjects"),
      minYears: num("minYears"),
      minComplexity: num("minComplexity") ?? 0,
      international: flag("international"),
      size: size === "" ? undefined : size,
      minThemes: num("minThemes") ?? 0,
      minSuccession: num("minSuccession"),
      mentoring: flag("mentoring"),
      apQualifies: flag("apQualifies"),
      source: source === "" ? undefined : source,
    };
    const parsed = RuleSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const k = issue.path[0] as RuleKey;
        if (problems.some((p) => p.row === rowNumber)) break; // already reported the cause
        bad(k, { en: `is not valid (${issue.message})`, ja: `は無効です（${issue.message}）` });
      }
      return;
    }
    const rule = Object.fromEntries(
      Object.entries(parsed.data).filter(([, v]) => v !== undefined),
    ) as unknown as KpiRule;
    if (!specialtyField(rule.field).levels.includes(rule.level as Level)) {
      bad("level", {
        en: `is not a level ${rule.field} defines`,
        ja: "はこの専門分野に定義されていないレベルです",
      });
      return;
    }
    rules.push(rule);
  });
  if (problems.length > 0) return { ok: false, problems };
  try {
    return { ok: true, rules, ruleSet: compileRules(rules) };
  } catch (err) {
    if (err instanceof RuleTableError) {
      return {
        ok: false,
        problems: [
          {
            row: err.ruleIndex + 2,
            column: "Size Rule",
            value: rules[err.ruleIndex]?.size ?? "",
            message: err.detail,
          },
        ],
      };
    }
    throw err;
  }
}
