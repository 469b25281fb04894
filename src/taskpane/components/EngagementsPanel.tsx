/**
 * The Engagements tab: create the ledger table, and score the roster from it
 * (issue 15). Loaded when the tab is first opened.
 */
import { useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import type { EngagementProblem } from "../../core/engagements/read-engagements";
import { createEngagements, scoreFromEngagements, todayDay } from "../../app/engagements";
import { say } from "../i18n";
import { sayEngagements } from "../i18n-engagements";
import { TemplateOptions } from "./TemplateOptions";
import { usePanelStyles } from "./panelStyles";
import type { PanelProps } from "./Panels";

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "200px", overflowY: "auto" },
});

export default function EngagementsPanel({ lang, edition, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [headerLang, setHeaderLang] = useState<Lang>(lang);
  const [sampleRows, setSampleRows] = useState(true);
  const [mode, setMode] = useState<"formulas" | "values">("formulas");
  const [useCompanyRules, setUseCompanyRules] = useState(false);
  const [problems, setProblems] = useState<readonly EngagementProblem[]>([]);

  const create = async () => {
    await runner.run(
      (progress) => createEngagements(workbook, { lang: headerLang, sampleRows }, progress),
      () => ({ en: sayEngagements("en", "created"), ja: sayEngagements("ja", "created") }),
    );
    onChanged();
  };
  const score = async () => {
    const r = await runner.run(
      (progress) =>
        scoreFromEngagements(workbook, { lang, edition, mode, useCompanyRules, asOf: todayDay() }, progress),
      (r) => ({
        en: sayEngagements("en", "scored", { n: r.scored, m: r.engagements }),
        ja: sayEngagements("ja", "scored", { n: r.scored, m: r.engagements }),
      }),
    );
    setProblems(r?.ledgerProblems ?? []);
    onChanged();
  };

  return (
    <>
      <section className={styles.panel} aria-labelledby="engagements-title">
        <Text as="h2" id="engagements-title" weight="semibold" size={400}>
          {sayEngagements(lang, "createTitle")}
        </Text>
        <Text className={styles.help}>{sayEngagements(lang, "createHelp")}</Text>
        <TemplateOptions
          lang={lang}
          headerLang={headerLang}
          onHeaderLang={setHeaderLang}
          sampleRows={sampleRows}
          onSampleRows={setSampleRows}
        />
        <div>
          <Button appearance="primary" disabled={runner.busy} onClick={() => void create()}>
            {sayEngagements(lang, "create")}
          </Button>
        </div>
      </section>
      <section className={styles.panel} aria-labelledby="engagements-score-title">
        <Text as="h2" id="engagements-score-title" weight="semibold" size={400}>
          {sayEngagements(lang, "scoreTitle")}
        </Text>
        <Text className={styles.help}>{sayEngagements(lang, "scoreHelp")}</Text>
        <RadioGroup
          layout="horizontal"
          value={mode}
          onChange={(_, d) => setMode(d.value as "formulas" | "values")}
          aria-label={sayEngagements(lang, "scoreTitle")}
        >
          <Radio value="formulas" label={sayEngagements(lang, "formulas")} />
          <Radio value="values" label={sayEngagements(lang, "values")} />
        </RadioGroup>
        <Field hint={say(lang, "companyRulesHint")}>
          <Checkbox
            checked={useCompanyRules}
            onChange={(_, d) => setUseCompanyRules(Boolean(d.checked))}
            label={say(lang, "companyRules")}
          />
        </Field>
        <div>
          <Button appearance="primary" disabled={runner.busy} onClick={() => void score()}>
            {sayEngagements(lang, "score")}
          </Button>
        </div>
        {problems.length > 0 && (
          <Field label={sayEngagements(lang, "problems", { n: problems.length })}>
            <ul className={styles.problems}>
              {problems.slice(0, 50).map((p, i) => (
                <li key={`${p.row}-${i}`}>
                  <Text size={200}>{p.message[lang]}</Text>
                </li>
              ))}
            </ul>
          </Field>
        )}
        <Text size={200} className={styles.help}>
          {sayEngagements(lang, "evidenceHint")}
        </Text>
      </section>
    </>
  );
}
