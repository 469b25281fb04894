/**
 * Importing the assessment sheets HR already keeps, as import-actions.ts imports
 * rosters: read the source (sourceFromFile), plan in the core (header row,
 * columns, ratings, problems; CMBOK 1.0 migrated to 2.0), then append the rows to
 * the Skills or CMBOK Assessment table (created from its template when absent)
 * and write the Import Report. The source is only read, never written.
 */
import { countOf } from "../core/roster/normalize";
import type { CmbokVersion, Lang, Localized } from "../core/catalog/types";
import type { AssessmentPlan } from "../core/import/assessment-import";
import type { ImportSummary } from "../core/import/build-plan";
import { summaryWithout } from "../core/import/sheets";
import { cmbokColumnMeaning, planCmbokSheet, type CmbokImportResult } from "../core/import/cmbok-import";
import { planSkillSheet, skillsColumnMeaning, type SkillsImportResult } from "../core/import/skills-import";
import {
  engagementColumnMeaning,
  planEngagementSheet,
  type EngagementsImportResult,
} from "../core/import/engagements-import";
import { ENGAGEMENT_COLUMNS } from "../core/engagements/columns";
import { ENGAGEMENTS_SHEET, engagementsTemplate } from "../core/engagements/template";
import { arrangeAssessment, assessmentImportReport } from "../core/skills/import-sheets";
import { CMBOK_ASSESSMENT_COLUMNS } from "../core/skills/cmbok-template";
import { SKILLS_COLUMNS } from "../core/skills/skills-template";
import {
  CMBOK_ASSESSMENT_SHEET,
  cmbokAssessmentTemplate,
  SKILLS_SHEET,
  skillsTemplate,
} from "../core/skills/sheets";
import type { RosterTemplate } from "../core/sheets/roster-template";
import type { SheetCell } from "../core/sheets/sheet-table";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem } from "./roster";
import type { ImportSource } from "./import";

export { sourceFromFile } from "./import";

export interface AssessmentPlanOptions {
  /** Header language of a table created for the import (an existing table keeps its own). */
  readonly lang: Lang;
  /** 1-based header row chosen by the user, when the automatic one is wrong. */
  readonly headerRowNumber?: number;
}

export type SkillsImportPlanned = Extract<SkillsImportResult, { ok: true }>;
export type CmbokImportPlanned = Extract<CmbokImportResult, { ok: true }>;

/**
 * Plans the import of a skill sheet into the Skills table, with the headers in the
 * language of the workbook's Skills table when there is one; a sheet that is no
 * skill sheet is refused.
 */
export async function planSkillsImport(
  wb: WorkbookAdapter,
  source: ImportSource,
  options: AssessmentPlanOptions,
): Promise<SkillsImportPlanned> {
  const result = planSkillSheet(source.rows, {
    lang: await tableLanguage(wb, SKILLS_SHEET.table, SKILLS_COLUMNS, options.lang),
    ...(options.headerRowNumber ? { headerRowNumber: options.headerRowNumber } : {}),
  });
  if (!result.ok) throw new ActionProblem(result.message);
  return result;
}

export interface CmbokPlanOptions extends AssessmentPlanOptions {
  /** The sheet's CMBOK version when the user knows it; read from the sheet otherwise. */
  readonly version?: CmbokVersion;
}

/** Plans the import of a CMBOK sheet; a 1.0 sheet is migrated to the 2.0 columns. */
export async function planCmbokImport(
  wb: WorkbookAdapter,
  source: ImportSource,
  options: CmbokPlanOptions,
): Promise<CmbokImportPlanned> {
  const result = planCmbokSheet(source.rows, {
    lang: await tableLanguage(wb, CMBOK_ASSESSMENT_SHEET.table, CMBOK_ASSESSMENT_COLUMNS, options.lang),
    sourceName: source.name,
    ...(options.version ? { version: options.version } : {}),
    ...(options.headerRowNumber ? { headerRowNumber: options.headerRowNumber } : {}),
  });
  if (!result.ok) throw new ActionProblem(result.message);
  return result;
}

/**
 * The language of an existing table's headers, so the columns an import adds
 * ("CMBOK 1.0 OP-8 業務プロセス監査") read like the rest; `fallback` for a new table.
 */
async function tableLanguage(
  wb: WorkbookAdapter,
  table: string,
  columns: readonly { readonly header: Localized }[],
  fallback: Lang,
): Promise<Lang> {
  const data = await wb.readTable(table);
  if (!data) return fallback;
  const headers = new Set(data.headers.map((h) => String(h ?? "")));
  const count = (lang: Lang) =>
    columns.filter((c) => c.header.en !== c.header.ja && headers.has(c.header[lang])).length;
  const ja = count("ja");
  const en = count("en");
  return ja === en ? fallback : ja > en ? "ja" : "en";
}

export interface AssessmentImportOutcome {
  readonly summary: ImportSummary;
  readonly sheet: string;
  readonly table: string;
  /** The table did not exist and was created from its template. */
  readonly created: boolean;
  /** Source rows not added: the table already held a row with the same values (`summary` counts the rows added). */
  readonly alreadyInTable: number;
}

/**
 * Appends the planned rows to the Skills table (created from the template, in the
 * plan's header language, when absent) and writes the Import Report in `lang`.
 */
export const applySkillsImport = importInto({
  table: SKILLS_SHEET.table,
  template: skillsTemplate,
  meaningOf: skillsColumnMeaning,
});

