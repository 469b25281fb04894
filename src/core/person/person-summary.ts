/**
 * The `Person` sheet: one person on one A4 page, for the review. A drop-down of the
 * roster's Employee IDs picks the person; the sheet holds their KPI level with each
 * criterion of the next level, their skill ratings with a radar chart, their CMBOK
 * coverage, their closed rounds and their engagements with whether each counts.
 *
 * Every section is laid out here from data the use case has already scored, with the
 * same engine as the roster's formulas. The sheet is rebuilt for the chosen person (no
 * custom function gives a criterion table, a radar or coverage, and a half-live sheet
 * would show two people at once); a live cell beside the drop-down says when the ID
 * chosen is not the one shown, until the summary is refreshed.
 */
import { levelName, skillItemsOfField, specialtyField } from "../catalog";
import type { Lang, Localized } from "../catalog/types";
import type { RowScore } from "../engine/score-row";
import type { EngagementVerdict } from "../engagements";
import { formatDay } from "../engagements/dates";
import { REPORT_SHEETS } from "../layout";
import { ASSESSOR_NAMES, type Assessor } from "../rounds/assessments";
import { effectiveLevel, type HistoryEntry } from "../rounds/history";
import type { CmbokPerson } from "../skills/cmbok-report";
import { percent } from "../skills/cmbok-report";
import type { SkillsPerson } from "../skills/read-table";
import type { HeadingCell, ReportChart, SheetReport } from "../sheets/report";
import type { SheetCell, SheetTable } from "../sheets/sheet-table";
import { criteriaView } from "./kpi-criteria";

export const PERSON_SHEET = REPORT_SHEETS.person;

export const PERSON_TABLES = {
  kpi: "Person_KPI",
  skills: "Person_Skills",
  cmbok: "Person_CMBOK",
  rounds: "Person_Rounds",
  engagements: "Person_Engagements",
} as const;

export const PERSON_RADAR_CHART = "ITSS_PersonRadar";

/** Where the drop-down is: B2 (0-based row 1, column 1). */
export const PERSON_PICKER = { row: 1, column: 1 } as const;

/**
 * Column widths in characters, shared by every table so each column has one width:
 * about 100 characters, printed one page wide on A4 portrait at roughly 70 %.
 */
const WIDTHS = [22, 18, 16, 9, 36] as const;
/** Printed columns (A-E); the drop-down's choices sit in G, outside the print area. */
const PRINT_COLUMNS = WIDTHS.length;
const CHOICES_COLUMN = PRINT_COLUMNS + 1;

export interface SummaryPerson {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  /** The row that decides the person's level: the manager's, else the self row, else the only one. */
  readonly score: RowScore;
  readonly assessedBy: Assessor | null;
  /** The level self and manager agreed on (Self vs Manager sheet), when it is in force. */
  readonly agreedLevel?: number | null;
}

export interface SummaryEngagements {
  /** The level the verdicts are for. */
  readonly level: number;
  /** The level the ledger gives the person (null when the roster row is invalid). */
  readonly ledgerLevel: number | null;
  readonly verdicts: readonly EngagementVerdict[];
}

export interface PersonSummaryInput {
  readonly lang: Lang;
  /** Every Employee ID of the roster, once each, in roster order: the drop-down's choices. */
  readonly choices: readonly string[];
  readonly person: SummaryPerson;
  /** The person's row of the Skills table; null when there is no such table or row. */
  readonly skills: SkillsPerson | null;
  /** Whether the workbook has a Skills table at all (says "no Skills sheet" or "not rated"). */
  readonly hasSkillsTable: boolean;
  readonly cmbok: CmbokPerson | null;
  readonly hasCmbokTable: boolean;
  /** The person's History entries, in round order. */
  readonly rounds: readonly HistoryEntry[];
  readonly hasHistory: boolean;
  /** The person's engagements against a level; null when there is no Engagements table. */
  readonly engagements: SummaryEngagements | null;
  /** The day the summary is made (ISO yyyy-mm-dd), printed on the page. */
  readonly date: string;
}

