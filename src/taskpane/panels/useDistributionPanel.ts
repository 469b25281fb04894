/** Distribution: the Level Distribution sheet, scored under the pane's settings. */
import { drawDistribution, peopleCountedMessage } from "../../app/roster";
import { join, text } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";

export function useDistributionPanel() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const draw = async () => {
    await runner.run(
      (progress) =>
        drawDistribution(workbook, { lang, edition, useCompanyRules, fromSelection: false }, progress),
      (r) => {
        const counted = peopleCountedMessage(r.people);
        const done = counted
          ? join(text("distributionDone", { n: r.total }), counted)
          : text("distributionDone", { n: r.total });
        return r.invalid === 0 ? done : join(done, text("distributionInvalid", { n: r.invalid }));
      },
    );
    onChanged();
  };
  return { draw };
}

export type DistributionPanelModel = ReturnType<typeof useDistributionPanel>;
