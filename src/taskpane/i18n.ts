/**
 * Every text the task pane shows, in English and Japanese. Keys are checked by
 * the compiler; a missing translation is a type error.
 */
import type { Lang, Localized } from "../core/catalog/types";
import { APP_MESSAGES } from "../app/problem";

export const TEXT = {
  appTitle: { en: "ITSS Skill Scoring", ja: "ITSS スキル評価" },
  appSubtitle: {
    en: "Score IT staff against Japan's IT Skill Standard",
    ja: "ITスキル標準（ITSS）でIT人材を評価",
  },
  language: { en: "Language", ja: "言語" },
  edition: { en: "KPI edition", ja: "KPIの版" },
  editionV3: { en: "V3 (current)", ja: "V3（現行）" },
  editionV2: { en: "V2 (2006)", ja: "V2（2006年）" },
  tabs: { en: "Actions", ja: "操作" },
  tabStandard: { en: "Standard", ja: "標準" },
  tabRoster: { en: "Roster", ja: "名簿" },
  tabScore: { en: "Score", ja: "評価" },
  tabDistribution: { en: "Distribution", ja: "分布" },
  tabImport: { en: "Import", ja: "取り込み" },

  standardTitle: { en: "Load the skill standard", ja: "スキル標準の読み込み" },
  standardHelp: {
    en: "Writes four tables: Levels, KPI Rules (your company's editable copy of the rules), Skill Items and CMBOK. Loading again updates them in place.",
    ja: "レベル、KPIルール（会社で編集できるルールの写し）、スキル項目、CMBOKの4つの表を書き込みます。再実行すると同じ表を更新します。",
  },
  standardButton: { en: "Load standard", ja: "標準を読み込む" },
  standardDone: {
    en: "The standard is loaded: Levels, KPI Rules, Skill Items and CMBOK.",
    ja: "標準を読み込みました：レベル、KPIルール、スキル項目、CMBOK。",
  },
  rulesEditedTitle: { en: "Your KPI Rules were edited", ja: "KPIルールが編集されています" },
  rulesEditedBody: {
    en: "The KPI Rules table differs from the published standard. Loading resets it to the published rules and your edits are lost.",
    ja: "KPIルール表が公開版と異なります。読み込むと公開版に戻り、編集内容は失われます。",
  },
  keepEdits: { en: "Keep my edits", ja: "編集を残す" },
  resetRules: { en: "Reset to published", ja: "公開版に戻す" },
  keptEdits: {
    en: "Nothing changed: your KPI Rules are kept.",
    ja: "変更していません。KPIルールはそのままです。",
  },

  rosterTitle: { en: "Create a roster", ja: "名簿の作成" },
  rosterHelp: {
    en: "Adds a Roster sheet with the standard's columns, drop-down lists, input messages, and ITSS Level and Gap columns that score each row as you type.",
    ja: "標準の列、ドロップダウンリスト、入力メッセージ、入力に応じて評価するITSSレベル列と不足列を備えた名簿シートを追加します。",
  },
  headerLanguage: { en: "Column headers", ja: "列見出し" },
  english: { en: "English", ja: "英語" },
  japanese: { en: "Japanese", ja: "日本語" },
  sampleRows: { en: "Include sample rows", ja: "サンプル行を含める" },
  companyRules: { en: "Use the company's KPI Rules table", ja: "会社のKPIルール表を使う" },
  companyRulesHint: {
    en: "Formulas pass the KPI Rules table, so edits to it change the scores.",
    ja: "数式にKPIルール表を渡すため、表の編集が評価に反映されます。",
  },
  rosterButton: { en: "Create roster", ja: "名簿を作成" },
  rosterDone: {
    en: "The Roster sheet is ready. Type or paste people into it.",
    ja: "名簿シートを作成しました。人員を入力または貼り付けてください。",
  },

  scoreTitle: { en: "Score a roster", ja: "名簿の評価" },
  scoreHelp: {
    en: "Finds the Roster table (or uses your selection with its header row) and writes ITSS Level and Gap columns.",
    ja: "名簿テーブル（または見出し行を含む選択範囲）を見つけ、ITSSレベル列と不足列を書き込みます。",
  },
  useSelection: {
    en: "Use the selected range instead of the Roster table",
    ja: "名簿テーブルではなく選択範囲を使う",
  },
  writeAs: { en: "Write results as", ja: "結果の書き込み方法" },
  asFormulas: { en: "Live formulas (re-score when edited)", ja: "数式（編集すると再評価）" },
  asValues: { en: "Values", ja: "値" },
  scoreButton: { en: "Score roster", ja: "名簿を評価" },
  noRoster: APP_MESSAGES.noRoster,
  scoredRows: { en: "Scored {n} rows.", ja: "{n}行を評価しました。" },
  invalidRows: {
    en: "{n} rows need attention. Select one to go to its cell.",
    ja: "{n}行に問題があります。選ぶとそのセルに移動します。",
  },
  countsPerLevel: { en: "People per level", ja: "レベル別の人数" },
  level: { en: "Level", ja: "レベル" },
  people: { en: "People", ja: "人数" },
  row: { en: "Row", ja: "行" },
  problem: { en: "Problem", ja: "問題" },
  rulesTableMissing: APP_MESSAGES.rulesTableMissing,
  rulesTableInvalid: APP_MESSAGES.rulesTableInvalid,

  distributionTitle: { en: "Level distribution", ja: "レベル分布" },
  distributionHelp: {
    en: "Builds a Level Distribution sheet: people per level by specialty field and by department, with percentages and charts. Running it again refreshes the same charts.",
    ja: "レベル分布シートを作成します。専門分野別・部署別のレベル別人数と割合、グラフ。再実行すると同じグラフを更新します。",
  },
  distributionButton: { en: "Draw distribution", ja: "分布を作成" },
  distributionDone: {
    en: "Level distribution of {n} people drawn.",
    ja: "{n}人のレベル分布を作成しました。",
  },
  distributionInvalid: {
    en: "{n} invalid rows were left out; score the roster to see why.",
    ja: "{n}行は問題があるため除外しました。理由は名簿の評価で確認できます。",
  },

  working: { en: "Working…", ja: "処理中…" },
  success: { en: "Done", ja: "完了" },
  error: { en: "Something went wrong", ja: "エラーが発生しました" },
  dismiss: { en: "Dismiss", ja: "閉じる" },

  previewBanner: {
    en: "Preview: no Excel here, so the pane works on a workbook in this browser. Native charts and live formulas appear only in Excel.",
    ja: "プレビュー：Excelがないため、このブラウザー内のブックで動作しています。ネイティブのグラフと数式はExcelでのみ表示されます。",
  },
  downloadWorkbook: { en: "Download workbook", ja: "ブックをダウンロード" },
  openFile: { en: "Open a roster file (xlsx or csv)", ja: "名簿ファイルを開く（xlsx・csv）" },
  workbookSheets: { en: "Workbook", ja: "ブック" },
  sheet: { en: "Sheet", ja: "シート" },
  moreRows: { en: "…and {n} more rows", ja: "…ほか{n}行" },
  chart: { en: "Chart", ja: "グラフ" },
} as const satisfies Record<string, Localized>;

export type TextKey = keyof typeof TEXT;

/** The text for a key, with {name} placeholders filled. */
export function say(lang: Lang, key: TextKey, values: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The language to start in: Office's display language, else the browser's. */
export function initialLang(officeLanguage: string | undefined, browserLanguage: string | undefined): Lang {
  const language = (officeLanguage || browserLanguage || "en").toLowerCase();
  return language.startsWith("ja") ? "ja" : "en";
}
