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
} as const satisfies Record<string, Localized>;
