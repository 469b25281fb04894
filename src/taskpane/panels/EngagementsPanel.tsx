/** The Engagements tab's view (issue 15). Loaded when the tab is first opened. */
import { Text } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { NoteList } from "../components/Lists";
import { PanelSection } from "../components/PanelSection";
import { TemplateOptions } from "../components/TemplateOptions";
import { WriteModeChoice } from "../components/WriteModeChoice";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useEngagementsPanel, type EngagementsPanelModel } from "./useEngagementsPanel";

export function EngagementsView({ lang, ...m }: EngagementsPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "engagementsTitle")} help={say(lang, "engagementsHelp")}>
        <TemplateOptions lang={lang} choice={m.template} />
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.create()}>
            {say(lang, "engagementsCreate")}
          </ActionButton>
        </div>
      </PanelSection>
      <PanelSection title={say(lang, "engagementsScore")} help={say(lang, "engagementsScoreHelp")}>
        <WriteModeChoice lang={lang} mode={m.mode} onMode={m.setMode} />
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.score()}>
            {say(lang, "engagementsScore")}
          </ActionButton>
        </div>
        <NoteList
          lang={lang}
          title={say(lang, "engagementsProblems", { n: m.problems.length })}
          notes={m.problems}
        />
        <Text size={200} className={styles.help}>
          {say(lang, "engagementsEvidenceHint")}
        </Text>
      </PanelSection>
    </div>
  );
}

export default function EngagementsPanel() {
  const { lang } = useSettings();
  return <EngagementsView lang={lang} {...useEngagementsPanel()} />;
}
