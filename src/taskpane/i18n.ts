/**
 * The task pane's one catalog of UI text, in English and Japanese. Each message is
 * written once; keys are checked by the compiler and a missing translation is a type
 * error. English messages that count take a plural form ({n} chooses it).
 * Messages of the use cases (src/app) are shown as they come; the few the pane names
 * itself refer to APP_MESSAGES rather than repeat them.
 */
import type { Lang, Localized } from "../core/catalog/types";
import { APP_MESSAGES } from "../app/problem";

/** An English text with a singular and a plural form, chosen by the value {n}. */
export interface Plural {
  readonly one: string;
  readonly other: string;
}

export interface Message {
  readonly en: string | Plural;
  readonly ja: string;
}

export const TEXT = {
  // The pane's shell: title, settings, navigation, status.
  appTitle: { en: "ITSS Skill Scoring", ja: "ITSS スキル評価" },
  appSubtitle: {
    en: "Score IT staff against Japan's IT Skill Standard",
    ja: "ITスキル標準（ITSS）でIT人材を評価",
  },
  language: { en: "Language", ja: "言語" },
  settings: { en: "Scoring settings", ja: "評価の設定" },
  edition: { en: "KPI edition", ja: "KPIの版" },
  editionV3: { en: "V3 (current)", ja: "V3（現行）" },
  editionV2: { en: "V2 (2006)", ja: "V2（2006年）" },
  companyRules: { en: "Use the company's KPI Rules table", ja: "会社のKPIルール表を使う" },
  companyRulesHint: {
    en: "Every action scores with the KPI Rules table, so your edits to it change the scores.",
    ja: "すべての操作でKPIルール表を使って評価するため、表の編集が評価に反映されます。",
  },
  tabs: { en: "Actions", ja: "操作" },
  tabStandard: { en: "Standard", ja: "標準" },
  tabRoster: { en: "Roster", ja: "名簿" },
  tabScore: { en: "Score", ja: "評価" },
  tabDistribution: { en: "Distribution", ja: "分布" },
  tabImport: { en: "Import", ja: "取り込み" },
  tabSkills: { en: "Skills", ja: "スキル" },
  tabRounds: { en: "Rounds", ja: "評価ラウンド" },
  tabEngagements: { en: "Engagements", ja: "案件台帳" },
  tabPerson: { en: "Person", ja: "個人サマリー" },
  working: { en: "Working…", ja: "処理中…" },
  success: { en: "Done", ja: "完了" },
  /** The heading of an outcome the product expected (no roster yet, a table already there). */
  attention: { en: "Not done yet", ja: "実行できませんでした" },
  /** The heading of a failure the product did not expect. */
  error: { en: "Something went wrong", ja: "エラーが発生しました" },
  dismiss: { en: "Dismiss", ja: "閉じる" },
  cancel: { en: "Cancel", ja: "キャンセル" },

  // Words several panels share.
  level: { en: "Level", ja: "レベル" },
  people: { en: "People", ja: "人数" },
  person: { en: "Person", ja: "対象者" },
  row: { en: "Row", ja: "行" },
  problem: { en: "Problem", ja: "問題" },
  problems: { en: "Problems", ja: "問題" },
  countsPerLevel: { en: "People per level", ja: "レベル別の人数" },
  headerLanguage: { en: "Column headers", ja: "列見出し" },
  english: { en: "English", ja: "英語" },
  japanese: { en: "Japanese", ja: "日本語" },
  sampleRows: { en: "Include sample rows", ja: "サンプル行を含める" },
  writeAs: { en: "Write results as", ja: "結果の書き込み方法" },
  asFormulas: { en: "Live formulas (re-score when edited)", ja: "数式（編集すると再評価）" },
  asValues: { en: "Values", ja: "値" },
  andMore: { en: "…and {n} more", ja: "…ほか{n}件" },
  notes: { en: "Notes ({n})", ja: "注意（{n}件）" },

  // Standard
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

  // Roster
  rosterTitle: { en: "Create a roster", ja: "名簿の作成" },
  rosterHelp: {
    en: "Adds a Roster sheet with the standard's columns, drop-down lists, input messages, and ITSS Level and Gap columns that score each row as you type.",
    ja: "標準の列、ドロップダウンリスト、入力メッセージ、入力に応じて評価するITSSレベル列と不足列を備えた名簿シートを追加します。",
  },
  rosterButton: { en: "Create roster", ja: "名簿を作成" },
  rosterDone: {
    en: "The Roster sheet is ready. Type or paste people into it.",
    ja: "名簿シートを作成しました。人員を入力または貼り付けてください。",
  },

  // Score
  scoreTitle: { en: "Score a roster", ja: "名簿の評価" },
  scoreHelp: {
    en: "Finds the Roster table (or uses your selection with its header row) and writes ITSS Level and Gap columns.",
    ja: "名簿テーブル（または見出し行を含む選択範囲）を見つけ、ITSSレベル列と不足列を書き込みます。",
  },
  useSelection: {
    en: "Use the selected range instead of the Roster table",
    ja: "名簿テーブルではなく選択範囲を使う",
  },
  scoreButton: { en: "Score roster", ja: "名簿を評価" },
  scoredRows: { en: { one: "Scored {n} row.", other: "Scored {n} rows." }, ja: "{n}行を評価しました。" },
  emptyRowsSkipped: {
    en: {
      one: "{n} empty row was not scored (it holds no person).",
      other: "{n} empty rows were not scored (they hold no person).",
    },
    ja: "空の{n}行は人の行ではないため評価していません。",
  },
  invalidRows: {
    en: {
      one: "{n} row needs attention. Select it to go to its cell.",
      other: "{n} rows need attention. Select one to go to its cell.",
    },
    ja: "{n}行に問題があります。選ぶとそのセルに移動します。",
  },
  goToCell: { en: "Go to row {n}", ja: "{n}行目に移動" },

  // Distribution
  distributionTitle: { en: "Level distribution", ja: "レベル分布" },
  distributionHelp: {
    en: "Builds a Level Distribution sheet: people per level by specialty field and by department, with percentages and charts. Running it again refreshes the same charts.",
    ja: "レベル分布シートを作成します。専門分野別・部署別のレベル別人数と割合、グラフ。再実行すると同じグラフを更新します。",
  },
  distributionButton: { en: "Draw distribution", ja: "分布を作成" },
  distributionDone: {
    en: { one: "Level distribution of {n} person drawn.", other: "Level distribution of {n} people drawn." },
    ja: "{n}人のレベル分布を作成しました。",
  },
  distributionInvalid: {
    en: {
      one: "{n} invalid row was left out; score the roster to see why.",
      other: "{n} invalid rows were left out; score the roster to see why.",
    },
    ja: "{n}行は問題があるため除外しました。理由は名簿の評価で確認できます。",
  },

  // Import (a roster)
  importTitle: { en: "Import a roster", ja: "名簿の取り込み" },
  importHelp: {
    en: "Bring in a roster you already keep: an xlsx or csv file (UTF-8 or Shift_JIS), or a sheet of this workbook. Your source is only read, never changed.",
    ja: "お手元の名簿を取り込みます：xlsx・csvファイル（UTF-8またはShift_JIS）、またはこのブックのシート。元のデータは読み取るだけで変更しません。",
  },
  importChooseFile: { en: "Choose a file (xlsx or csv)", ja: "ファイルを選ぶ（xlsx・csv）" },
  importOrSheet: { en: "Or a sheet of this workbook", ja: "またはこのブックのシート" },
  importChooseSheet: { en: "Choose a sheet", ja: "シートを選択" },
  importReadSheet: { en: "Read sheet", ja: "シートを読む" },
  importSourceSummary: {
    en: "{name}: {read} rows read, {flagged} with problems",
    ja: "{name}：{read}行を読み込み、{flagged}行に問題",
  },
  importRecalled: {
    en: "The columns are mapped as you chose last time for this layout.",
    ja: "このレイアウトで前回選んだ列の対応を使っています。",
  },
  importHeaderRow: { en: "Header row", ja: "見出し行" },
  importMapping: { en: "Column mapping", ja: "列の対応" },
  importMapsTo: { en: "Imports into", ja: "取り込み先" },
  importKeepExtra: { en: "Keep as extra column", ja: "追加列として残す" },
  importPreviewTitle: { en: "First rows as they will land", ja: "取り込み後の最初の行" },
  importProblemCount: {
    en: {
      one: "{n} problem: the row is imported and flagged, not dropped",
      other: "{n} problems: the rows are imported and flagged, not dropped",
    },
    ja: "{n}件の問題：該当行は除外せず、要確認として取り込みます",
  },
  importDestination: { en: "Import into", ja: "取り込み先" },
  importUpdate: {
    en: "Update the people already in the Roster, add new ones",
    ja: "名簿にいる人は更新し、新しい人を追加",
  },
  importAppend: { en: "Add every row to the Roster table", ja: "すべての行を名簿テーブルに追加" },
  importReplace: { en: "Replace the Roster table's rows", ja: "名簿テーブルの行を置き換え" },
  importNewSheet: { en: "A new sheet", ja: "新しいシート" },
  importButton: { en: { one: "Import {n} row", other: "Import {n} rows" }, ja: "{n}行を取り込む" },
  importLanding: {
    en: "Into the Roster: {updated} to update, {added} to add, {unchanged} unchanged, {flagged} flagged.",
    ja: "名簿へ：更新{updated}行、追加{added}行、変更なし{unchanged}行、要確認{flagged}行。",
  },
  importAsSkills: { en: "Import as skill ratings", ja: "スキル評価として取り込む" },
  importAsCmbok: { en: "Import as CMBOK ratings", ja: "CMBOK評価として取り込む" },
  importAsEngagements: { en: "Import into Engagements", ja: "案件台帳（Engagements）に取り込む" },
  importEncoding: { en: "The file's encoding", ja: "ファイルの文字コード" },
  importReadEncoding: { en: "Read with this encoding", ja: "この文字コードで読む" },
  encodingUtf8: { en: "UTF-8", ja: "UTF-8" },
  encodingSjis: { en: "Shift_JIS (Japanese Excel)", ja: "Shift_JIS（日本語版Excel）" },
  encodingUtf16: { en: "UTF-16 (Unicode text)", ja: "UTF-16（Unicodeテキスト）" },
  replaceRosterTitle: { en: "Replace the Roster's rows?", ja: "名簿の行を置き換えますか？" },
  replaceRosterBody: {
    en: {
      one: "The Roster table holds {n} row. Its rows are replaced by the rows of {name}; this cannot be undone from the pane.",
      other:
        "The Roster table holds {n} rows. Its rows are replaced by the rows of {name}; this cannot be undone from the pane.",
    },
    ja: "名簿テーブルには{n}行あります。{name}の行で置き換えます。この操作は作業ウィンドウから元に戻せません。",
  },
  replaceRosterButton: { en: "Replace the rows", ja: "置き換える" },
  keptRoster: {
    en: "Nothing changed: the Roster is as it was.",
    ja: "変更していません。名簿はそのままです。",
  },

  // Skills
  skillsSheetsTitle: { en: "Assessment sheets", ja: "評価シート" },
  skillsSheetsHelp: {
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
  skillsReportsTitle: { en: "Reports", ja: "レポート" },
  skillsReportsHelp: {
    en: "Skills Report: a heat map of the ratings, one person's radar against their target, people per level per skill item, and KPI level against skill level (from the Roster, when there is one). CMBOK Coverage: per person and per domain. Running again refreshes the same sheet.",
    ja: "スキルレポート：評価のヒートマップ、1人の評価と目標のレーダーチャート、スキル項目別のレベル到達人数、達成度指標レベルとスキル熟達度レベルの比較（名簿があれば）。CMBOKカバー率：個人別・領域別。再実行すると同じシートを更新します。",
  },
  radarPerson: { en: "Person for the radar chart", ja: "レーダーチャートの対象者" },
  firstPerson: { en: "First person in the table", ja: "表の最初の人" },
  buildSkillsReport: { en: "Build skills report", ja: "スキルレポートを作成" },
  buildCmbokCoverage: { en: "Build CMBOK coverage", ja: "CMBOKカバー率を作成" },
  skillsReportDone: {
    en: { one: "Skills report of {n} person built.", other: "Skills report of {n} people built." },
    ja: "{n}人のスキルレポートを作成しました。",
  },
  cellProblems: {
    en: {
      one: "{n} cell needs attention; it is listed below.",
      other: "{n} cells need attention; they are listed below.",
    },
    ja: "{n}件のセルに問題があります。下の一覧を確認してください。",
  },
  noRosterToCompare: {
    en: "No Roster found, so KPI levels are left blank.",
    ja: "名簿がないため、達成度指標レベルは空欄です。",
  },
  cmbokCoverageDone: {
    en: { one: "CMBOK coverage of {n} person built.", other: "CMBOK coverage of {n} people built." },
    ja: "{n}人のCMBOKカバー率を作成しました。",
  },
  skillsImportTitle: { en: "Import skill or CMBOK ratings", ja: "スキル・CMBOK評価の取り込み" },
  skillsImportHelp: {
    en: "Bring in a skill sheet or a CMBOK sheet you already keep (xlsx or CSV). Its rows are added to the Skills or CMBOK Assessment table (created when missing); ratings such as Lv3, レベル3 or ３ are read as numbers; rows with problems are imported and flagged, never dropped; a CMBOK 1.0 sheet is migrated to 2.0. The Import Report sheet lists the counts, the problems and every change. The file is only read.",
    ja: "手元のスキルシートまたはCMBOKシート（xlsx・CSV）を取り込みます。行はスキル表またはCMBOK評価表（なければ作成）に追加します。Lv3、レベル3、３などの評価は数値として読み取ります。問題のある行も除外せず、印を付けて取り込みます。CMBOK 1.0のシートは2.0に移行します。件数・問題・変更点はすべて取り込みレポートのシートに記載します。ファイルは読み取るだけです。",
  },
  importSkills: { en: "Import skill ratings", ja: "スキル評価を取り込む" },
  importCmbok: { en: "Import CMBOK ratings", ja: "CMBOK評価を取り込む" },
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
    en: {
      one: "Read as a CMBOK 1.0 sheet and migrated to 2.0: {n} change is listed in the Import Report.",
      other: "Read as a CMBOK 1.0 sheet and migrated to 2.0: {n} changes are listed in the Import Report.",
    },
    ja: "CMBOK 1.0のシートとして読み込み、2.0に移行しました。{n}件の変更点を取り込みレポートに記載しています。",
  },
  cmbokAsIs: {
    en: "Read as a CMBOK 2.0 sheet: imported without migration.",
    ja: "CMBOK 2.0のシートとして読み込み、移行せずに取り込みました。",
  },
  importProblemsTitle: { en: "Problems found by the import", ja: "取り込みで見つかった問題" },
  importProblems: {
    en: {
      one: "Problems found: {n}. Its row is imported and flagged:",
      other: "Problems found: {n}. Their rows are imported and flagged:",
    },
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
  kpiLevel: { en: "KPI", ja: "達成度指標" },
  skillLevel: { en: "Skill", ja: "スキル" },
  note: { en: "Note", ja: "備考" },
  problemsTitle: { en: "Cells that need attention", ja: "問題のあるセル" },
  cmbokProblemsTitle: { en: "CMBOK cells that need attention", ja: "問題のあるCMBOK評価のセル" },
  teamCoverageTitle: { en: "Team coverage per CMBOK domain", ja: "CMBOK領域別のチームカバー率" },
  domain: { en: "Domain", ja: "領域" },
  coverage: { en: "Coverage", ja: "カバー率" },

  // Rounds
  roundsTitle: { en: "Assessment rounds", ja: "評価ラウンド" },
  roundsHelp: {
    en: "Compare self and manager assessments, record the round in History, and see how levels change over rounds.",
    ja: "本人評価と上長評価を比較し、評価回を履歴に記録して、回ごとのレベルの変化を確認します。",
  },
  compareTitle: { en: "Self and manager assessments", ja: "本人評価と上長評価" },
  compareHelp: {
    en: "The roster needs an Assessed by column with Self or Manager on each row, one row of each per person. Writes a Self vs Manager sheet listing everyone whose levels differ; record the agreed level there. Agreed levels and comments you typed are kept when you compare again.",
    ja: "名簿に「評価者」列が必要です。各行に本人または上長を記入し、1人につき本人評価と上長評価を1行ずつ用意してください。レベルが異なる人を「Self vs Manager」シートに書き出すので、合意したレベルを記入してください。再比較しても入力済みの合意レベルとコメントは残ります。",
  },
  compareButton: { en: "Compare self and manager", ja: "本人評価と上長評価を比較" },
  compareDone: {
    en: "{n} people have different self and manager levels; {same} agree.",
    ja: "{n}人の本人評価と上長評価のレベルが異なります。{same}人は一致しています。",
  },
  disagreements: { en: "People whose levels differ", ja: "レベルが異なる人" },
  nobodyDiffers: {
    en: "Self and manager agree for everyone who could be compared.",
    ja: "比較できた全員で、本人評価と上長評価のレベルが一致しています。",
  },
  selfLevel: { en: "Self", ja: "本人" },
  managerLevel: { en: "Manager", ja: "上長" },
  differences: { en: "Criteria that differ", ja: "異なる評価項目" },
  noEvidenceDifference: {
    en: "Same evidence; the level differs through the edition or rules",
    ja: "入力は同じです。版またはルールの違いでレベルが異なります",
  },
  goToManagerRow: {
    en: "Go to the manager's row of {who} in the roster",
    ja: "名簿の{who}の上長評価の行に移動",
  },
  notCompared: { en: "Could not compare ({n})", ja: "比較できなかった行（{n}）" },
  keptRows: {
    en: {
      one: "{n} row of the Self vs Manager sheet no longer differs but was kept because an agreed level or comment was typed in it.",
      other:
        "{n} rows of the Self vs Manager sheet no longer differ but were kept because an agreed level or comment was typed in them.",
    },
    ja: "「Self vs Manager」シートの{n}行は差がなくなりましたが、合意レベルまたはコメントが入力されているため残しました。",
  },
  closeTitle: { en: "Close the round", ja: "評価回を締める" },
  closeHelp: {
    en: "Records each person's level in the History table: the agreed level when one is filled in on the Self vs Manager sheet, else the manager's assessment. Rows of other rounds are never changed.",
    ja: "各人のレベルを履歴表に記録します。「Self vs Manager」シートに合意レベルがあればそれを、なければ上長評価を使います。他の評価回の行は変更しません。",
  },
  roundLabel: { en: "Round label", ja: "評価回の名前" },
  roundLabelHint: { en: "For example FY2026 H2", ja: "例：FY2026 H2" },
  roundDate: { en: "Date", ja: "締め日" },
  closeDone: {
    en: {
      one: 'Round "{round}" closed: {n} person recorded in History.',
      other: 'Round "{round}" closed: {n} people recorded in History.',
    },
    ja: "評価回「{round}」を締めました。{n}人を履歴に記録しました。",
  },
  replaceDone: {
    en: 'Round "{round}" replaced: {n} people recorded, {old} earlier rows of the round removed. Other rounds are unchanged.',
    ja: "評価回「{round}」を置き換えました。{n}人を記録し、この回の以前の{old}行を削除しました。他の評価回は変わりません。",
  },
  replaceTitle: { en: 'Replace round "{round}"?', ja: "評価回「{round}」を置き換えますか？" },
  replaceButton: { en: "Replace the round", ja: "置き換える" },
  keptHistory: {
    en: "Nothing changed: History is as it was.",
    ja: "変更していません。履歴はそのままです。",
  },
  withoutLevel: {
    en: "{n} people have no level this round (their roster rows have problems) and were recorded with a blank level.",
    ja: "{n}人は今回レベルがありません（名簿の行に問題があります）。レベルを空欄で記録しました。",
  },
  trendsTitle: { en: "Change over time", ja: "経年変化" },
  trendsHelp: {
    en: "Builds a Trends sheet from History: people per level in each round, overall and per field, and who moved up, stayed, moved down, joined or left between two rounds.",
    ja: "履歴から「Trends」シートを作成します。評価回ごと（全体・専門分野別）のレベル別人数と、2つの評価回の間で上昇・変化なし・下降・新規・離脱した人を示します。",
  },
  fromRound: { en: "From round", ja: "比較元の評価回" },
  toRound: { en: "To round", ja: "比較先の評価回" },
  noRoundsYet: APP_MESSAGES.noRoundsYet,
  oneRoundOnly: {
    en: "Only one round so far: who moved needs two rounds.",
    ja: "評価回がまだ1つです。変化を見るには2つの評価回が必要です。",
  },
  sameRound: APP_MESSAGES.sameRound,
  trendsButton: { en: "Draw trends", ja: "推移を作成" },
  trendsDone: {
    en: { one: "Trends of {n} round drawn.", other: "Trends of {n} rounds drawn." },
    ja: "{n}回分の推移を作成しました。",
  },
  movementCaption: { en: "Movement from {from} to {to}", ja: "{from}から{to}への変化" },
  movement: { en: "Movement", ja: "変化" },
  who: { en: "Who", ja: "対象者" },

  // Engagements
  engagementsTitle: { en: "Engagements ledger", ja: "案件台帳" },
  engagementsHelp: {
    en: "One row per person per engagement: dates, role, success, complexity and size. Levels then rest on the engagements themselves, each level naming the ones it counts.",
    ja: "1人1案件1行：期間、役割、成否、複雑性、規模。レベルは案件そのものから判定され、どの案件で判定したかを示します。",
  },
  engagementsCreate: { en: "Create Engagements table", ja: "案件台帳を作成" },
  engagementsCreated: {
    en: "The Engagements table is ready. Add one row per engagement, then score the roster from it.",
    ja: "案件台帳を作成しました。案件ごとに1行入力し、名簿を案件から判定してください。",
  },
  engagementsScore: { en: "Score from engagements", ja: "案件から判定" },
  engagementsScoreHelp: {
    en: "Writes the Roster's level and gap from each person's engagements. Live formulas pass FILTER(Engagements, …) to HR.ITSSLEVEL and HR.ITSSGAP, and TODAY() when the roster has IT Service Management rows (their years grow with ongoing engagements).",
    ja: "各人の案件から名簿のレベルと不足を書き込みます。数式では HR.ITSSLEVEL と HR.ITSSGAP に FILTER(Engagements, …) を渡し、ITサービスマネジメントの行があれば TODAY() も渡します（継続中の案件で年数が増えるため）。",
  },
  engagementsScored: {
    en: "Scored {n} people from {m} engagements.",
    ja: "{m}件の案件から{n}人を判定しました。",
  },
  engagementsProblems: { en: "Ledger rows to check ({n})", ja: "確認が必要な台帳の行（{n}件）" },
  engagementsEvidenceHint: {
    en: 'To see why an engagement counts: =HR.ITSSEVIDENCE(FILTER(Engagements, Engagements[Employee ID]="E001", ""), Engagements[#Headers], 4)',
    ja: '案件が数えられる理由：=HR.ITSSEVIDENCE(FILTER(Engagements, Engagements[社員番号]="E001", ""), Engagements[#Headers], 4)',
  },

  // Person summary (issue 14)
  personTitle: { en: "Person summary", ja: "個人サマリー" },
  personHelp: {
    en: "One A4 page for the review: KPI level and what the next level needs criterion by criterion, skill ratings with a radar, CMBOK coverage, rounds and engagements. Choose the person here or in the Person sheet's drop-down (cell B2), then build or refresh.",
    ja: "面談用のA4・1ページ：達成度指標レベルと次のレベルに必要な条件（条件ごと）、スキル評価とレーダーチャート、CMBOKカバー率、評価回、案件実績。ここか個人サマリーシートのドロップダウン（セルB2）で社員を選び、作成または更新します。",
  },
  personChoose: { en: "Person", ja: "社員" },
  personFromSheet: { en: "As chosen in the Person sheet (B2)", ja: "個人サマリーシートで選んだ社員（B2）" },
  personBuild: { en: "Build summary", ja: "サマリーを作成" },
  personRefresh: { en: "Refresh from the sheet", ja: "シートの選択で更新" },
  personBuilt: {
    en: "Person summary of {who} built on the Person sheet: it prints on one A4 page.",
    ja: "{who}の個人サマリーを個人サマリーシート（Person）に作成しました。A4・1ページで印刷できます。",
  },

  // The preview (a plain browser)
  previewBanner: {
    en: "Preview: no Excel here, so the pane works on a workbook in this browser. Native charts appear only in Excel.",
    ja: "プレビュー：Excelがないため、このブラウザー内のブックで動作しています。ネイティブのグラフはExcelでのみ表示されます。",
  },
  previewFailed: {
    en: "The preview's workbook could not be opened. Reload the page; if it happens again, the browser's console says why.",
    ja: "プレビューのブックを開けませんでした。ページを再読み込みしてください。繰り返す場合は、ブラウザーのコンソールに理由が表示されます。",
  },
  downloadWorkbook: { en: "Download workbook", ja: "ブックをダウンロード" },
  downloaded: {
    en: "The workbook was saved as {name}, with its formulas and their values, tables, drop-down lists, checks and formats.",
    ja: "ブックを{name}として保存しました（数式とその値、テーブル、ドロップダウン、入力規則、書式を含みます）。",
  },
  downloadInExcel: {
    en: "Open it in Excel with this add-in for the HR functions to recalculate.",
    ja: "HR関数の再計算には、このアドインを入れたExcelで開いてください。",
  },
  downloadNoCharts: {
    en: {
      one: "{n} chart is left out of the file: only Excel draws native charts. Open the file in Excel with this add-in and run its report again to add it.",
      other:
        "{n} charts are left out of the file: only Excel draws native charts. Open the file in Excel with this add-in and run the reports again to add them.",
    },
    ja: "グラフ{n}個はファイルに含まれません（ネイティブのグラフはExcelだけが描きます）。このアドインを入れたExcelで開き、レポートをもう一度実行すると追加されます。",
  },
  openFile: { en: "Open a roster file (xlsx or csv)", ja: "名簿ファイルを開く（xlsx・csv）" },
  opened: {
    en: { one: "Opened {name}: {n} row in the Roster.", other: "Opened {name}: {n} rows in the Roster." },
    ja: "{name}を開きました。名簿は{n}行です。",
  },
  workbookSheets: { en: "Workbook", ja: "ブック" },
  sheet: { en: "Sheet", ja: "シート" },
  moreRows: { en: "…and {n} more rows", ja: "…ほか{n}行" },
  chart: { en: "Chart", ja: "グラフ" },
} as const satisfies Record<string, Message>;

export type TextKey = keyof typeof TEXT;
export type TextValues = Readonly<Record<string, string | number>>;

/** The text for a key in one language, with {name} placeholders filled. */
export function say(lang: Lang, key: TextKey, values: TextValues = {}): string {
  return fill(pick(TEXT[key], lang, values), values);
}

/** Both languages of a key, filled: what an action reports, so the pane can switch language afterwards. */
export function text(key: TextKey, values: TextValues = {}): Localized {
  return { en: say("en", key, values), ja: say("ja", key, values) };
}

/** Localized texts joined into one (a space between English sentences, none between Japanese ones). */
export function join(...parts: readonly Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(" "), ja: parts.map((p) => p.ja).join("") };
}

/** The language to start in: Office's display language, else the browser's. */
export function initialLang(officeLanguage: string | undefined, browserLanguage: string | undefined): Lang {
  const language = (officeLanguage || browserLanguage || "en").toLowerCase();
  return language.startsWith("ja") ? "ja" : "en";
}

function pick(message: Message, lang: Lang, values: TextValues): string {
  const form = message[lang];
  if (typeof form === "string") return form;
  return Number(values.n) === 1 ? form.one : form.other;
}

function fill(template: string, values: TextValues): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
