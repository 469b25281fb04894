/**
 * Level distribution: how many people are at each level, by specialty field and by
 * department, with percentages and "not yet level 1". Feeds the summary tables and
 * the native charts of the Level Distribution sheet.
 */
import { levelName, SPECIALTY_FIELDS, specialtyField, type Lang } from "../catalog";
import type { SpecialtyFieldId } from "../catalog/types";
import { columnKind } from "./chart-axes";
import type { ReportChart, SheetReport } from "./report";
import type { SheetCell, SheetTable } from "./sheet-table";
import { REPORT_SHEETS } from "../layout";
import { ALL_LEVELS } from "../catalog/levels";

export interface ScoredPerson {
  readonly field: SpecialtyFieldId | null;
  readonly department: string;
  /** null when the row is invalid: such rows are counted apart, not in a level. */
  readonly level: number | null;
}

export interface DistributionReport extends SheetReport {
  readonly total: number;
  readonly invalid: number;
}

export const DISTRIBUTION_SHEET = REPORT_SHEETS.distribution;
const LEVELS = ALL_LEVELS;

export function distributionReport(people: readonly ScoredPerson[], lang: Lang): DistributionReport {
  const valid = people.filter((p) => p.level !== null && p.field !== null);
  const fields = SPECIALTY_FIELDS.filter((f) => valid.some((p) => p.field === f.id));
  const departments = [
    ...new Set(valid.map((p) => p.department || (lang === "en" ? "(no department)" : "（部署なし）"))),
  ].sort((a, b) => a.localeCompare(b, lang));
  const deptOf = (p: ScoredPerson): string =>
    p.department || (lang === "en" ? "(no department)" : "（部署なし）");
  const t = (en: string, ja: string): string => (lang === "en" ? en : ja);

  const byField = crossTab(
    valid,
    fields.map((f) => f.id),
    (p) => p.field as SpecialtyFieldId,
    (id) => specialtyField(id as SpecialtyFieldId).name[lang],
    lang,
  );
  const byDept = crossTab(valid, departments, deptOf, (d) => d, lang);

  const tables: SheetTable[] = [
    {
      sheet: DISTRIBUTION_SHEET,
      table: "LevelByField",
      headers: byField.headers,
      rows: byField.rows,
      widths: byField.headers.map((_, i) => (i === 0 ? 16 : 14)),
      text: byField.headers.map((_, i) => i === 0),
    },
    {
      sheet: DISTRIBUTION_SHEET,
      table: "LevelByDepartment",
      headers: byDept.headers,
      rows: byDept.rows,
      widths: byDept.headers.map((_, i) => (i === 0 ? 16 : 14)),
      text: byDept.headers.map((_, i) => i === 0),
    },
    percentTable(byField, "LevelByFieldPercent", t("Share of field", "分野内の割合")),
  ];
  const charts: ReportChart[] = [
    {
      name: "ITSS_LevelByField",
      // People add up across fields: stacked once the fields are many (thin, sparse bars otherwise).
      kind: columnKind(fields.length),
      table: "LevelByField",
      // Every column but the total: levels on the x axis, one series per field.
      columns: byField.headers.length - 1,
      title: t("People per level by specialty field", "専門分野別のレベル分布（人数）"),
      xTitle: t("Level", "レベル"),
      yTitle: t("People", "人数"),
    },
    {
      name: "ITSS_LevelByDepartment",
      kind: "columnStacked",
      table: "LevelByDepartment",
      columns: byDept.headers.length - 1,
      title: t("People per level by department", "部署別のレベル分布（人数）"),
      xTitle: t("Level", "レベル"),
      yTitle: t("People", "人数"),
    },
  ];
  return {
    sheet: DISTRIBUTION_SHEET,
    tables,
    charts,
    total: valid.length,
    invalid: people.length - valid.length,
  };
}

interface CrossTab {
  readonly headers: string[];
  /** Rows: one per level (first cell the level name), then the counts per group, then the total. */
  readonly rows: SheetCell[][];
  readonly counts: number[][];
}

function crossTab(
  people: readonly ScoredPerson[],
  groups: readonly string[],
  groupOf: (p: ScoredPerson) => string,
  label: (g: string) => string,
  lang: Lang,
): CrossTab {
  const index = new Map(groups.map((g, i) => [g, i]));
  const counts = LEVELS.map(() => groups.map(() => 0));
  for (const p of people) {
    const gi = index.get(groupOf(p));
    const row = counts[p.level as number];
    if (gi !== undefined && row) row[gi] = (row[gi] ?? 0) + 1;
  }
  const total = lang === "en" ? "Total" : "合計";
  const headers = [lang === "en" ? "Level" : "レベル", ...groups.map(label), total];
  const rows = LEVELS.map((level, li) => {
    const row = counts[li] ?? [];
    return [levelName(level)[lang], ...row, row.reduce((a, b) => a + b, 0)];
  });
  return { headers, rows, counts };
}

function percentTable(tab: CrossTab, name: string, caption: string): SheetTable {
  const columnTotals = tab.headers
    .slice(1)
    .map((_, gi) => tab.rows.reduce((sum, r) => sum + (r[gi + 1] as number), 0));
  const rows = tab.rows.map((r) => [
    r[0] as string,
    ...r
      .slice(1)
      .map((v, gi) =>
        columnTotals[gi] ? Math.round(((v as number) / (columnTotals[gi] as number)) * 1000) / 10 : 0,
      ),
  ]);
  return {
    sheet: DISTRIBUTION_SHEET,
    table: name,
    headers: [`${tab.headers[0]} (${caption}, %)`, ...tab.headers.slice(1)],
    rows,
    widths: tab.headers.map((_, i) => (i === 0 ? 28 : 14)),
    text: tab.headers.map((_, i) => i === 0),
  };
}