/**
 * The Person sheet for one person.
 * @example
 *   personSummary(input).tables.map((t) => t.table)
 *   // => ["Person_KPI", "Person_Skills", "Person_CMBOK", "Person_Rounds", "Person_Engagements"]
 */
export function personSummary(input: PersonSummaryInput): SheetReport {
  const { lang } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const kpi = kpiTable(input);
  const skills = skillsTable(input);
  const tables = [kpi.table, skills, cmbokTable(input), roundsTable(input), engagementsTable(input)];
  const radar: ReportChart = {
    name: PERSON_RADAR_CHART,
    kind: "radar",
    table: PERSON_TABLES.skills,
    columns: 3,
    title: t("Skill ratings against the target", "スキル評価と目標レベル"),
    placement: "beside",
  };
  return {
    sheet: PERSON_SHEET,
    tables,
    charts: [radar],
    heading: heading(input),
    captions: {
      [PERSON_TABLES.kpi]:
        kpi.level === null
          ? t("KPI criteria", "達成度指標の条件")
          : t(`KPI criteria for ${levelName(kpi.level).en}`, `${levelName(kpi.level).ja}の達成度指標の条件`),
      [PERSON_TABLES.skills]: t("Skill proficiency", "スキル熟達度"),
      [PERSON_TABLES.cmbok]: t("CMBOK coverage", "CMBOKカバー率"),
      [PERSON_TABLES.rounds]: t("Assessment rounds", "評価回の履歴"),
      [PERSON_TABLES.engagements]: engagementsCaption(input),
    },
    picker: {
      ...PERSON_PICKER,
      choices: input.choices,
      choicesColumn: CHOICES_COLUMN,
      choicesHeader: t("Employee IDs", "社員番号一覧"),
      prompt: {
        title: t("Employee ID", "社員番号"),
        message: t(
          "Choose a person, then refresh the summary from the pane (Person › Refresh from the sheet).",
          "社員を選び、作業ウィンドウ（個人サマリー › シートの選択で更新）でサマリーを更新してください。",
        ),
      },
    },
    page: {
      paper: "A4",
      orientation: "portrait",
      fitPages: { wide: 1, tall: 1 },
      printColumns: PRINT_COLUMNS,
    },
  };
}

function engagementsCaption(input: PersonSummaryInput): string {
  const { lang, engagements } = input;
  if (!engagements) return lang === "en" ? "Engagements" : "案件実績";
  const level = levelName(engagements.level)[lang];
  const ledger = engagements.ledgerLevel;
  if (lang === "en")
    return ledger === null
      ? `Engagements, against ${level}`
      : `Engagements (the ledger gives level ${ledger}), against ${level}`;
  return ledger === null
    ? `案件実績（${level}に対して）`
    : `案件実績（台帳からのレベル：${ledger}）、${level}に対して`;
}

/** The text beside the drop-down when the chosen ID is not the one shown. */
export const NOT_REFRESHED: Localized = {
  en: "Not this person's summary yet: refresh it from the pane (Person › Refresh from the sheet)",
  ja: "まだこの社員のサマリーではありません。作業ウィンドウで更新してください（個人サマリー › シートの選択で更新）",
};

/** `=IF(B2="E001","","…")`: blank while the drop-down shows the person the sheet is about. */
export function staleCheckFormula(employeeId: string, lang: Lang): string {
  const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;
  const cell = `${columnName(PERSON_PICKER.column)}${PERSON_PICKER.row + 1}`;
  return `=IF(${cell}=${quote(employeeId)},"",${quote(NOT_REFRESHED[lang])})`;
}

function columnName(column: number): string {
  return String.fromCharCode(65 + column);
}

