/** Roster: create the Roster table from the template, scored under the pane's settings. */
import { useState } from "react";
import type { Lang } from "../../core/catalog/types";
import { createRoster } from "../../app/roster";
import { TEXT } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";

export function useRosterPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const [headerLang, setHeaderLang] = useState<Lang>(lang);
  const [sampleRows, setSampleRows] = useState(true);
  const create = async () => {
    await runner.run(
      (progress) =>
        createRoster(workbook, { lang: headerLang, sampleRows, useCompanyRules, edition }, progress),
      () => TEXT.rosterDone,
    );
    onChanged();
  };
  return { headerLang, setHeaderLang, sampleRows, setSampleRows, create };
}

export type RosterPanelModel = ReturnType<typeof useRosterPanel>;
