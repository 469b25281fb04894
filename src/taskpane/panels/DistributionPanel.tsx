import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { PanelSection } from "../components/PanelSection";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useDistributionPanel, type DistributionPanelModel } from "./useDistributionPanel";

export function DistributionView({ lang, draw }: DistributionPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "distributionTitle")} help={say(lang, "distributionHelp")}>
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void draw()}>
            {say(lang, "distributionButton")}
          </ActionButton>
        </div>
      </PanelSection>
    </div>
  );
}

export default function DistributionPanel() {
  const { lang } = useSettings();
  return <DistributionView lang={lang} {...useDistributionPanel()} />;
}
