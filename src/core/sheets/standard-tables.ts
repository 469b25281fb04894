/**
 * The skill standard as four sheet tables: Levels, KPI Rules, Skill Items, CMBOK.
 * The KPI Rules table is the company's editable copy of the rules: its machine
 * columns are what ITSSLEVEL reads back when passed the table. With the published
 * text, so the pane loads this module when the standard is loaded, not at start.
 */
import {
  CMBOK_COMPETENCIES,
  CMBOK_DROPPED_FROM_1_0,
  JOB_CATEGORIES,
  levelName,
  SKILL_ITEMS,
  SKILL_PROFICIENCY,
  SPECIALTY_FIELDS,
  specialtyField,
  type Lang,
} from "../catalog";
import { kpiText, kpiTextBlock } from "../catalog/kpi-text";
import { skillKnowledge } from "../catalog/skill-knowledge";
import { readRulesTable, RULE_COLUMNS, ruleToCells } from "../engine/rules-table";
import { publishedRuleList } from "../engine/published-rules";
import type { KpiRule } from "../catalog/kpi-rules";
import { LAYOUT } from "../layout";
import type { SheetTable } from "./sheet-table";

export const STANDARD_SHEETS = {
  levels: LAYOUT.levels,
  rules: LAYOUT.rules,
  skills: LAYOUT.skillItems,
  cmbok: LAYOUT.cmbok,
} as const;

const t = (lang: Lang, en: string, ja: string): string => (lang === "en" ? en : ja);

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
    const knowledge = skillKnowledge(p.field, p.skillItem);
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
