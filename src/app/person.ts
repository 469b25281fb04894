/**
 * The person summary (issue 14): one person's page for the review, built from the
 * roster (scored the way every surface scores it), the Skills and CMBOK Assessment
 * tables, the History of closed rounds and the Engagements ledger, whichever the
 * workbook has. A plain async function over a WorkbookAdapter, like the other use cases.
 */
import type { Edition, Lang, Localized } from "../core/catalog/types";
import {
  engagementVerdicts,
  groupByPerson as engagementsByPerson,
  readEngagements,
  scoreEngagements,
  type Day,
} from "../core/engagements";
import { formatDay } from "../core/engagements/dates";
import { ENGAGEMENTS_SHEET } from "../core/engagements/template";
import { LAYOUT } from "../core/layout";
import { personSummary, type SummaryEngagements } from "../core/person/person-summary";
import {
  agreedLevelsInForce,
  compareSelfAndManager,
  readAgreedLevels,
  readAssessments,
  readHistory,
  resolveAssessedLevels,
  type HistoryEntry,
} from "../core/rounds";
import { displayOf, groupByPerson, type PersonRows } from "../core/rounds/assessments";
import { roundsOf } from "../core/rounds/history";
import { personKey } from "../core/roster/person-key";
import { readCmbokTable } from "../core/skills/cmbok-report";
import { readSkillsTable } from "../core/skills/read-table";
import { findSkillsPerson } from "../core/skills/report";
import { CMBOK_ASSESSMENT_SHEET, SKILLS_SHEET } from "../core/skills/sheets";
import type { RuleSet } from "../core/engine/rule-set";
import type { Progress, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem } from "./problem";
import { companyRules, findAndScore, located } from "./score";

import { PERSON_PICKER, PERSON_SHEET, PERSON_TABLES } from "../core/person/person-summary";

export { PERSON_SHEET, PERSON_PICKER };
/** Today, as ongoing engagements count it. */
export { todayDay } from "./engagements";

export interface PersonSummaryOptions {
  readonly lang: Lang;
  readonly edition: Edition;
  readonly useCompanyRules?: boolean;
  /**
   * Employee ID of the person; default the one chosen in the Person sheet's drop-down
   * (Refresh), else the first person of the roster.
   */
  readonly person?: string | null;
  /** The day ongoing engagements run to, and (unless `date` says otherwise) the date printed on the page. */
  readonly asOf: Day;
  /** ISO yyyy-mm-dd. */
  readonly date?: string;
}

export interface PersonChoice {
  readonly employeeId: string;
  readonly name: string;
}

export interface PersonSummaryResult {
  readonly employeeId: string;
  readonly name: string;
  /** The KPI level of the deciding row; null when that row is invalid. */
  readonly level: number | null;
  readonly choices: readonly PersonChoice[];
  /** Which sections had data to show. */
  readonly sections: {
    readonly skills: boolean;
    readonly cmbok: boolean;
    readonly rounds: number;
    readonly engagements: number;
  };
}

export const PERSON_TEXT = {
  noPeople: {
    en: "The roster has no Employee IDs: the person summary picks people by Employee ID.",
    ja: "名簿に社員番号がありません。個人サマリーは社員番号で社員を選びます。",
  },
} as const satisfies Record<string, Localized>;

export function personNotInRoster(id: string): Localized {
  return {
    en: `Nobody with the Employee ID “${id}” is in the roster.`,
    ja: `社員番号「${id}」の社員は名簿にいません。`,
  };
}

/** The roster's people, once each (self and manager rows are one person), for the pane's choice. */
export async function listRosterPeople(
  wb: WorkbookAdapter,
  options: { readonly edition: Edition },
): Promise<PersonChoice[]> {
  const roster = await wb.findRoster(false);
  if (!roster || roster.rows.length === 0) return [];
  const { people } = await rosterPeople(wb, { edition: options.edition, useCompanyRules: false });
  return people.map(choiceOf);
}

