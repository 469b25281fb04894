/** The Person tab's view (issue 14): the one-page summary for the review. Loaded when first opened. */
import { Field, Select } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { PanelSection } from "../components/PanelSection";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { FROM_SHEET, usePersonPanel, type PersonPanelModel } from "./usePersonPanel";

export function PersonView({ lang, ...m }: PersonPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "personTitle")} help={say(lang, "personHelp")}>
        <Field label={say(lang, "personChoose")}>
          {/* A native select: no popup layer, and the platform's own keyboard handling. */}
          <Select value={m.person} onChange={(_, d) => m.setPerson(d.value)} onFocus={m.refreshPeople}>
            <option value={FROM_SHEET}>{say(lang, "personFromSheet")}</option>
            {m.people.map((p) => (
              <option key={p.employeeId} value={p.employeeId}>
                {p.name ? `${p.employeeId} ${p.name}` : p.employeeId}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.build()}>
            {say(lang, "personBuild")}
          </ActionButton>
          <ActionButton onClick={() => void m.refresh()}>{say(lang, "personRefresh")}</ActionButton>
        </div>
      </PanelSection>
    </div>
  );
}

export default function PersonPanel() {
  const { lang } = useSettings();
  return <PersonView lang={lang} {...usePersonPanel()} />;
}
