/**
 * The workbook layout: every sheet, table and score column the product owns, named
 * once. Sheet names stay English in both languages: formulas and other workbooks
 * refer to sheets by name, so a name must not change with the pane's language.
 * Table contents follow the language.
 */
import type { Localized } from "./catalog/types";

export const LAYOUT = {
  /** The roster: the one table the product scores. */
  roster: { sheet: "Roster", table: "Roster" },
  // The standard (Standard tab).
  levels: { sheet: "Levels", table: "ITSS_Levels" },
  rules: { sheet: "KPI Rules", table: "KPI_Rules" },
  skillItems: { sheet: "Skill Items", table: "Skill_Items" },
  cmbok: { sheet: "CMBOK", table: "CMBOK" },
  // Skills and CMBOK assessments (Skills tab).
  skills: { sheet: "Skills", table: "Skills" },
  cmbokAssessment: { sheet: "CMBOK Assessment", table: "CMBOK_Assessment" },
  // Assessment rounds (Rounds tab).
  selfVsManager: { sheet: "Self vs Manager", table: "Self_vs_Manager" },
  // Excel reserves the sheet name "History" (ExcelJS refuses a file that has it).
  history: { sheet: "Round History", table: "History" },
} as const;

/** Report sheets: rewritten by the product on each run. */
export const REPORT_SHEETS = {
  distribution: "Level Distribution",
  importReport: "Import Report",
  skillsReport: "Skills Report",
  cmbokCoverage: "CMBOK Coverage",
  trends: "Trends",
  /** One person's summary, for the review (rebuilt for the person chosen). */
  person: "Person",
} as const;

/** The columns scoring adds to a roster (the pane, the roster template and the command line). */
export const SCORE_COLUMNS = {
  level: { en: "ITSS Level", ja: "ITSSレベル" },
  gap: { en: "Gap", ja: "不足" },
} as const satisfies Record<string, Localized>;

/** Earlier spellings of the score columns, still recognised so a re-score reuses them. */
export const SCORE_COLUMN_ALIASES = {
  level: ["ITSS Level", "ITSSレベル"],
  gap: ["Gap to next level", "次のレベルまでの不足"],
} as const;

/** Tables the product owns for another purpose than the roster: never scored. */
export const NOT_ROSTER_TABLES: readonly string[] = Object.values(LAYOUT)
  .map((p) => p.table)
  .filter((t) => t !== LAYOUT.roster.table);

/** Sheets that hold only the product's reports: a table on them is never the roster. */
export const REPORT_SHEET_NAMES: readonly string[] = Object.values(REPORT_SHEETS);
