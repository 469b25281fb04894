/** Distribution: the Level Distribution sheet, scored under the pane's settings. */
import { drawDistribution } from "../../app/roster";
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
        const done = text("distributionDone", { n: r.total });
        return r.invalid === 0 ? done : join(done, text("distributionInvalid", { n: r.invalid }));
      },
    );
    onChanged();
  };
  return { draw };
}

export type DistributionPanelModel = ReturnType<typeof useDistributionPanel>;
