/** The Person tab's state and actions: choose a person, build or refresh their summary sheet. */
import { useState } from "react";
import { buildPersonSummary, listRosterPeople, todayDay, type PersonChoice } from "../../app/person";
import { text } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";

/** The select's value meaning "whoever the Person sheet's drop-down shows". */
export const FROM_SHEET = "";

export function usePersonPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const [person, setPerson] = useState(FROM_SHEET);
  const [people, setPeople] = useState<readonly PersonChoice[]>([]);

  const refreshPeople = async () => {
    const found = await listRosterPeople(workbook, { edition }).catch(() => []);
    setPeople(found);
    setPerson((current) => (found.some((p) => p.employeeId === current) ? current : FROM_SHEET));
  };

  const build = async (who: string) => {
    const r = await runner.run(
      (progress) =>
        buildPersonSummary(
          workbook,
          { lang, edition, useCompanyRules, person: who === FROM_SHEET ? null : who, asOf: todayDay() },
          progress,
        ),
      (r) => text("personBuilt", { who: r.name ? `${r.name} (${r.employeeId})` : r.employeeId }),
    );
    if (r) setPeople(r.choices);
    onChanged();
  };

  return {
    person,
    setPerson,
    people,
    refreshPeople: () => void refreshPeople(),
    build: () => build(person),
    refresh: () => build(FROM_SHEET),
  };
}

export type PersonPanelModel = ReturnType<typeof usePersonPanel>;
