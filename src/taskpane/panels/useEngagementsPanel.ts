/** Engagements: create the ledger table and score the roster from it under the pane's settings. */
import { useState } from "react";
import type { EngagementProblem } from "../../core/engagements/read-engagements";
import { createEngagements, scoreFromEngagements, todayDay } from "../../app/engagements";
import type { WriteMode } from "../components/WriteModeChoice";
import { text, TEXT } from "../i18n";
import { useTemplateChoice } from "../components/TemplateOptions";
import { usePane } from "../pane";
import { useSettings } from "../settings";

export function useEngagementsPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const template = useTemplateChoice(lang);
  const { headerLang, sampleRows } = template;
  const [mode, setMode] = useState<WriteMode>("formulas");
  const [problems, setProblems] = useState<readonly EngagementProblem[]>([]);

  const create = async () => {
    await runner.run(
      (progress) => createEngagements(workbook, { lang: headerLang, sampleRows }, progress),
      () => TEXT.engagementsCreated,
    );
    onChanged();
  };
  const score = async () => {
    const r = await runner.run(
      (progress) =>
        scoreFromEngagements(workbook, { lang, edition, mode, useCompanyRules, asOf: todayDay() }, progress),
      (r) => text("engagementsScored", { n: r.scored, m: r.engagements }),
    );
    setProblems(r?.ledgerProblems ?? []);
    onChanged();
  };
  return {
    template,
    mode,
    setMode,
    create,
    score,
    problems: problems.map((p) => p.message),
  };
}

export type EngagementsPanelModel = ReturnType<typeof useEngagementsPanel>;
