/**
 * Every text of the assessment rounds (the Rounds tab and its actions), in English
 * and Japanese. Kept apart from i18n.ts so the feature's words live with it; same
 * shape, so a missing translation is a type error here too.
 */
import type { Lang, Localized } from "../core/catalog/types";
import { APP_MESSAGES } from "../app/problem";

export const ROUNDS_TEXT = {
  tabRounds: { en: "Rounds", ja: "評価ラウンド" },
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
  noAssessorColumn: APP_MESSAGES.noAssessorColumn,
  disagreements: { en: "People whose levels differ", ja: "レベルが異なる人" },
  nobodyDiffers: {
    en: "Self and manager agree for everyone who could be compared.",
    ja: "比較できた全員で、本人評価と上長評価のレベルが一致しています。",
  },
  person: { en: "Person", ja: "対象者" },
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
    en: "{n} rows of the Self vs Manager sheet no longer differ but were kept because an agreed level or comment was typed in them.",
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
  closeButton: { en: "Close the round", ja: "評価回を締める" },
  closeDone: {
    en: 'Round "{round}" closed: {n} people recorded in History.',
    ja: "評価回「{round}」を締めました。{n}人を履歴に記録しました。",
  },
  replaceDone: {
    en: 'Round "{round}" replaced: {n} people recorded, {old} earlier rows of the round removed. Other rounds are unchanged.',
    ja: "評価回「{round}」を置き換えました。{n}人を記録し、この回の以前の{old}行を削除しました。他の評価回は変わりません。",
  },
  replaceTitle: { en: 'Replace round "{round}"?', ja: "評価回「{round}」を置き換えますか？" },
  replaceButton: { en: "Replace the round", ja: "置き換える" },
  cancel: { en: "Cancel", ja: "キャンセル" },
  keptHistory: {
    en: "Nothing changed: History is as it was.",
    ja: "変更していません。履歴はそのままです。",
  },
  withoutLevel: {
    en: "{n} people have no level this round (their roster rows have problems) and were recorded with a blank level.",
    ja: "{n}人は今回レベルがありません（名簿の行に問題があります）。レベルを空欄で記録しました。",
  },
  notes: { en: "Notes ({n})", ja: "注意（{n}件）" },
  andMore: { en: "…and {n} more", ja: "…ほか{n}件" },

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
  trendsDone: { en: "Trends of {n} rounds drawn.", ja: "{n}回分の推移を作成しました。" },
  movementCaption: { en: "Movement from {from} to {to}", ja: "{from}から{to}への変化" },
  movement: { en: "Movement", ja: "変化" },
  people: { en: "People", ja: "人数" },
  who: { en: "Who", ja: "対象者" },
  noHistory: APP_MESSAGES.noHistory,
} as const satisfies Record<string, Localized>;

export type RoundsTextKey = keyof typeof ROUNDS_TEXT;

/** The text for a key, with {name} placeholders filled. */
export function sayRounds(
  lang: Lang,
  key: RoundsTextKey,
  values: Record<string, string | number> = {},
): string {
  return fill(ROUNDS_TEXT[key][lang], values);
}

/** Both languages of a key, filled: what an action reports, so the pane can switch language afterwards. */
export function roundsText(key: RoundsTextKey, values: Record<string, string | number> = {}): Localized {
  return { en: sayRounds("en", key, values), ja: sayRounds("ja", key, values) };
}

function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
