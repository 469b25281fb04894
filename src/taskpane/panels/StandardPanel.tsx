import { useRef } from "react";
import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { PanelSection } from "../components/PanelSection";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useStandardPanel, type StandardPanelModel } from "./useStandardPanel";

export function StandardView({ lang, confirming, load, reset, keep }: StandardPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "standardTitle")} help={say(lang, "standardHelp")}>
        <div className={styles.actions}>
          <ActionButton ref={button} primary onClick={() => void load()}>
            {say(lang, "standardButton")}
          </ActionButton>
        </div>
      </PanelSection>
      <ConfirmDialog
        open={confirming}
        title={say(lang, "rulesEditedTitle")}
        body={say(lang, "rulesEditedBody")}
        cancel={say(lang, "keepEdits")}
        confirm={say(lang, "resetRules")}
        onCancel={keep}
        onConfirm={() => void reset()}
        returnFocus={button}
      />
    </div>
  );
}

export default function StandardPanel() {
  const { lang } = useSettings();
  return <StandardView lang={lang} {...useStandardPanel()} />;
}
