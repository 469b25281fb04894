/**
 * Every text of the Skills tab, in English and Japanese, kept apart from i18n.ts so
 * the skills feature can change without touching the shared table. Same shape as
 * TEXT: a missing translation is a type error.
 */
import type { Lang, Localized } from "../core/catalog/types";
import { APP_MESSAGES } from "../app/problem";

export const SKILLS_TEXT = {
  tabSkills: { en: "Skills", ja: "スキル" },

  sheetsTitle: { en: "Assessment sheets", ja: "評価シート" },
  sheetsHelp: {
    en: "Skills: one row per Customer Service person, a 1-7 rating per skill item, and a Skill Level column that scores the row as you type. CMBOK Assessment: a 0-4 rating per CMBOK 2.0 competency.",
    ja: "スキル：カスタマーサービスの1人1行、スキル項目ごとに1～7の評価、入力に応じて評価するスキル熟達度レベル列。CMBOK評価：CMBOK 2.0のコンピテンシーごとに0～4の評価。",
  },
  createSkills: { en: "Create Skills sheet", ja: "スキルシートを作成" },
  createCmbok: { en: "Create CMBOK Assessment", ja: "CMBOK評価シートを作成" },
  skillsCreated: {
    en: "The Skills sheet is ready. Rate each skill item 1-7; Skill Level follows.",
    ja: "スキルシートを作成しました。スキル項目を1～7で評価すると、スキル熟達度レベルが計算されます。",
  },
  cmbokCreated: {
    en: "The CMBOK Assessment sheet is ready. Rate each competency 0-4.",
    ja: "CMBOK評価シートを作成しました。コンピテンシーを0～4で評価してください。",
  },
  skillsExists: APP_MESSAGES.skillsExists,
  cmbokExists: APP_MESSAGES.cmbokExists,

  reportsTitle: { en: "Reports", ja: "レポート" },
  reportsHelp: {
    en: "Skills Report: a heat map of the ratings, one person's radar against their target, people per level per skill item, and KPI level against skill level (from the Roster, when there is one). CMBOK Coverage: per person and per domain. Running again refreshes the same sheet.",
    ja: "スキルレポート：評価のヒートマップ、1人の評価と目標のレーダーチャート、スキル項目別のレベル到達人数、達成度指標レベルとスキル熟達度レベルの比較（名簿があれば）。CMBOKカバー率：個人別・領域別。再実行すると同じシートを更新します。",
  },
  radarPerson: { en: "Person for the radar chart", ja: "レーダーチャートの対象者" },
  firstPerson: { en: "First person in the table", ja: "表の最初の人" },
  buildSkillsReport: { en: "Build skills report", ja: "スキルレポートを作成" },
  buildCmbokCoverage: { en: "Build CMBOK coverage", ja: "CMBOKカバー率を作成" },
  skillsReportDone: {
    en: "Skills report of {n} people built.",
    ja: "{n}人のスキルレポートを作成しました。",
  },
  skillsReportProblems: {
    en: "{n} cells need attention; they are listed below.",
    ja: "{n}件のセルに問題があります。下の一覧を確認してください。",
  },
  noRosterToCompare: {
    en: "No Roster found, so KPI levels are left blank.",
    ja: "名簿がないため、達成度指標レベルは空欄です。",
  },
  cmbokCoverageDone: {
    en: "CMBOK coverage of {n} people built.",
    ja: "{n}人のCMBOKカバー率を作成しました。",
  },
  noSkillsTable: APP_MESSAGES.noSkillsTable,
  noSkillsRows: APP_MESSAGES.noSkillsRows,
  noFieldColumn: APP_MESSAGES.noFieldColumn,
  noSkillColumns: APP_MESSAGES.noSkillColumns,
  noCmbokTable: APP_MESSAGES.noCmbokTable,
  noCmbokColumns: APP_MESSAGES.noCmbokColumns,
  noCmbokRows: APP_MESSAGES.noCmbokRows,

  importTitle: { en: "Import existing sheets", ja: "既存のシートを取り込む" },
  importHelp: {
    en: "Bring in a skill sheet or a CMBOK sheet you already keep (xlsx or CSV). Its rows are added to the Skills or CMBOK Assessment table (created when missing); ratings such as Lv3, レベル3 or ３ are read as numbers; rows with problems are imported and flagged, never dropped; a CMBOK 1.0 sheet is migrated to 2.0. The Import Report sheet lists the counts, the problems and every change. The file is only read.",
    ja: "手元のスキルシートまたはCMBOKシート（xlsx・CSV）を取り込みます。行はスキル表またはCMBOK評価表（なければ作成）に追加します。Lv3、レベル3、３などの評価は数値として読み取ります。問題のある行も除外せず、印を付けて取り込みます。CMBOK 1.0のシートは2.0に移行します。件数・問題・変更点はすべて取り込みレポートのシートに記載します。ファイルは読み取るだけです。",
  },
  importSkills: { en: "Import a skill sheet", ja: "スキルシートを取り込む" },
  importCmbok: { en: "Import a CMBOK sheet", ja: "CMBOKシートを取り込む" },
  cmbokVersion: { en: "CMBOK version of the sheet", ja: "取り込むシートのCMBOKバージョン" },
  versionDetect: { en: "Detect", ja: "自動判定" },
  version10: { en: "1.0 (migrate to 2.0)", ja: "1.0（2.0に移行）" },
  version20: { en: "2.0", ja: "2.0" },
  importResults: { en: "Import results", ja: "取り込み結果" },
  importSummary: {
    en: "{name} into {sheet}: {read} rows read, {imported} imported, {flagged} flagged.",
    ja: "{name}を「{sheet}」へ：{read}行読み込み、{imported}行取り込み、{flagged}行要確認。",
  },
  cmbokMigrated: {
    en: "Read as a CMBOK 1.0 sheet and migrated to 2.0: {n} changes are listed in the Import Report.",
    ja: "CMBOK 1.0のシートとして読み込み、2.0に移行しました。{n}件の変更点を取り込みレポートに記載しています。",
  },
  cmbokAsIs: {
    en: "Read as a CMBOK 2.0 sheet: imported without migration.",
    ja: "CMBOK 2.0のシートとして読み込み、移行せずに取り込みました。",
  },
  importProblemsTitle: { en: "Problems found by the import", ja: "取り込みで見つかった問題" },
  importProblems: {
    en: "Problems found: {n}. Their rows are imported and flagged:",
    ja: "{n}件の問題があります（該当する行は取り込み済み・要確認）：",
  },
  importMoreProblems: {
    en: "… and {n} more in the Import Report.",
    ja: "…ほか{n}件は取り込みレポートを参照してください。",
  },
  importNoProblems: { en: "No problems.", ja: "問題はありません。" },
  skillsResults: { en: "Skills report results", ja: "スキルレポートの結果" },
  cmbokResults: { en: "CMBOK coverage results", ja: "CMBOKカバー率の結果" },
  skillLevelCounts: { en: "People per skill level", ja: "スキル熟達度レベル別の人数" },
  flaggedTitle: {
    en: "KPI level and skill level 2 or more apart",
    ja: "達成度指標レベルとスキル熟達度レベルの差が2以上",
  },
  noneFlagged: {
    en: "Nobody's KPI level and skill level are 2 or more apart.",
    ja: "達成度指標レベルとスキル熟達度レベルの差が2以上の人はいません。",
  },
  person: { en: "Person", ja: "氏名" },
  kpiLevel: { en: "KPI", ja: "達成度指標" },
  skillLevel: { en: "Skill", ja: "スキル" },
  note: { en: "Note", ja: "備考" },
  problemsTitle: { en: "Cells that need attention", ja: "問題のあるセル" },
  cmbokProblemsTitle: { en: "CMBOK cells that need attention", ja: "問題のあるCMBOK評価のセル" },
  teamCoverageTitle: { en: "Team coverage per CMBOK domain", ja: "CMBOK領域別のチームカバー率" },
  domain: { en: "Domain", ja: "領域" },
  coverage: { en: "Coverage", ja: "カバー率" },
  level: { en: "Level", ja: "レベル" },
  people: { en: "People", ja: "人数" },
  cell: { en: "Cell", ja: "セル" },
  problem: { en: "Problem", ja: "問題" },
} as const satisfies Record<string, Localized>;

export type SkillsTextKey = keyof typeof SKILLS_TEXT;

/** The Skills tab's text for a key, with {name} placeholders filled. */
export function saySkills(
  lang: Lang,
  key: SkillsTextKey,
  values: Record<string, string | number> = {},
): string {
  return SKILLS_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}

/** Both languages of a text with placeholders: for messages the status bar shows in either language. */
export function localizedSkills(key: SkillsTextKey, values: Record<string, string | number> = {}): Localized {
  return { en: saySkills("en", key, values), ja: saySkills("ja", key, values) };
}