function heading(input: PersonSummaryInput): HeadingCell[][] {
  const { lang, person } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const evidence = person.score.evidence;
  const field = evidence.field ? specialtyField(evidence.field).name[lang] : "";
  const agreed = person.agreedLevel ?? null;
  const level = agreed ?? person.score.level;
  const next = person.score.target;
  // Without an Assessed by column the row is the one assessment there is.
  const assessor = person.assessedBy ? ASSESSOR_NAMES[person.assessedBy][lang] : "–";
  const who =
    agreed === null
      ? assessor
      : t(
          `Agreed by self and manager (${assessor}'s row: ${person.score.level ?? "invalid"})`,
          `本人と上長の合意（${assessor}の行：${person.score.level ?? "入力エラー"}）`,
        );
  const skill = input.skills?.level ?? null;
  const target = input.skills?.assessment.target ?? null;
  const title = person.name
    ? t(`Person summary: ${person.name}`, `個人サマリー：${person.name}`)
    : t("Person summary", "個人サマリー");
  return [
    [title],
    [
      t("Employee ID", "社員番号"),
      person.employeeId,
      { formula: staleCheckFormula(person.employeeId, lang) },
    ],
    [t("Name", "氏名"), person.name, t("Department", "部署"), person.department],
    [t("Specialty field", "専門分野"), field, t("Assessed by", "評価者"), who],
    [
      t("KPI level", "達成度指標レベル"),
      level === null ? t("Invalid row", "入力エラー") : level,
      t("Next level", "次のレベル"),
      level === null ? "" : next === null ? t("Top of the field", "最上位") : next,
    ],
    [t("Skill level", "スキル熟達度レベル"), skill, t("Target", "目標レベル"), target],
    [t("Prepared on", "作成日"), input.date],
  ];
}

/** A section table; `text` marks the columns of user data and sentences, written as text. */
function table(
  name: string,
  headers: readonly string[],
  rows: SheetCell[][],
  wrap: readonly boolean[],
  text: readonly boolean[],
): SheetTable {
  return {
    sheet: PERSON_SHEET,
    table: name,
    headers,
    rows,
    widths: WIDTHS.slice(0, headers.length),
    wrap,
    text,
  };
}

const yesNo = (lang: Lang, v: boolean): string =>
  v ? (lang === "en" ? "yes" : "はい") : lang === "en" ? "no" : "いいえ";

function kpiTable(input: PersonSummaryInput): { table: SheetTable; level: number | null } {
  const { lang, person } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const view = criteriaView(person.score, lang);
  const rows: SheetCell[][] = view.lines.map((l) => [
    l.criterion,
    l.needs,
    l.has,
    yesNo(lang, l.met),
    l.missing,
  ]);
  for (const note of view.notes) rows.push([t("Note", "補足"), "", "", "", note]);
  for (const p of person.score.problems)
    rows.push([p.header, "", p.value, t("error", "エラー"), p.message[lang]]);
  if (rows.length === 0)
    rows.push(["", "", "", "", t("No criteria for this field.", "この分野の条件はありません。")]);
  const headers =
    view.level === null
      ? [
          t("Criterion", "条件"),
          t("Needs", "必要"),
          t("Has", "現在"),
          t("Met", "充足"),
          t("What is missing", "不足"),
        ]
      : [
          t("Criterion", "条件"),
          t(`Level ${view.level} needs`, `レベル${view.level}に必要`),
          t("Has", "現在"),
          t("Met", "充足"),
          t("What is missing", "不足"),
        ];
  return {
    table: table(
      PERSON_TABLES.kpi,
      headers,
      rows,
      [true, true, true, false, true],
      headers.map(() => true),
    ),
    level: view.level,
  };
}

