/** The Import tab's text, in English and Japanese. */
import type { Lang, Localized } from "../core/catalog/types";

export const IMPORT_TEXT = {
  title: { en: "Import a skill sheet", ja: "スキルシートの取り込み" },
  help: {
    en: "Bring in a roster you already keep: an xlsx or csv file (UTF-8 or Shift_JIS), or a sheet of this workbook. Your source is only read, never changed.",
    ja: "お手元の名簿を取り込みます：xlsx・csvファイル（UTF-8またはShift_JIS）、またはこのブックのシート。元のデータは読み取るだけで変更しません。",
  },
  chooseFile: { en: "Choose a file (xlsx or csv)", ja: "ファイルを選ぶ（xlsx・csv）" },
  orSheet: { en: "Or a sheet of this workbook", ja: "またはこのブックのシート" },
  chooseSheet: { en: "Choose a sheet", ja: "シートを選択" },
  readSheet: { en: "Read sheet", ja: "シートを読む" },
  sourceSummary: {
    en: "{name}: {read} rows read, {flagged} with problems",
    ja: "{name}：{read}行を読み込み、{flagged}行に問題",
  },
  recalled: {
    en: "The columns are mapped as you chose last time for this layout.",
    ja: "このレイアウトで前回選んだ列の対応を使っています。",
  },
  headerRow: { en: "Header row", ja: "見出し行" },
  mapping: { en: "Column mapping", ja: "列の対応" },
  sourceColumn: { en: "Source column", ja: "元の列" },
  mapsTo: { en: "Imports into", ja: "取り込み先" },
  keepExtra: { en: "Keep as extra column", ja: "追加列として残す" },
  previewTitle: { en: "First rows as they will land", ja: "取り込み後の最初の行" },
  sourceRow: { en: "Row", ja: "行" },
  problems: { en: "Problems", ja: "問題" },
  problemCount: {
    en: "{n} problems: the rows are imported and flagged, not dropped",
    ja: "{n}件の問題：該当行は除外せず、要確認として取り込みます",
  },
  destination: { en: "Import into", ja: "取り込み先" },
  append: { en: "Add to the Roster table", ja: "名簿テーブルに追加" },
  replace: { en: "Replace the Roster table's rows", ja: "名簿テーブルの行を置き換え" },
  newSheet: { en: "A new sheet", ja: "新しいシート" },
  importButton: { en: "Import {n} rows", ja: "{n}行を取り込む" },
} as const satisfies Record<string, Localized>;

export function sayImport(
  lang: Lang,
  key: keyof typeof IMPORT_TEXT,
  values: Record<string, string | number> = {},
): string {
  return IMPORT_TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(values[name] ?? `{${name}}`),
  );
}
