import { useEffect, useState } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import { ActionButton } from "../components/ActionButton";
import { PanelSection } from "../components/PanelSection";
import { WriteModeChoice } from "../components/WriteModeChoice";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useScorePanel, type ScorePanelModel } from "./useScorePanel";

/** The results' lists, with Fluent's table: loaded when the panel opens, not with the pane. */
type ListsModule = typeof import("../components/Lists");

function useLists(): ListsModule | undefined {
  const [lists, setLists] = useState<ListsModule>();
  useEffect(() => {
    let live = true;
    void import(/* webpackChunkName: "lists" */ "../components/Lists").then((m) => live && setLists(m));
    return () => {
      live = false;
    };
  }, []);
  return lists;
}

export function ScoreView({ lang, ...m }: ScorePanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  const attention = say(lang, "invalidRows", { n: m.problems.length });
  const lists = useLists();
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
        {m.perLevel && lists && <lists.LevelCounts lang={lang} perLevel={m.perLevel} />}
        {m.problems.length > 0 && <Text role="status">{attention}</Text>}
        {lists && (
          <lists.CellProblemTable lang={lang} title={attention} problems={m.problems} onSelect={m.goTo} />
        )}
      </PanelSection>
    </div>
  );
}

export default function ScorePanel() {
  const { lang } = useSettings();
  return <ScoreView lang={lang} {...useScorePanel()} />;
}
