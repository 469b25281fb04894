import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { PanelSection } from "../components/PanelSection";
import { TemplateOptions } from "../components/TemplateOptions";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useRosterPanel, type RosterPanelModel } from "./useRosterPanel";

export function RosterView({ lang, ...m }: RosterPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "rosterTitle")} help={say(lang, "rosterHelp")}>
        <TemplateOptions lang={lang} choice={m.template} />
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.create()}>
            {say(lang, "rosterButton")}
          </ActionButton>
        </div>
      </PanelSection>
    </div>
  );
}

export default function RosterPanel() {
  const { lang } = useSettings();
  return <RosterView lang={lang} {...useRosterPanel()} />;
}
