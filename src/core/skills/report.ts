/**
 * The `Skills Report` sheet: a heat map of everyone's ratings, one person's radar
 * of ratings against their target, the team's headcount per level per skill item,
 * and KPI level against skill level per person. The table and chart names never
 * change, so building it again refreshes the same sheet, tables and charts.
 */
import { levelName, SKILL_ITEMS, skillItemsOfField } from "../catalog";
import type { Lang, Localized } from "../catalog/types";
import { comparePerson, teamSkillDistribution, type LevelComparison, type TeamMember } from ".";
import type { ReportChart, SheetReport } from "../sheets/report";
import type { SheetCell, SheetTable } from "../sheets/sheet-table";
import type { KpiLevels } from "./kpi-levels";
import { personKey, type SkillsPerson } from "./read-table";
import { SKILL_LEVEL_HEADER } from "./sheets";
import { REPORT_SHEETS } from "../layout";

export const SKILLS_REPORT_SHEET = REPORT_SHEETS.skillsReport;

export const SKILLS_REPORT_TABLES = {
  heatMap: "Skills_HeatMap",
  radar: "Skills_Radar",
  team: "Skills_Team",
  comparison: "Skills_KPI_Comparison",
} as const;

export const SKILLS_REPORT_CHARTS = { radar: "ITSS_SkillsRadar", team: "ITSS_SkillsTeam" } as const;

/** The heat map's cell for an item that is not the person's field's: not rated, and not expected to be. */
export const NOT_THE_FIELDS_ITEM = "–";

/** First heat-map column of the ratings (after Employee ID and Name). */
const FIRST_RATING_COLUMN = 2;

export interface SkillsReportInput {
  readonly people: readonly SkillsPerson[];
  /** KPI levels from the Roster; null when the workbook has none. */
  readonly kpi: KpiLevels | null;
  /** Whose radar to draw: Employee ID or name; default the first person with a field. */
  readonly person?: string | null;
  readonly lang: Lang;
}

export interface SkillsReport extends SheetReport {
  /** The person the radar shows; null when nobody has a field with skill items. */
  readonly radarPerson: SkillsPerson | null;
  /** Every person's KPI and skill level, in table order. */
  readonly comparisons: readonly LevelComparison[];
}

/**
 * Build the Skills Report from scored Skills rows and, when present, the Roster's KPI levels.
 * @example
 *   skillsReport({ people: readSkillsTable(skills).people, kpi: null, lang: "en" }).charts.map((c) => c.kind)
 *   // => ["radar", "columnClustered"]
 */
export function skillsReport(input: SkillsReportInput): SkillsReport {
  const { people, lang } = input;
  const radarPerson =
    findSkillsPerson(people, input.person) ?? people.find((p) => p.assessment.field) ?? null;
  const comparisons = people.map((p) => comparePerson(levelsOf(p, input.kpi)));
  const team = teamTable(people, lang);
  const tables: SheetTable[] = [
    heatMapTable(people, lang),
    radarTable(radarPerson, lang),
    team.table,
    comparisonTable(people, comparisons, input.kpi, lang),
  ];
  const charts: ReportChart[] = [
    {
      name: SKILLS_REPORT_CHARTS.radar,
      kind: "radar",
      table: SKILLS_REPORT_TABLES.radar,
      columns: 3,
      title: radarTitle(radarPerson, lang),
    },
    {
      // Clustered, not stacked: "reaches level 3" includes everyone who reaches 4, so stacking would double count.
      name: SKILLS_REPORT_CHARTS.team,
      kind: "columnClustered",
      table: SKILLS_REPORT_TABLES.team,
      columns: 1 + team.levels,
      title: t(lang, "People reaching each level, per skill item", "スキル項目別・レベル到達人数"),
      xTitle: t(lang, "Skill item", "スキル項目"),
      yTitle: t(lang, "People", "人数"),
    },
  ];
  return {
    sheet: SKILLS_REPORT_SHEET,
    tables,
    charts,
    colorScales: [
      {
        table: SKILLS_REPORT_TABLES.heatMap,
        fromColumn: FIRST_RATING_COLUMN,
        toColumn: FIRST_RATING_COLUMN + SKILL_ITEMS.length - 1,
        min: 1,
        max: 7,
      },
    ],
    radarPerson,
    comparisons,
  };
}

/**
 * The person a pane option names: by Employee ID, else by name, compared folded.
 * Undefined when nobody matches (or nothing was asked).
 */
export function findSkillsPerson(
  people: readonly SkillsPerson[],
  wanted: string | null | undefined,
): SkillsPerson | undefined {
  if (!wanted || wanted.trim() === "") return undefined;
  const byId = personKey(wanted, "");
  const byName = personKey("", wanted);
  return (
    people.find((p) => personKey(p.assessment.employeeId, "") === byId) ??
    people.find((p) => personKey("", p.assessment.name) === byName)
  );
}

const t = (lang: Lang, en: string, ja: string): string => (lang === "en" ? en : ja);

const ID_HEADER: Localized = { en: "Employee ID", ja: "社員番号" };
const NAME_HEADER: Localized = { en: "Name", ja: "氏名" };
const TARGET_HEADER: Localized = { en: "Target", ja: "目標レベル" };

