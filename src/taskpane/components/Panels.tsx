/**
 * The four action panels. Each holds its options and calls one action through the
 * shared runner; none touches Office.js (the adapter does).
 */
import { useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePanelStyles } from "./panelStyles";
import type { Edition, Lang } from "../../core/catalog/types";
import { levelName } from "../../core/catalog/fields";
import type { WorkbookAdapter } from "../../adapters/workbook";
import {
  createRoster,
  drawDistribution,
  loadStandard,
  scoreRoster,
  type ScoreResult,
} from "../../app/roster";
import { TemplateOptions } from "./TemplateOptions";
import { say, TEXT } from "../i18n";
import type { ActionRunner } from "../useAction";

export interface PanelProps {
  lang: Lang;
  edition: Edition;
  workbook: WorkbookAdapter;
  runner: ActionRunner;
  onChanged: () => void;
}

const useStyles = makeStyles({
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

export function StandardPanel({ lang, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [confirming, setConfirming] = useState(false);
  const load = async (overwriteEdits: boolean) => {
    setConfirming(false);
    const result = await runner.run(
      (progress) => loadStandard(workbook, lang, { overwriteEdits }, progress),
      (r) => (r.kind === "loaded" ? TEXT.standardDone : null),
    );
    if (result?.kind === "needs-confirmation") setConfirming(true);
    onChanged();
  };
  return (
    <section className={styles.panel} aria-labelledby="standard-title">
      <Text as="h2" id="standard-title" weight="semibold" size={400}>
        {say(lang, "standardTitle")}
      </Text>
      <Text className={styles.help}>{say(lang, "standardHelp")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void load(false)}>
          {say(lang, "standardButton")}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{say(lang, "rulesEditedTitle")}</DialogTitle>
            <DialogContent>{say(lang, "rulesEditedBody")}</DialogContent>
            <DialogActions>
              <Button
                appearance="secondary"
                onClick={() => {
                  setConfirming(false);
                  void runner.run(
                    async () => undefined,
                    () => TEXT.keptEdits,
                  );
                }}
              >
                {say(lang, "keepEdits")}
              </Button>
              <Button appearance="primary" onClick={() => void load(true)}>
                {say(lang, "resetRules")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

export function RosterPanel({ lang, edition, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [headerLang, setHeaderLang] = useState<Lang>(lang);
  const [sampleRows, setSampleRows] = useState(true);
  const [useCompanyRules, setUseCompanyRules] = useState(false);
  const create = async () => {
    await runner.run(
      (progress) =>
        createRoster(workbook, { lang: headerLang, sampleRows, useCompanyRules, edition }, progress),
      () => TEXT.rosterDone,
    );
    onChanged();
  };
  return (
    <section className={styles.panel} aria-labelledby="roster-title">
      <Text as="h2" id="roster-title" weight="semibold" size={400}>
        {say(lang, "rosterTitle")}
      </Text>
      <Text className={styles.help}>{say(lang, "rosterHelp")}</Text>
      <TemplateOptions
        lang={lang}
        headerLang={headerLang}
        onHeaderLang={setHeaderLang}
        sampleRows={sampleRows}
        onSampleRows={setSampleRows}
      />
      <Field hint={say(lang, "companyRulesHint")}>
        <Checkbox
          checked={useCompanyRules}
          onChange={(_, d) => setUseCompanyRules(Boolean(d.checked))}
          label={say(lang, "companyRules")}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void create()}>
          {say(lang, "rosterButton")}
        </Button>
      </div>
    </section>
  );
}

export function ScorePanel({ lang, edition, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [mode, setMode] = useState<"formulas" | "values">("formulas");
  const [fromSelection, setFromSelection] = useState(false);
  const [useCompanyRules, setUseCompanyRules] = useState(false);
  const [result, setResult] = useState<ScoreResult | null>(null);
  const score = async () => {
    const r = await runner.run(
      (progress) => scoreRoster(workbook, { lang, edition, mode, useCompanyRules, fromSelection }, progress),
      (r) => ({ en: say("en", "scoredRows", { n: r.scored }), ja: say("ja", "scoredRows", { n: r.scored }) }),
    );
    if (r) setResult(r);
    onChanged();
  };
  return (
    <section className={styles.panel} aria-labelledby="score-title">
      <Text as="h2" id="score-title" weight="semibold" size={400}>
        {say(lang, "scoreTitle")}
      </Text>
      <Text className={styles.help}>{say(lang, "scoreHelp")}</Text>
      <Field label={say(lang, "writeAs")}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as "formulas" | "values")}>
          <Radio value="formulas" label={say(lang, "asFormulas")} />
          <Radio value="values" label={say(lang, "asValues")} />
        </RadioGroup>
      </Field>
      <Checkbox
        checked={fromSelection}
        onChange={(_, d) => setFromSelection(Boolean(d.checked))}
        label={say(lang, "useSelection")}
      />
      <Checkbox
        checked={useCompanyRules}
        onChange={(_, d) => setUseCompanyRules(Boolean(d.checked))}
        label={say(lang, "companyRules")}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void score()}>
          {say(lang, "scoreButton")}
        </Button>
      </div>
      {result && <LevelCounts lang={lang} perLevel={result.perLevel} />}
      {result && result.invalid.length > 0 && (
        <>
          <Text role="status">{say(lang, "invalidRows", { n: result.invalid.length })}</Text>
          <div className={styles.list} role="region" aria-label={say(lang, "problem")} tabIndex={0}>
            <Table size="small" aria-label={say(lang, "invalidRows", { n: result.invalid.length })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{say(lang, "row")}</TableHeaderCell>
                  <TableHeaderCell>{say(lang, "problem")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {result.invalid.map((row) => (
                  <TableRow key={row.index}>
                    <TableCell>
                      <Button
                        size="small"
                        appearance="subtle"
                        onClick={() =>
                          void workbook
                            .select(result.roster.sheet, row.sheetRow, row.sheetColumn)
                            .then(onChanged)
                        }
                      >
                        {row.sheetRow + 1}
                      </Button>
                    </TableCell>
                    <TableCell>{row.messages.map((m) => m[lang]).join(" ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}

/** People per level (0 = not yet level 1), for KPI levels and skill levels alike. */
export function LevelCounts({
  lang,
  perLevel,
  label,
}: {
  lang: Lang;
  perLevel: readonly number[];
  label?: string;
}) {
  return (
    <Table size="extra-small" aria-label={label ?? say(lang, "countsPerLevel")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{say(lang, "level")}</TableHeaderCell>
          <TableHeaderCell>{say(lang, "people")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {perLevel.map((count, level) => (
          <TableRow key={level} data-level={level}>
            <TableCell>{levelName(level)[lang]}</TableCell>
            <TableCell>{count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function DistributionPanel({ lang, edition, workbook, runner, onChanged }: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [useCompanyRules, setUseCompanyRules] = useState(false);
  const draw = async () => {
    await runner.run(
      (progress) =>
        drawDistribution(workbook, { lang, edition, useCompanyRules, fromSelection: false }, progress),
      (r) => {
        const done = {
          en: say("en", "distributionDone", { n: r.total }),
          ja: say("ja", "distributionDone", { n: r.total }),
        };
        if (r.invalid === 0) return done;
        return {
          en: `${done.en} ${say("en", "distributionInvalid", { n: r.invalid })}`,
          ja: `${done.ja}${say("ja", "distributionInvalid", { n: r.invalid })}`,
        };
      },
    );
    onChanged();
  };
  return (
    <section className={styles.panel} aria-labelledby="distribution-title">
      <Text as="h2" id="distribution-title" weight="semibold" size={400}>
        {say(lang, "distributionTitle")}
      </Text>
      <Text className={styles.help}>{say(lang, "distributionHelp")}</Text>
      <Checkbox
        checked={useCompanyRules}
        onChange={(_, d) => setUseCompanyRules(Boolean(d.checked))}
        label={say(lang, "companyRules")}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void draw()}>
          {say(lang, "distributionButton")}
        </Button>
      </div>
    </section>
  );
}
