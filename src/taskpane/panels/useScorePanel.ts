/** Score: find the roster (or use the selection), write level and gap, list the rows that need attention. */
import { useState } from "react";
import { peopleCountedMessage, scoreRoster, type ScoreResult } from "../../app/roster";
import type { WriteMode } from "../components/WriteModeChoice";
import { join, text } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";
import { useGoToCell } from "./useGoToCell";

export function useScorePanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const goToCell = useGoToCell();
  const [mode, setMode] = useState<WriteMode>("formulas");
  const [fromSelection, setFromSelection] = useState(false);
  const [result, setResult] = useState<ScoreResult | null>(null);
  const score = async () => {
    const r = await runner.run(
      (progress) => scoreRoster(workbook, { lang, edition, mode, useCompanyRules, fromSelection }, progress),
      (r) => {
        // With self and manager rows, say who was counted once and which row gave the level.
        const counted = peopleCountedMessage(r.people);
        const done = text("scoredRows", { n: r.scored });
        const empty = r.emptyRows > 0 ? [text("emptyRowsSkipped", { n: r.emptyRows })] : [];
        return join(done, ...empty, ...(counted ? [counted] : []));
      },
    );
    if (r) setResult(r);
    onChanged();
  };
  const problems = (result?.invalid ?? []).map((row) => ({
    sheetRow: row.sheetRow,
    sheetColumn: row.sheetColumn,
    message: join(...row.messages),
  }));
  return {
    mode,
    setMode,
    fromSelection,
    setFromSelection,
    score,
    perLevel: result?.perLevel ?? null,
    problems,
    goTo: (p: { sheetRow: number; sheetColumn: number }) =>
      result && goToCell(result.roster.sheet, p.sheetRow, p.sheetColumn),
  };
}

export type ScorePanelModel = ReturnType<typeof useScorePanel>;