function heatMapTable(people: readonly SkillsPerson[], lang: Lang): SheetTable {
  const rows = people.map(({ assessment, level }): SheetCell[] => {
    const own = new Set(assessment.field ? skillItemsOfField(assessment.field).map((s) => s.id) : []);
    const ratings = SKILL_ITEMS.map((item): SheetCell => {
      if (assessment.field === null) return null;
      return own.has(item.id) ? (assessment.ratings.get(item.id) ?? null) : NOT_THE_FIELDS_ITEM;
    });
    return [assessment.employeeId, assessment.name, ...ratings, level, assessment.target];
  });
  const headers = [
    ID_HEADER[lang],
    NAME_HEADER[lang],
    ...SKILL_ITEMS.map((s) => s.name[lang]),
    SKILL_LEVEL_HEADER[lang],
    TARGET_HEADER[lang],
  ];
  return {
    sheet: SKILLS_REPORT_SHEET,
    table: SKILLS_REPORT_TABLES.heatMap,
    headers,
    rows,
    widths: headers.map((_, i) => (i === 0 ? 12 : i === 1 ? 20 : 11)),
    text: headers.map((_, i) => i < FIRST_RATING_COLUMN),
  };
}

function radarTable(person: SkillsPerson | null, lang: Lang): SheetTable {
  const field = person?.assessment.field ?? null;
  const rows = (field ? skillItemsOfField(field) : []).map((item): SheetCell[] => [
    item.name[lang],
    person?.assessment.ratings.get(item.id) ?? null,
    person?.assessment.target ?? null,
  ]);
  return {
    sheet: SKILLS_REPORT_SHEET,
    table: SKILLS_REPORT_TABLES.radar,
    headers: [t(lang, "Skill item", "スキル項目"), t(lang, "Rating", "評価"), TARGET_HEADER[lang]],
    rows,
    widths: [28, 10, 10],
    text: [true, false, false],
  };
}

function radarTitle(person: SkillsPerson | null, lang: Lang): string {
  if (!person) return t(lang, "Skill ratings against the target", "スキル評価と目標レベル");
  const who = person.assessment.name || person.assessment.employeeId;
  return t(lang, `${who}: skill ratings against the target`, `${who}：スキル評価と目標レベル`);
}

function teamTable(people: readonly SkillsPerson[], lang: Lang): { table: SheetTable; levels: number } {
  const members = people.flatMap(({ assessment }): TeamMember[] =>
    assessment.field ? [{ field: assessment.field, ratings: assessment.ratings }] : [],
  );
  const items = teamSkillDistribution(members);
  const top = Math.max(0, ...items.flatMap((d) => d.reached.map((r) => r.level)));
  const levels = Array.from({ length: top }, (_, i) => i + 1);
  const rows = items.map((d): SheetCell[] => [
    d.name[lang],
    ...levels.map((level) => d.reached.find((r) => r.level === level)?.people ?? null),
    d.people,
    d.notRated,
  ]);
  const headers = [
    t(lang, "Skill item", "スキル項目"),
    ...levels.map((level) => levelName(level)[lang]),
    t(lang, "People", "人数"),
    t(lang, "Not rated", "未評価"),
  ];
  return {
    table: {
      sheet: SKILLS_REPORT_SHEET,
      table: SKILLS_REPORT_TABLES.team,
      headers,
      rows,
      widths: headers.map((_, i) => (i === 0 ? 28 : 10)),
      text: headers.map((_, i) => i === 0),
    },
    levels: levels.length,
  };
}

function levelsOf(person: SkillsPerson, kpi: KpiLevels | null) {
  const { employeeId, name } = person.assessment;
  return {
    employeeId,
    name,
    kpiLevel: kpi?.get(personKey(employeeId, name)) ?? null,
    skillLevel: person.level,
  };
}

function comparisonTable(
  people: readonly SkillsPerson[],
  comparisons: readonly LevelComparison[],
  kpi: KpiLevels | null,
  lang: Lang,
): SheetTable {
  const rows = comparisons.map((c, i): SheetCell[] => {
    const person = people[i];
    const inRoster = person
      ? kpi?.has(personKey(person.assessment.employeeId, person.assessment.name))
      : false;
    const note =
      c.note?.[lang] ?? (kpi && !inRoster ? t(lang, "Not in the roster.", "名簿にいません。") : "");
    return [
      c.employeeId,
      c.name,
      c.kpiLevel,
      c.skillLevel,
      c.difference,
      c.flagged ? t(lang, "2+ levels apart", "2レベル以上の差") : "",
      note,
    ];
  });
  const headers = [
    ID_HEADER[lang],
    NAME_HEADER[lang],
    t(lang, "KPI Level", "達成度指標レベル"),
    SKILL_LEVEL_HEADER[lang],
    t(lang, "Difference (skill - KPI)", "差（スキル－KPI）"),
    t(lang, "Flag", "要確認"),
    t(lang, "Note", "備考"),
  ];
  return {
    sheet: SKILLS_REPORT_SHEET,
    table: SKILLS_REPORT_TABLES.comparison,
    headers,
    rows,
    widths: [12, 20, 12, 12, 14, 18, 70],
    wrap: headers.map((_, i) => i === headers.length - 1),
    text: [true, true, false, false, false, true, true],
  };
}
