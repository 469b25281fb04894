/**
 * The Skills tab's actions as plain async functions over a WorkbookAdapter, like
 * actions.ts: the core reads, scores and lays out; the adapter writes. No React
 * here, so every action is tested on the in-memory workbook and on fake Excel.
 */
import type { Edition, Lang } from "../core/catalog/types";
import { mapSkillsHeaders, type LevelComparison, type TeamDomainCoverage } from "../core/skills";
import { cmbokCoverageReport, readCmbokTable } from "../core/sheets/skills-cmbok";
import { kpiLevels } from "../core/sheets/skills-kpi";
import { readSkillsTable, type CellProblem } from "../core/sheets/skills-read";
import { findSkillsPerson, skillsReport } from "../core/sheets/skills-report";
import {
  CMBOK_ASSESSMENT_SHEET,
  cmbokAssessmentTemplate,
  namesSkillItems,
  SKILLS_SHEET,
  skillsTemplate,
} from "../core/sheets/skills-sheets";
import type { Progress, TableData, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem } from "./roster";
import { localizedSkills, SKILLS_TEXT } from "../taskpane/i18n-skills";

export interface AssessmentSheetOptions {
  /** Header language of the new sheet. */
  readonly lang: Lang;
  readonly sampleRows: boolean;
}

/** Adds the Skills sheet; refuses when a Skills table exists, so nobody's ratings are overwritten. */
export async function createSkillsSheet(
  wb: WorkbookAdapter,
  options: AssessmentSheetOptions,
  progress?: Progress,
): Promise<void> {
  if (await wb.readTable(SKILLS_SHEET.table)) throw new ActionProblem(SKILLS_TEXT.skillsExists);
  await wb.createTemplateTable(skillsTemplate(options), progress);
}

/** Adds the CMBOK Assessment sheet; refuses when the table exists. */
export async function createCmbokAssessment(
  wb: WorkbookAdapter,
  options: AssessmentSheetOptions,
  progress?: Progress,
): Promise<void> {
  if (await wb.readTable(CMBOK_ASSESSMENT_SHEET.table)) throw new ActionProblem(SKILLS_TEXT.cmbokExists);
  await wb.createTemplateTable(cmbokAssessmentTemplate(options), progress);
}

export interface SkillsReportOptions {
  /** Language of the report's headers and chart titles. */
  readonly lang: Lang;
  /** Whose radar chart to draw: Employee ID or name; default the first person with a field. */
  readonly person?: string | null;
  /** KPI edition for the Roster's levels (default V3). */
  readonly edition?: Edition;
}

export interface SkillsReportResult {
  /** The Skills table as read, to go to a problem's cell. */
  readonly skills: TableData;
  /** Non-blank rows of the Skills table. */
  readonly people: number;
  /** People per skill level 0-7. */
  readonly perLevel: readonly number[];
  /** Rows without a skill level (bad field or rating). */
  readonly unscored: number;
  readonly problems: readonly CellProblem[];
  /** People whose KPI and skill levels are 2 or more apart. */
  readonly flagged: readonly LevelComparison[];
  readonly rosterFound: boolean;
  readonly radarPerson: { readonly employeeId: string; readonly name: string } | null;
}

/**
 * Builds the Skills Report sheet from the Skills table, with KPI levels from the
 * Roster when the workbook has one. Bad cells are listed and the rest is reported.
 */
export async function buildSkillsReport(
  wb: WorkbookAdapter,
  options: SkillsReportOptions,
  progress?: Progress,
): Promise<SkillsReportResult> {
  const skills = await wb.readTable(SKILLS_SHEET.table);
  if (!skills) throw new ActionProblem(SKILLS_TEXT.noSkillsTable);
  const map = mapSkillsHeaders(skills.headers);
  if (map.index.field < 0) throw new ActionProblem(SKILLS_TEXT.noFieldColumn);
  if (map.skills.columnOf.size === 0) throw new ActionProblem(SKILLS_TEXT.noSkillColumns);
  const reading = readSkillsTable(skills);
  if (reading.people.length === 0) throw new ActionProblem(SKILLS_TEXT.noSkillsRows);
  const person = options.person?.trim() || null;
  if (person && !findSkillsPerson(reading.people, person))
    throw new ActionProblem(localizedSkills("personNotFound", { person }));

  const roster = await rosterBeside(wb);
  const kpi = roster ? kpiLevels(roster, options.edition ?? "V3") : null;
  const report = skillsReport({ people: reading.people, kpi, person, lang: options.lang });
  await wb.writeReport(report, progress);
  const radar = report.radarPerson?.assessment;
  return {
    skills,
    people: reading.people.length,
    perLevel: reading.perLevel,
    unscored: reading.people.filter((p) => p.level === null).length,
    problems: reading.problems,
    flagged: report.comparisons.filter((c) => c.flagged),
    rosterFound: roster !== null,
    radarPerson: radar ? { employeeId: radar.employeeId, name: radar.name } : null,
  };
}

/** Someone the radar chart can show. */
export interface SkillsPersonOption {
  /** What to pass as SkillsReportOptions.person. */
  readonly value: string;
  readonly employeeId: string;
  readonly name: string;
}

/** The people of the Skills table with a field that has skill items: the radar chart's choices. */
export async function listSkillsPeople(wb: WorkbookAdapter): Promise<SkillsPersonOption[]> {
  const skills = await wb.readTable(SKILLS_SHEET.table);
  if (!skills) return [];
  return readSkillsTable(skills)
    .people.filter((p) => p.assessment.field !== null)
    .map(({ assessment: { employeeId, name } }) => ({ value: employeeId || name, employeeId, name }));
}

export interface CmbokCoverageResult {
  /** The CMBOK Assessment table as read, to go to a problem's cell. */
  readonly cmbok: TableData;
  readonly people: number;
  /** The team's average coverage per domain, 0-1, in domain order. */
  readonly team: readonly TeamDomainCoverage[];
  readonly problems: readonly CellProblem[];
}

/** Builds the CMBOK Coverage sheet from the CMBOK Assessment table. */
export async function buildCmbokCoverage(
  wb: WorkbookAdapter,
  options: { readonly lang: Lang },
  progress?: Progress,
): Promise<CmbokCoverageResult> {
  const cmbok = await wb.readTable(CMBOK_ASSESSMENT_SHEET.table);
  if (!cmbok) throw new ActionProblem(SKILLS_TEXT.noCmbokTable);
  const reading = readCmbokTable(cmbok);
  if (reading.competencyColumns === 0) throw new ActionProblem(SKILLS_TEXT.noCmbokColumns);
  if (reading.people.length === 0) throw new ActionProblem(SKILLS_TEXT.noCmbokRows);
  const report = cmbokCoverageReport(reading.people, options.lang);
  await wb.writeReport(report, progress);
  return { cmbok, people: reading.people.length, team: report.team, problems: reading.problems };
}

/**
 * The Roster to compare with, or null. The Skills table has Employee ID, Name and
 * Specialty Field, so a workbook without a Roster offers it as one: pass it over.
 */
async function rosterBeside(wb: WorkbookAdapter): Promise<TableData | null> {
  const roster = await wb.findRoster(false);
  if (!roster || roster.rows.length === 0) return null;
  if (roster.table === SKILLS_SHEET.table || namesSkillItems(roster.headers)) return null;
  return roster;
}
