/** Standard: load the skill standard's tables; asks before resetting a KPI Rules table the company edited. */
import { useState } from "react";
import { loadStandard } from "../../app/roster";
import { TEXT } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";

export function useStandardPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang } = useSettings();
  const [confirming, setConfirming] = useState(false);
  const load = async (overwriteEdits: boolean) => {
    setConfirming(false);
    const result = await runner.run(
      (progress) => loadStandard(workbook, lang, { overwriteEdits }, progress),
      (r) => (r.kind === "loaded" ? TEXT.standardDone : null),
    );
    if (result?.kind === "needs-confirmation") setConfirming(true);
    onChanged();
  };
  return {
    confirming,
    load: () => load(false),
    reset: () => load(true),
    keep: () => {
      setConfirming(false);
      runner.report(TEXT.keptEdits);
    },
  };
}

export type StandardPanelModel = ReturnType<typeof useStandardPanel>;