function skillsTable(input: PersonSummaryInput): SheetTable {
  const { lang } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const headers = [t("Skill item", "スキル項目"), t("Rating", "評価"), t("Target", "目標レベル")];
  const person = input.skills;
  const field = person?.assessment.field ?? null;
  const items = field ? skillItemsOfField(field) : [];
  const rows: SheetCell[][] = items.map((item) => [
    item.name[lang],
    person?.assessment.ratings.get(item.id) ?? null,
    person?.assessment.target ?? null,
  ]);
  if (rows.length === 0)
    rows.push([
      !input.hasSkillsTable
        ? t("No Skills sheet yet", "スキルシートがまだありません")
        : !person
          ? t("Not in the Skills sheet", "スキルシートにいません")
          : t("No skill items for this field", "この分野のスキル項目はありません"),
      null,
      null,
    ]);
  return table(PERSON_TABLES.skills, headers, rows, [true, false, false], [true, false, false]);
}

function cmbokTable(input: PersonSummaryInput): SheetTable {
  const { lang } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const headers = [
    t("CMBOK domain", "CMBOK領域"),
    t("Coverage (%)", "カバー率（%）"),
    t("Covered", "カバー"),
    t("Rated", "評価済み"),
    t("Competencies", "コンピテンシー数"),
  ];
  const rows: SheetCell[][] =
    input.cmbok?.coverage.map((d) => [
      d.domain[lang],
      percent(d.coverage),
      d.covered,
      d.rated,
      d.competencies,
    ]) ?? [];
  if (rows.length === 0)
    rows.push([
      input.hasCmbokTable
        ? t("Not in the CMBOK Assessment", "CMBOKアセスメントにいません")
        : t("No CMBOK Assessment yet", "CMBOKアセスメントがまだありません"),
      null,
      null,
      null,
      null,
    ]);
  return table(
    PERSON_TABLES.cmbok,
    headers,
    rows,
    [true, false, false, false, false],
    [true, false, false, false, false],
  );
}

function roundsTable(input: PersonSummaryInput): SheetTable {
  const { lang } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const headers = [
    t("Round", "評価回"),
    t("Date", "日付"),
    t("Level", "レベル"),
    t("Agreed", "合意"),
    t("Skill level", "スキル熟達度レベル"),
  ];
  const rows: SheetCell[][] = input.rounds.map((r) => [
    r.round,
    r.date,
    effectiveLevel(r),
    r.agreedLevel === null ? "" : yesNo(lang, true),
    r.skillLevel,
  ]);
  if (rows.length === 0)
    rows.push([
      input.hasHistory
        ? t("No closed round for this person", "この社員の締めた評価回はありません")
        : t("No round closed yet", "締めた評価回はまだありません"),
      "",
      null,
      "",
      null,
    ]);
  return table(
    PERSON_TABLES.rounds,
    headers,
    rows,
    [true, false, false, false, false],
    [true, true, false, true, false],
  );
}

function engagementsTable(input: PersonSummaryInput): SheetTable {
  const { lang } = input;
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);
  const level = input.engagements?.level ?? null;
  const headers = [
    t("Engagement", "案件"),
    t("Period", "期間"),
    t("Own level", "案件のレベル"),
    level === null ? t("Counts", "算入") : t(`Counts for level ${level}`, `レベル${level}に算入`),
    t("Why", "理由"),
  ];
  const rows: SheetCell[][] = (input.engagements?.verdicts ?? []).map((v) => {
    const e = v.engagement;
    const start = e.start === null ? "?" : formatDay(e.start);
    const end = e.end === null ? t("ongoing", "継続中") : formatDay(e.end);
    return [e.name, `${start} – ${end}`, v.ownLevel, yesNo(lang, v.counts), v.why[lang]];
  });
  if (rows.length === 0)
    rows.push([
      input.engagements
        ? t("No engagements in the ledger", "案件台帳に案件がありません")
        : t("No Engagements table yet", "案件台帳（Engagements）がまだありません"),
      "",
      null,
      "",
      "",
    ]);
  return table(
    PERSON_TABLES.engagements,
    headers,
    rows,
    [true, false, false, false, true],
    [true, true, false, true, true],
  );
}