/**
 * Appends the planned rows to the CMBOK Assessment table (created from the
 * template when absent) and writes the Import Report, with the change list, in `lang`.
 */
export const applyCmbokImport = importInto({
  table: CMBOK_ASSESSMENT_SHEET.table,
  template: cmbokAssessmentTemplate,
  meaningOf: cmbokColumnMeaning,
});

export type EngagementsImportPlanned = Extract<EngagementsImportResult, { ok: true }>;

/**
 * Plans the import of a project-history sheet (職務経歴書, 案件実績: one row per
 * project) into the Engagements table, in the language of the table when there is one.
 */
export async function planEngagementsImport(
  wb: WorkbookAdapter,
  source: ImportSource,
  options: AssessmentPlanOptions,
): Promise<EngagementsImportPlanned> {
  const result = planEngagementSheet(source.rows, {
    lang: await tableLanguage(wb, ENGAGEMENTS_SHEET.table, ENGAGEMENT_COLUMNS, options.lang),
    ...(options.headerRowNumber ? { headerRowNumber: options.headerRowNumber } : {}),
  });
  if (!result.ok) throw new ActionProblem(result.message);
  return result;
}

/**
 * Appends the planned engagements to the Engagements table (created from its template,
 * with its drop-downs and date checks, when absent) and writes the Import Report.
 */
export const applyEngagementsImport = importInto({
  table: ENGAGEMENTS_SHEET.table,
  template: engagementsTemplate,
  meaningOf: engagementColumnMeaning,
});

/** The table an assessment import lands in: its name, its template, and what its headers mean. */
interface Destination {
  readonly table: string;
  readonly template: (options: { lang: Lang; sampleRows: boolean }) => RosterTemplate;
  readonly meaningOf: (header: SheetCell) => string | null;
}

/** The apply step of one destination: the plan's rows into its table, then the Import Report. */
function importInto(destination: Destination) {
  return (
    wb: WorkbookAdapter,
    source: ImportSource,
    plan: AssessmentPlan,
    lang: Lang,
    progress?: Progress,
  ): Promise<AssessmentImportOutcome> => applyAssessment(wb, source, plan, lang, destination, progress);
}

/**
 * The write: the template's validation, input messages and formula columns come
 * with a created table; rows go below the existing ones, never over them. A table
 * holding only the template's blank row loses that row once the import is in, so
 * the imported rows start at the top (removed after the append, so the rows
 * appended pick up the Skill Level formula from it first).
 */
async function applyAssessment(
  wb: WorkbookAdapter,
  source: ImportSource,
  plan: AssessmentPlan,
  lang: Lang,
  destination: Destination,
  progress: Progress | undefined,
): Promise<AssessmentImportOutcome> {
  let table = await wb.readTable(destination.table);
  const created = table === null;
  if (!table) {
    await wb.createTemplateTable(
      destination.template({ lang: plan.headerLanguage, sampleRows: false }),
      progress,
    );
    table = await wb.readTable(destination.table);
    if (!table) throw new ActionProblem(tableNotCreated(destination.table));
  }
  const arranged = arrangeAssessment(plan, table, destination.meaningOf);
  const spec = { sheet: table.sheet, table: destination.table, headers: arranged.headers, rows: [] };
  await wb.updateTableRows(
    spec,
    { remove: [], append: arranged.rows, literal: arranged.literal, newColumns: arranged.newColumns },
    progress,
  );
  if (arranged.rows.length > 0 && onlyBlankRow(table))
    await wb.updateTableRows(spec, { remove: [0], append: [] });
  const repeated = { table: destination.table, rows: arranged.repeated };
  await wb.writeReport(assessmentImportReport(plan, lang, source.name, repeated), progress);
  return {
    summary: summaryWithout(plan, arranged.repeated),
    sheet: table.sheet,
    table: destination.table,
    created,
    alreadyInTable: arranged.repeated.length,
  };
}

/** The one blank row a table created without sample rows holds (formula cells show ""). */
function onlyBlankRow(table: TableData): boolean {
  return table.rows.length === 1 && (table.rows[0] ?? []).every((c) => c === null || c === "");
}

function tableNotCreated(table: string): Localized {
  return {
    en: `The ${table} table could not be created, so nothing was imported.`,
    ja: `${table}表を作成できなかったため、取り込んでいません。`,
  };
}

/**
 * "Imported 12 of 12 rows into Skills; 2 flagged rows need fixing (see Import Report)."
 * Rows the table already held are said, so a second import of one file explains itself.
 */
export function assessmentImportDoneMessage(outcome: AssessmentImportOutcome): Localized {
  const s = outcome.summary;
  const already = outcome.alreadyInTable;
  const imported = s.imported;
  return {
    en: `Imported ${imported} of ${countOf(s.read, "row")} into ${outcome.sheet}${already > 0 ? `; ${countOf(already, "row")} ${already === 1 ? "was" : "were"} already there with the same values and ${already === 1 ? "was" : "were"} not added again` : ""}${s.flagged > 0 ? `; ${countOf(s.flagged, "flagged row")} ${s.flagged === 1 ? "needs" : "need"} fixing (see Import Report)` : ""}.`,
    ja: `${s.read}行中${imported}行を「${outcome.sheet}」に取り込みました${already > 0 ? `。${already}行は同じ値で既にあるため、再度は追加していません` : ""}${s.flagged > 0 ? `。${s.flagged}行は修正が必要です（取り込みレポートを参照）` : ""}。`,
  };
}