/** Builds (or rebuilds for another person) the Person sheet. */
export async function buildPersonSummary(
  wb: WorkbookAdapter,
  options: PersonSummaryOptions,
  progress?: Progress,
): Promise<PersonSummaryResult> {
  const policy = { edition: options.edition, useCompanyRules: options.useCompanyRules ?? false };
  const { people, agreedLevel } = await rosterPeople(wb, policy);
  if (people.length === 0) throw new ActionProblem(PERSON_TEXT.noPeople);
  const asked = options.person?.trim() || (await chosenInSheet(wb));
  const wanted = asked ? personKey(asked) : (people[0]?.key ?? "");
  const person = people.find((p) => p.key === wanted);
  if (!person) throw new ActionProblem(personNotInRoster(asked ?? ""));
  const deciding = person.manager[0] ?? person.self[0] ?? person.unlabelled[0];
  if (!deciding) throw new ActionProblem(personNotInRoster(person.employeeId));
  const { name, department } = displayOf(person);
  const rules = policy.useCompanyRules ? await companyRules(wb) : undefined;

  const skillsData = await wb.readTable(SKILLS_SHEET.table);
  const skills = skillsData
    ? (findSkillsPerson(readSkillsTable(skillsData).people, person.employeeId) ?? null)
    : null;
  const cmbokData = await wb.readTable(CMBOK_ASSESSMENT_SHEET.table);
  const cmbok = cmbokData
    ? (readCmbokTable(cmbokData).people.find((p) => personKey(p.employeeId) === person.key) ?? null)
    : null;
  const historyData = await wb.readTable(LAYOUT.history.table);
  const rounds = historyData ? roundsOfPerson(historyData.headers, historyData.rows, person.key) : [];
  const ledger = await wb.readTable(ENGAGEMENTS_SHEET.table);
  const engagements = ledger
    ? engagementsOf(ledger, person, deciding.score, { asOf: options.asOf, edition: options.edition, rules })
    : null;

  const report = personSummary({
    lang: options.lang,
    choices: people.map((p) => p.employeeId),
    person: {
      employeeId: person.employeeId,
      name,
      department,
      score: deciding.score,
      assessedBy: deciding.assessedBy,
      agreedLevel: agreedLevel(person.key),
    },
    skills,
    hasSkillsTable: skillsData !== null,
    cmbok,
    hasCmbokTable: cmbokData !== null,
    rounds,
    hasHistory: historyData !== null,
    engagements,
    date: options.date ?? formatDay(options.asOf),
  });
  await wb.writeReport(report, progress);
  return {
    employeeId: person.employeeId,
    name,
    level: agreedLevel(person.key) ?? deciding.score.level,
    choices: people.map(choiceOf),
    sections: {
      skills: skills !== null,
      cmbok: cmbok !== null,
      rounds: rounds.length,
      engagements: engagements?.verdicts.length ?? 0,
    },
  };
}

/**
 * The Employee ID chosen in the Person sheet's drop-down, when the summary exists: read
 * from the sheet that holds its tables (a sheet of the user's that was already called
 * "Person" is never it).
 */
export async function chosenInSheet(wb: WorkbookAdapter): Promise<string | null> {
  const kpi = await wb.readTable(PERSON_TABLES.kpi);
  if (!kpi) return null;
  const cells = await wb.readSheetCells(kpi.sheet);
  const value = cells[PERSON_PICKER.row]?.[PERSON_PICKER.column];
  return value === null || value === undefined || String(value).trim() === "" ? null : String(value).trim();
}

function choiceOf(p: PersonRows): PersonChoice {
  return { employeeId: p.employeeId, name: displayOf(p).name };
}

/**
 * The roster scored under the policy, grouped by person (rows without an ID, and blank
 * template rows, are nobody's), with the agreed level of each person whose self and
 * manager rows differ and whose difference the Self vs Manager sheet settles: the
 * level the distribution counts and closing the round records.
 */
async function rosterPeople(
  wb: WorkbookAdapter,
  policy: { readonly edition: Edition; readonly useCompanyRules: boolean },
): Promise<{ people: readonly PersonRows[]; agreedLevel: (key: string) => number | null }> {
  const { roster, plan } = await findAndScore(wb, policy);
  const assessed = readAssessments(located(roster, plan), plan.scores);
  const rows = assessed.rows.filter((_, i) => plan.blank[i] !== true);
  const people = groupByPerson(rows).people;
  const sheet = assessed.hasAssessorColumn ? await wb.readTable(LAYOUT.selfVsManager.table) : null;
  if (!sheet) return { people, agreedLevel: () => null };
  const agreed = readAgreedLevels(
    [[...sheet.headers], ...sheet.rows.map((r) => [...r])],
    sheet.headerRow + 1,
  );
  const settled = agreedLevelsInForce(agreed.agreed, compareSelfAndManager(rows));
  const resolved = resolveAssessedLevels(rows, settled.inForce).people;
  const levels = new Map(resolved.map((p) => [personKey(p.employeeId), p.agreedLevel]));
  return { people, agreedLevel: (key) => levels.get(key) ?? null };
}

/** The person's History entries, rounds in time order. */
function roundsOfPerson(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  key: string,
): HistoryEntry[] {
  const { entries } = readHistory([headers, ...rows]);
  return roundsOf(entries).flatMap((round) => {
    const entry = round.people.get(key);
    return entry ? [entry] : [];
  });
}

/**
 * The person's engagements, each against the level the ledger gives them (the level
 * the summary shows the evidence for), or the next level while they have none.
 */
function engagementsOf(
  ledger: {
    readonly headers: readonly unknown[];
    readonly rows: readonly (readonly unknown[])[];
    readonly headerRow: number;
  },
  person: PersonRows,
  score: PersonRows["self"][number]["score"],
  options: { readonly asOf: Day; readonly edition: Edition; readonly rules: RuleSet | undefined },
): SummaryEngagements {
  const read = readEngagements(ledger.headers, ledger.rows, {
    numbering: "row",
    firstRow: ledger.headerRow + 2,
  });
  const own = engagementsByPerson(read.engagements, personKey).get(person.key) ?? [];
  const scoring = {
    asOf: options.asOf,
    edition: options.edition,
    ...(options.rules ? { rules: options.rules } : {}),
  };
  const ledgerScore = scoreEngagements(score.evidence, score.problems, own, scoring);
  const level =
    ledgerScore.level !== null && ledgerScore.level > 0 ? ledgerScore.level : (ledgerScore.target ?? 1);
  const verdicts = own.length > 0 ? (engagementVerdicts(score.evidence, own, level, scoring) ?? []) : [];
  return { level, ledgerLevel: own.length > 0 ? ledgerScore.level : null, verdicts };
}
