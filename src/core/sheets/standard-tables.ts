/**
 * The skill standard as four sheet tables: Levels, KPI Rules, Skill Items, CMBOK.
 * The KPI Rules table is the company's editable copy of the rules: its machine
 * columns are what ITSSLEVEL reads back when passed the table.
 */
import {
  CMBOK_COMPETENCIES,
  CMBOK_DROPPED_FROM_1_0,
  JOB_CATEGORIES,
  kpiText,
  kpiTextBlock,
  levelName,
  SKILL_ITEMS,
  SKILL_KNOWLEDGE,
  SKILL_PROFICIENCY,
  SPECIALTY_FIELDS,
  specialtyField,
  type Lang,
} from "../catalog";
import { readRulesTable, RULE_COLUMNS, ruleToCells } from "../engine/rules-table";
import { publishedRuleList } from "../engine/published-rules";
import type { KpiRule } from "../catalog/kpi-rules";
import type { SheetTable } from "./sheet-table";
import { cellText, foldName } from "../roster/normalize";

export const STANDARD_SHEETS = {
  levels: { sheet: "Levels", table: "ITSS_Levels" },
  rules: { sheet: "KPI Rules", table: "KPI_Rules" },
  skills: { sheet: "Skill Items", table: "Skill_Items" },
  cmbok: { sheet: "CMBOK", table: "CMBOK" },
} as const;

const t = (lang: Lang, en: string, ja: string): string => (lang === "en" ? en : ja);

/** A column name inside a structured reference: ' [ ] # are escaped with ' (Excel's rule). */
export function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

const RULE_HEADERS = new Set(RULE_COLUMNS.flatMap((c) => [foldName(c.header.en), foldName(c.header.ja)]));

/**
 * The rules argument of the roster's formulas: the KPI Rules table's rule columns only, spelt as
 * the workbook's table spells them (KPI_Rules[[#All],[Job Category]:[AP Attains]] or its Japanese
 * twin). KPI_Rules[#All] would also send the published text, about 185 KB with every call, against
 * the roughly 5 MB custom-function payload of Excel on the web. Without the table's header row
 * (or when it names no rule column) the whole table is passed.
 */
export function rulesArgument(headers?: readonly unknown[]): string {
  const table = STANDARD_SHEETS.rules.table;
  const at = (headers ?? []).flatMap((h, i) => (RULE_HEADERS.has(foldName(cellText(h))) ? [i] : []));
  if (!headers || at.length === 0) return `${table}[#All]`;
  const first = escapeColumn(cellText(headers[Math.min(...at)]));
  const last = escapeColumn(cellText(headers[Math.max(...at)]));
  return `${table}[[#All],[${first}]:[${last}]]`;
}

export function standardTables(lang: Lang): SheetTable[] {
  return [levelsTable(lang), kpiRulesTable(lang), skillItemsTable(lang), cmbokTable(lang)];
}

export function levelsTable(lang: Lang): SheetTable {
  const rows = SPECIALTY_FIELDS.flatMap((field) => {
    const category = JOB_CATEGORIES.find((c) => c.id === field.category);
    return [...field.levels]
      .reverse()
      .map((level) => [
        category?.name[lang] ?? field.category,
        field.name[lang],
        level,
        levelName(level)[lang],
        kpiText(field.id, level, "V3")?.summary[lang] ?? "",
      ]);
  });
  return {
    ...STANDARD_SHEETS.levels,
    headers: [
      t(lang, "Job Category", "職種"),
      t(lang, "Specialty Field", "専門分野"),
      t(lang, "Level", "レベル"),
      t(lang, "Level Name", "レベル名"),
      t(lang, "Role Summary", "役割の概要"),
    ],
    rows,
    widths: [24, 26, 8, 14, 70],
    wrap: [false, false, false, false, true],
    text: [true, true, false, true, true],
  };
}

