/**
 * The `Trends` sheet: how the level distribution changes over the closed rounds
 * (overall and per field, as stacked column charts with one column per round), and
 * who moved between two chosen rounds, with the people behind every count so HR
 * can act on a number instead of only reading it.
 */
import { SPECIALTY_FIELDS, specialtyField } from "../catalog/fields";
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import type { HistoryEntry } from "./history";
import { ALL_LEVELS } from "./reading";
import {
  distributionChartTable,
  levelDistribution,
  MOVEMENT_KINDS,
  MOVEMENT_LABELS,
  type LevelDistribution,
  type Movement,
  type MovementKind,
  type PersonMovement,
} from "./trends";
import type { ReportChart, SheetReport } from "../sheets/report";
import { ROUND_SHEETS } from "./sheets";
import type { SheetCell, SheetTable } from "../sheets/sheet-table";

export interface TrendsReport extends SheetReport {
  /** Round labels in the order they were closed. */
  readonly rounds: readonly string[];
  readonly fields: readonly SpecialtyFieldId[];
}

/** How many people the summary names per movement; the people table below it lists everyone. */
export const NAMES_PER_MOVEMENT = 50;

const SHEET = ROUND_SHEETS.trends.sheet;
const CHARTED_COLUMNS = 1 + ALL_LEVELS.length;

/**
 * @param entries the History table's entries (readHistory)
 * @param movement between the two rounds HR chose; null leaves the movement tables out
 * @example trendsReport(readHistory(table).entries, "en", null).charts[0]?.kind // => "columnStacked"
 */
export function trendsReport(
  entries: readonly HistoryEntry[],
  lang: Lang,
  movement: Movement | null,
): TrendsReport {
  const distribution = levelDistribution(entries);
  const fields = SPECIALTY_FIELDS.map((f) => f.id).filter((id) => distribution.byField.has(id));
  const t = (text: Localized): string => text[lang];
  const overall = distributionTable(distribution, lang, "Trends_Overall");
  const perField = fields.map((field) =>
    distributionTable(distribution, lang, `Trends_${field.replace(/-/g, "_")}`, field),
  );
  const chart = (table: SheetTable, name: string, title: string): ReportChart => ({
    name,
    kind: "columnStacked",
    table: table.table,
    // Rounds on the x axis, one stacked series per level; the totals stay out of the chart.
    columns: CHARTED_COLUMNS,
    title,
    xTitle: t(ROUND),
    yTitle: t(PEOPLE),
  });
  const charts = [
    chart(overall, "ITSS_Trends_Overall", t(OVERALL_TITLE)),
    ...perField.map((table, i) => {
      const name = specialtyField(fields[i] as SpecialtyFieldId).name[lang];
      return chart(table, `ITSS_${table.table}`, fieldTitle(name, lang));
    }),
  ];
  // The people table can be long: it goes last, so the round tables stay next to their charts.
  const tables = [overall, ...perField, ...(movement ? movementTables(movement, lang) : [])];
  return { sheet: SHEET, tables, charts, rounds: distribution.rounds, fields };
}

/** Round, people per level 0-7, then the round's total and the people without a level. */
function distributionTable(
  distribution: LevelDistribution,
  lang: Lang,
  table: string,
  field?: SpecialtyFieldId,
): SheetTable {
  const [header = [], ...body] = distributionChartTable(distribution, lang, field);
  const fieldName = field === undefined ? "" : specialtyField(field).name[lang];
  const first =
    field === undefined ? ROUND[lang] : lang === "en" ? `Round (${fieldName})` : `評価回（${fieldName}）`;
  const headers = [first, ...header.slice(1).map(String), TOTAL[lang]];
  const rows = body.map((row) => {
    const counts = row.slice(1).map(Number);
    return [...row, counts.reduce((a, b) => a + b, 0)];
  });
  const withUnrated = field === undefined;
  return {
    sheet: SHEET,
    table,
    headers: withUnrated ? [...headers, NO_LEVEL[lang]] : headers,
    rows: withUnrated ? rows.map((row, r) => [...row, distribution.unrated[r] ?? 0]) : rows,
    widths: [withUnrated ? 14 : 28, ...headers.slice(1).map(() => 12), ...(withUnrated ? [14] : [])],
    text: [true, ...headers.slice(1).map(() => false), ...(withUnrated ? [false] : [])],
  };
}

