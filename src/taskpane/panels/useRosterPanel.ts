/** Roster: create the Roster table from the template, scored under the pane's settings. */
import { createRoster } from "../../app/roster";
import { TEXT } from "../i18n";
import { useTemplateChoice } from "../components/TemplateOptions";
import { usePane } from "../pane";
import { useSettings } from "../settings";

export function useRosterPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const template = useTemplateChoice(lang);
  const { headerLang, sampleRows } = template;
  const create = async () => {
    await runner.run(
      (progress) =>
        createRoster(workbook, { lang: headerLang, sampleRows, useCompanyRules, edition }, progress),
      () => TEXT.rosterDone,
    );
    onChanged();
  };
  return { template, create };
}

export type RosterPanelModel = ReturnType<typeof useRosterPanel>;