/** Machine columns (read back by the functions) followed by the published text in both languages. */
export function kpiRulesTable(lang: Lang, rules: readonly KpiRule[] = publishedRuleList()): SheetTable {
  const rows = rules.map((rule) => {
    const text = kpiText(rule.field, rule.level, rule.edition);
    return [
      ...ruleToCells(rule, lang),
      text ? kpiTextBlock(text, "en") : "",
      text ? kpiTextBlock(text, "ja") : "",
    ];
  });
  const machineWidths = [22, 24, 7, 8, 12, 9, 9, 10, 10, 48, 9, 10, 10, 9, 30];
  return {
    ...STANDARD_SHEETS.rules,
    headers: [
      ...RULE_COLUMNS.map((c) => c.header[lang]),
      t(lang, "KPI Text (English)", "KPI本文（英語）"),
      t(lang, "KPI Text (Japanese)", "KPI本文（日本語）"),
    ],
    rows,
    widths: [...machineWidths, 60, 60],
    wrap: [...machineWidths.map((_, i) => i === 9), true, true],
    text: [
      true,
      true,
      false,
      true,
      true,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ],
  };
}

export function skillItemsTable(lang: Lang): SheetTable {
  const rows = SKILL_PROFICIENCY.map((p) => {
    const item = SKILL_ITEMS.find((s) => s.id === p.skillItem);
    const field =
      p.field === "common"
        ? { en: "Common to Customer Service", ja: "カスタマーサービス共通" }
        : specialtyField(p.field).name;
    const knowledge =
      SKILL_KNOWLEDGE.find((k) => k.field === p.field && k.skillItem === p.skillItem)?.items ?? [];
    return [
      field[lang],
      item?.name[lang] ?? p.skillItem,
      p.level,
      p.description[lang],
      knowledge.map((k) => k[lang]).join("\n"),
    ];
  });
  return {
    ...STANDARD_SHEETS.skills,
    headers: [
      t(lang, "Specialty Field", "専門分野"),
      t(lang, "Skill Item", "スキル項目"),
      t(lang, "Level", "レベル"),
      t(lang, "Proficiency", "習熟度"),
      t(lang, "Knowledge Items", "知識項目"),
    ],
    rows,
    widths: [28, 30, 8, 70, 45],
    wrap: [false, false, false, true, true],
    text: [true, true, false, true, true],
  };
}

const CHANGE_NAMES = {
  unchanged: { en: "Unchanged", ja: "変更なし" },
  renamed: { en: "Renamed", ja: "名称変更" },
  moved: { en: "Moved", ja: "移動" },
  new: { en: "New", ja: "新規" },
} as const;

export function cmbokTable(lang: Lang): SheetTable {
  const rows = CMBOK_COMPETENCIES.map((c) => [
    c.version,
    c.domain[lang],
    c.area[lang],
    c.code,
    c.nameJa,
    c.nameEn,
    c.change ? CHANGE_NAMES[c.change][lang] : "",
    c.from ?? "",
  ]);
  const dropped = CMBOK_DROPPED_FROM_1_0.map((d) => [
    "1.0",
    "",
    "",
    d.code,
    d.nameJa,
    "",
    t(lang, "Dropped in 2.0", "2.0で廃止"),
    d.note,
  ]);
  return {
    ...STANDARD_SHEETS.cmbok,
    headers: [
      t(lang, "Version", "版"),
      t(lang, "Domain", "領域"),
      t(lang, "Area", "分野"),
      t(lang, "Code", "コード"),
      t(lang, "Japanese Name", "名称（日本語）"),
      t(lang, "English Name", "名称（英語）"),
      t(lang, "Change from 1.0", "1.0からの変更"),
      t(lang, "1.0 Code / Note", "1.0コード／注記"),
    ],
    rows: [...rows, ...dropped],
    widths: [8, 26, 34, 9, 36, 40, 16, 40],
    wrap: [false, false, true, false, true, true, false, true],
    text: [true, true, true, true, true, true, true, true],
  };
}

/**
 * Whether a KPI Rules table read from the workbook differs from the published rules
 * (the company edited it): loading the standard again must warn before overwriting.
 */
export function rulesTableEdited(table: readonly (readonly unknown[])[]): boolean {
  const result = readRulesTable(table);
  if (!result.ok) return true;
  // The Source column is a note for people: editing it changes no rule.
  const key = (r: KpiRule): string => JSON.stringify(ruleToCells({ ...r, source: undefined }, "en"));
  const rules = publishedRuleList();
  const published = new Set(rules.map(key));
  return result.rules.length !== rules.length || result.rules.some((r) => !published.has(key(r)));
}