/** A summary (count and names per kind of movement) and one row per person. */
function movementTables(movement: Movement, lang: Lang): SheetTable[] {
  const kinds = MOVEMENT_KINDS.filter((k) => k !== "unrated" || movement.counts.unrated > 0);
  const between = `${movement.fromRound} → ${movement.toRound}`;
  const summary: SheetTable = {
    sheet: SHEET,
    table: "Trends_Movement",
    headers: [`${MOVEMENT[lang]}${lang === "en" ? ": " : "："}${between}`, PEOPLE[lang], WHO[lang]],
    rows: kinds.map((kind) => [
      MOVEMENT_LABELS[kind][lang],
      movement.counts[kind],
      names(movement.people[kind], lang),
    ]),
    widths: [28, 10, 80],
    wrap: [false, false, true],
    text: [true, false, true],
  };
  const people: SheetTable = {
    sheet: SHEET,
    table: "Trends_MovementPeople",
    headers: [
      EMPLOYEE_ID[lang],
      NAME[lang],
      DEPARTMENT[lang],
      FIELD[lang],
      levelIn(movement.fromRound, lang),
      levelIn(movement.toRound, lang),
      MOVEMENT[lang],
    ],
    rows: kinds.flatMap((kind) => movement.people[kind].map((p) => personRow(p, kind, lang))),
    widths: [12, 18, 16, 20, 14, 14, 22],
    text: [true, true, true, true, false, false, true],
  };
  return [summary, people];
}

function personRow(p: PersonMovement, kind: MovementKind, lang: Lang): SheetCell[] {
  return [
    p.employeeId,
    p.name,
    p.department,
    p.field === null ? "" : specialtyField(p.field).name[lang],
    p.from ?? "",
    p.to ?? "",
    MOVEMENT_LABELS[kind][lang],
  ];
}

/** "Sato (E001) 3 → 4, …": who is behind a count, capped so the cell stays readable (and under Excel's cell limit). */
function names(people: readonly PersonMovement[], lang: Lang): string {
  const level = (n: number | null): string => (n === null ? "–" : String(n));
  const shown = people.slice(0, NAMES_PER_MOVEMENT).map((p) => {
    const who = p.name === "" ? p.employeeId : `${p.name} (${p.employeeId})`;
    return `${who} ${level(p.from)} → ${level(p.to)}`;
  });
  const more = people.length - shown.length;
  const list = shown.join(lang === "en" ? ", " : "、");
  if (more <= 0) return list;
  return lang === "en"
    ? `${list}, and ${more} more (see the table below)`
    : `${list}、ほか${more}人（下の表を参照）`;
}

function levelIn(round: string, lang: Lang): string {
  return lang === "en" ? `Level in ${round}` : `${round}のレベル`;
}

function fieldTitle(field: string, lang: Lang): string {
  return lang === "en" ? `${field}: people per level by round` : `${field}：評価回別のレベル分布（人数）`;
}

const ROUND: Localized = { en: "Round", ja: "評価回" };
const PEOPLE: Localized = { en: "People", ja: "人数" };
const TOTAL: Localized = { en: "Total", ja: "合計" };
const NO_LEVEL: Localized = { en: "Without a level", ja: "レベルなし" };
const MOVEMENT: Localized = { en: "Movement", ja: "変化" };
const WHO: Localized = { en: "Who", ja: "対象者" };
const EMPLOYEE_ID: Localized = { en: "Employee ID", ja: "社員番号" };
const NAME: Localized = { en: "Name", ja: "氏名" };
const DEPARTMENT: Localized = { en: "Department", ja: "部署" };
const FIELD: Localized = { en: "Field", ja: "専門分野" };
const OVERALL_TITLE: Localized = { en: "People per level by round", ja: "評価回別のレベル分布（人数）" };
