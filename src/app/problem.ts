/**
 * Outcomes of the use cases that a person reads, in English and Japanese: the
 * application layer's message catalog. The pane shows them, the CLI prints them.
 */
import type { Localized } from "../core/catalog/types";

/** An outcome a person reads: what happened, and anything that needs their attention. */
export class ActionProblem extends Error {
  constructor(readonly detail: Localized) {
    super(detail.en);
    this.name = "ActionProblem";
  }
}

export const APP_MESSAGES = {
  noRoster: {
    en: "No roster yet: create or import one (Roster or Import tab), or select a range whose first row holds headers such as Specialty Field and Role.",
    ja: "名簿がまだありません。［名簿］タブで作成するか［取り込み］タブで取り込むか、1行目に「専門分野」「役割」などの見出しがある範囲を選択してください。",
  },
  rulesTableMissing: {
    en: "There is no KPI Rules table: load the standard first, or clear “Use the company's KPI Rules table”.",
    ja: "KPIルール表がありません。先に標準を読み込むか、「会社のKPIルール表を使う」をオフにしてください。",
  },
  rulesTableInvalid: { en: "The KPI Rules table has problems:", ja: "KPIルール表に問題があります：" },
  // Rounds
  noAssessorColumn: {
    en: 'The roster has no "Assessed by" column. Add one, mark each row Self or Manager (one of each per person), then compare again.',
    ja: "名簿に「評価者」列がありません。列を追加し、各行に本人または上長を記入してから（1人につき各1行）、もう一度比較してください。",
  },
  noRoundsYet: {
    en: "No round is in History yet: close a round first.",
    ja: "履歴にまだ評価回がありません。先に評価回を締めてください。",
  },
  sameRound: {
    en: "Choose two different rounds to see who moved.",
    ja: "変化を見るには異なる2つの評価回を選んでください。",
  },
  noHistory: {
    en: "There is no History table yet: close a round first.",
    ja: "履歴表がまだありません。先に評価回を締めてください。",
  },
  // Skills and CMBOK
  skillsExists: {
    en: "There is already a Skills table. Build the skills report from it, or rename it to create a new one.",
    ja: "スキル表は既にあります。その表からスキルレポートを作成するか、名前を変えてから新しく作成してください。",
  },
  cmbokExists: {
    en: "There is already a CMBOK Assessment table. Build the coverage from it, or rename it to create a new one.",
    ja: "CMBOK評価表は既にあります。その表からカバー率を作成するか、名前を変えてから新しく作成してください。",
  },
  noSkillsTable: {
    en: "There is no Skills table. Create the Skills sheet first, or name your table Skills.",
    ja: "スキル表がありません。先にスキルシートを作成するか、表の名前をSkillsにしてください。",
  },
  noSkillsRows: {
    en: "The Skills table has no people yet. Fill in a row per person, then build the report.",
    ja: "スキル表にまだ人員がいません。1人1行で入力してから、レポートを作成してください。",
  },
  noFieldColumn: {
    en: "The Skills table has no Specialty Field column: it decides which skill items apply to each row.",
    ja: "スキル表に専門分野列がありません。行ごとに適用するスキル項目は専門分野で決まります。",
  },
  noSkillColumns: {
    en: "The Skills table has no skill item columns (such as Leadership or リーダーシップ).",
    ja: "スキル表にスキル項目の列（リーダーシップ、Leadershipなど）がありません。",
  },
  noCmbokTable: {
    en: "There is no CMBOK Assessment table. Create it first, or name your table CMBOK_Assessment.",
    ja: "CMBOK評価表がありません。先に作成するか、表の名前をCMBOK_Assessmentにしてください。",
  },
  noCmbokColumns: {
    en: "The CMBOK Assessment table has no CMBOK 2.0 competency columns (headed by codes such as OP-3).",
    ja: "CMBOK評価表にCMBOK 2.0のコンピテンシー列（OP-3などのコードの見出し）がありません。",
  },
  noCmbokRows: {
    en: "The CMBOK Assessment table has no people yet. Fill in a row per person, then build the coverage.",
    ja: "CMBOK評価表にまだ人員がいません。1人1行で入力してから、カバー率を作成してください。",
  },
} as const satisfies Record<string, Localized>;

/** "Nobody with the Employee ID or name “E009” is in the Skills table." */
export function personNotFound(person: string): Localized {
  return {
    en: `Nobody with the Employee ID or name “${person}” is in the Skills table.`,
    ja: `社員番号または氏名が「${person}」の人はスキル表にいません。`,
  };
}

/** A file opened as a roster that has none of the roster's columns. */
export function notARoster(fileName: string): Localized {
  return {
    en: `${fileName} has no roster columns (such as Employee ID, Specialty Field or Role), so it was not opened and nothing changed. Check that you chose the roster file.`,
    ja: `${fileName}には名簿の列（社員番号、専門分野、役割など）がないため、開いていません。何も変更していません。名簿のファイルを選んだか確認してください。`,
  };
}
