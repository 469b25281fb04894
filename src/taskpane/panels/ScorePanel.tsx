import { Checkbox, Text } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { CellProblemTable, LevelCounts } from "../components/Lists";
import { PanelSection } from "../components/PanelSection";
import { WriteModeChoice } from "../components/WriteModeChoice";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useScorePanel, type ScorePanelModel } from "./useScorePanel";

export function ScoreView({ lang, ...m }: ScorePanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  const attention = say(lang, "invalidRows", { n: m.problems.length });
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "scoreTitle")} help={say(lang, "scoreHelp")}>
        <WriteModeChoice lang={lang} mode={m.mode} onMode={m.setMode} />
        <Checkbox
          checked={m.fromSelection}
          onChange={(_, d) => m.setFromSelection(Boolean(d.checked))}
          label={say(lang, "useSelection")}
        />
        <div className={styles.actions}>
          <ActionButton primary onClick={() => void m.score()}>
            {say(lang, "scoreButton")}
          </ActionButton>
        </div>
        {m.perLevel && <LevelCounts lang={lang} perLevel={m.perLevel} />}
        {m.problems.length > 0 && <Text role="status">{attention}</Text>}
        <CellProblemTable lang={lang} title={attention} problems={m.problems} onSelect={m.goTo} />
      </PanelSection>
    </div>
  );
}

export default function ScorePanel() {
  const { lang } = useSettings();
  return <ScoreView lang={lang} {...useScorePanel()} />;
}
