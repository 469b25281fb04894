/**
 * The Rounds tab: compare self and manager assessments, close the round into
 * History, and draw the trends. Each section calls one action through the shared
 * runner and shows plain data from it; none touches Office.js.
 */
import { useEffect, useState } from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Divider,
  Dropdown,
  Field,
  Input,
  Option,
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
import type { Lang, Localized } from "../../core/catalog/types";
import type { Movement } from "../../core/rounds/trends";
import {
  MOVEMENT_KINDS,
  MOVEMENT_LABELS,
  snapshotDate,
  suggestRoundLabel,
  validateRoundLabel,
} from "../../app/rounds";
import { say } from "../i18n";
import { roundsText, sayRounds } from "../i18n-rounds";
import {
  buildTrends,
  closeRound,
  compareSelfManager,
  historyRounds,
  type CloseRoundResult,
  type CompareResult,
  type TrendsResult,
} from "../../app/rounds";
import type { PanelProps } from "./Panels";

/** Notes and names shown in the pane; the sheets hold all of them. */
const SHOWN = 50;
const NAMES_SHOWN = 10;

const useStyles = makeStyles({
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  pickers: { display: "flex", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  list: { maxHeight: "280px", overflowY: "auto" },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // The criteria need the room; the two levels are one digit each.
  personColumn: { width: "30%" },
  levelColumn: { width: "72px" },
});

export function RoundsPanel(props: PanelProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const { lang } = props;
  const [useCompanyRules, setUseCompanyRules] = useState(false);
  // Bumped when a round is closed, so the trends' round pickers read History again.
  const [historyVersion, setHistoryVersion] = useState(0);
  return (
    <section className={styles.panel} aria-labelledby="rounds-title">
      <Text as="h2" id="rounds-title" weight="semibold" size={400}>
        {sayRounds(lang, "roundsTitle")}
      </Text>
      <Text className={styles.help}>{sayRounds(lang, "roundsHelp")}</Text>
      <Field hint={say(lang, "companyRulesHint")}>
        <Checkbox
          checked={useCompanyRules}
          onChange={(_, d) => setUseCompanyRules(Boolean(d.checked))}
          label={say(lang, "companyRules")}
        />
      </Field>
      <CompareSection {...props} useCompanyRules={useCompanyRules} />
      <Divider />
      <CloseSection
        {...props}
        useCompanyRules={useCompanyRules}
        onClosed={() => setHistoryVersion((v) => v + 1)}
      />
      <Divider />
      <TrendsSection {...props} historyVersion={historyVersion} />
    </section>
  );
}

type SectionProps = PanelProps & { useCompanyRules: boolean };

function CompareSection({ lang, edition, workbook, runner, onChanged, useCompanyRules }: SectionProps) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [result, setResult] = useState<CompareResult | null>(null);
  const compare = async () => {
    const r = await runner.run(
      (progress) => compareSelfManager(workbook, { lang, edition, useCompanyRules }, progress),
      (r) => roundsText("compareDone", { n: r.disagreements.length, same: r.sameLevel }),
    );
    if (r) setResult(r);
    onChanged();
  };
  const goTo = (row: number | null) => {
    if (!result || row === null) return;
    void workbook.select(result.roster.sheet, row - 1, result.roster.firstColumn).then(onChanged);
  };
  const notes = result ? [...result.issues.map((i) => i.message), ...result.problems] : [];
  return (
    <section className={styles.section} aria-labelledby="compare-title">
      <Text as="h3" id="compare-title" weight="semibold">
        {sayRounds(lang, "compareTitle")}
      </Text>
      <Text className={styles.help}>{sayRounds(lang, "compareHelp")}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={runner.busy} onClick={() => void compare()}>
          {sayRounds(lang, "compareButton")}
        </Button>
      </div>
      {result && result.disagreements.length === 0 && (
        <Text role="status">{sayRounds(lang, "nobodyDiffers")}</Text>
      )}
      {result && result.disagreements.length > 0 && (
        <div className={styles.list}>
          <Table size="small" aria-label={sayRounds(lang, "disagreements")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.personColumn}>{sayRounds(lang, "person")}</TableHeaderCell>
                <TableHeaderCell className={styles.levelColumn}>
                  {sayRounds(lang, "selfLevel")}
                </TableHeaderCell>
                <TableHeaderCell className={styles.levelColumn}>
                  {sayRounds(lang, "managerLevel")}
                </TableHeaderCell>
                <TableHeaderCell>{sayRounds(lang, "differences")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.disagreements.map((d) => {
                const who = d.name === "" ? d.employeeId : `${d.name} (${d.employeeId})`;
                return (
                  <TableRow key={d.employeeId} data-employee={d.employeeId}>
                    <TableCell>
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={sayRounds(lang, "goToManagerRow", { who })}
                        onClick={() => goTo(d.managerRow)}
                      >
                        {who}
                      </Button>
                    </TableCell>
                    <TableCell>{d.selfLevel}</TableCell>
                    <TableCell>{d.managerLevel}</TableCell>
                    <TableCell>
                      {d.differences.length === 0 ? (
                        sayRounds(lang, "noEvidenceDifference")
                      ) : (
                        <ul className={styles.bullets}>
                          {d.differences.map((x) => (
                            <li key={x.column}>{x.message[lang]}</li>
                          ))}
                        </ul>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {result && result.kept > 0 && <Text>{sayRounds(lang, "keptRows", { n: result.kept })}</Text>}
      <Notes lang={lang} title={sayRounds(lang, "notCompared", { n: notes.length })} notes={notes} />
    </section>
  );
}

function CloseSection({
  lang,
  edition,
  workbook,
  runner,
  onChanged,
  useCompanyRules,
  onClosed,
}: SectionProps & { onClosed: () => void }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [label, setLabel] = useState(() => suggestRoundLabel(new Date()));
  const [date, setDate] = useState(() => {
    const today = snapshotDate(new Date());
    return today.ok ? today.date : "";
  });
  const [confirming, setConfirming] = useState<Extract<
    CloseRoundResult,
    { kind: "needs-confirmation" }
  > | null>(null);
  const [outcome, setOutcome] = useState<Extract<CloseRoundResult, { kind: "closed" }> | null>(null);
  const labelCheck = validateRoundLabel(label);
  const dateCheck = snapshotDate(date);
  const close = async (replace: boolean) => {
    setConfirming(null);
    const r = await runner.run(
      (progress) =>
        closeRound(workbook, { lang, edition, useCompanyRules, roundLabel: label, date, replace }, progress),
      (r) =>
        r.kind !== "closed"
          ? null
          : r.replaced > 0
            ? roundsText("replaceDone", { round: r.round, n: r.recorded, old: r.replaced })
            : roundsText("closeDone", { round: r.round, n: r.recorded }),
    );
    if (r?.kind === "needs-confirmation") setConfirming(r);
    if (r?.kind === "closed") {
      setOutcome(r);
      onClosed();
    }
    onChanged();
  };
  const notes: Localized[] = outcome
    ? [
        ...(outcome.withoutLevel > 0 ? [roundsText("withoutLevel", { n: outcome.withoutLevel })] : []),
        ...outcome.problems,
      ]
    : [];
  return (
    <section className={styles.section} aria-labelledby="close-title">
      <Text as="h3" id="close-title" weight="semibold">
        {sayRounds(lang, "closeTitle")}
      </Text>
      <Text className={styles.help}>{sayRounds(lang, "closeHelp")}</Text>
      <div className={styles.pickers}>
        <Field
          label={sayRounds(lang, "roundLabel")}
          hint={sayRounds(lang, "roundLabelHint")}
          validationState={labelCheck.ok ? "none" : "error"}
          validationMessage={labelCheck.ok ? undefined : labelCheck.message[lang]}
        >
          <Input value={label} onChange={(_, d) => setLabel(d.value)} />
        </Field>
        <Field
          label={sayRounds(lang, "roundDate")}
          validationState={dateCheck.ok ? "none" : "error"}
          validationMessage={dateCheck.ok ? undefined : dateCheck.message[lang]}
        >
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={runner.busy || !labelCheck.ok || !dateCheck.ok}
          onClick={() => void close(false)}
        >
          {sayRounds(lang, "closeButton")}
        </Button>
      </div>
      <Notes lang={lang} title={sayRounds(lang, "notes", { n: notes.length })} notes={notes} />
      <Dialog open={confirming !== null} onOpenChange={(_, d) => !d.open && setConfirming(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{sayRounds(lang, "replaceTitle", { round: confirming?.round ?? "" })}</DialogTitle>
            <DialogContent>{confirming?.message[lang]}</DialogContent>
            <DialogActions>
              <Button
                appearance="secondary"
                onClick={() => {
                  setConfirming(null);
                  void runner.run(
                    async () => undefined,
                    () => roundsText("keptHistory"),
                  );
                }}
              >
                {sayRounds(lang, "cancel")}
              </Button>
              <Button appearance="primary" onClick={() => void close(true)}>
                {sayRounds(lang, "replaceButton")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

function TrendsSection({
  lang,
  workbook,
  runner,
  onChanged,
  historyVersion,
}: PanelProps & { historyVersion: number }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const [rounds, setRounds] = useState<readonly string[]>([]);
  const [from, setFrom] = useState<string | undefined>(undefined);
  const [to, setTo] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<TrendsResult | null>(null);
  useEffect(() => {
    let live = true;
    historyRounds(workbook)
      .then((r) => live && setRounds(r))
      // An unreadable History only leaves the pickers empty; drawing the trends says why.
      .catch(() => live && setRounds([]));
    return () => {
      live = false;
    };
  }, [workbook, historyVersion]);
  // The last two rounds closed, until the person picks others.
  const fromRound = from !== undefined && rounds.includes(from) ? from : rounds[rounds.length - 2];
  const toRound = to !== undefined && rounds.includes(to) ? to : rounds[rounds.length - 1];
  const twoRounds = fromRound !== undefined && toRound !== undefined;
  const draw = async () => {
    const r = await runner.run(
      (progress) => buildTrends(workbook, { lang, ...(twoRounds ? { fromRound, toRound } : {}) }, progress),
      (r) => {
        const done = roundsText("trendsDone", { n: r.rounds.length });
        if (r.movement) return done;
        const single = roundsText("oneRoundOnly");
        return { en: `${done.en} ${single.en}`, ja: `${done.ja}${single.ja}` };
      },
    );
    if (r) {
      setResult(r);
      setRounds(r.rounds);
    }
    onChanged();
  };
  return (
    <section className={styles.section} aria-labelledby="trends-title">
      <Text as="h3" id="trends-title" weight="semibold">
        {sayRounds(lang, "trendsTitle")}
      </Text>
      <Text className={styles.help}>{sayRounds(lang, "trendsHelp")}</Text>
      {rounds.length === 0 ? (
        <Text>{sayRounds(lang, "noRoundsYet")}</Text>
      ) : (
        <div className={styles.pickers}>
          <RoundPicker
            label={sayRounds(lang, "fromRound")}
            rounds={rounds}
            value={fromRound}
            disabled={!twoRounds}
            onChange={setFrom}
          />
          <RoundPicker
            label={sayRounds(lang, "toRound")}
            rounds={rounds}
            value={toRound}
            disabled={!twoRounds}
            onChange={setTo}
          />
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={runner.busy || rounds.length === 0 || (twoRounds && fromRound === toRound)}
          onClick={() => void draw()}
        >
          {sayRounds(lang, "trendsButton")}
        </Button>
      </div>
      {twoRounds && fromRound === toRound && <Text>{sayRounds(lang, "sameRound")}</Text>}
      {result?.movement && <MovementTable lang={lang} movement={result.movement} />}
      <Notes
        lang={lang}
        title={sayRounds(lang, "notes", { n: result?.problems.length ?? 0 })}
        notes={result?.problems ?? []}
      />
    </section>
  );
}

function RoundPicker({
  label,
  rounds,
  value,
  disabled,
  onChange,
}: {
  label: string;
  rounds: readonly string[];
  value: string | undefined;
  disabled: boolean;
  onChange: (round: string | undefined) => void;
}) {
  return (
    <Field label={label}>
      <Dropdown
        value={value ?? ""}
        selectedOptions={value === undefined ? [] : [value]}
        disabled={disabled}
        onOptionSelect={(_, d) => onChange(d.optionValue)}
      >
        {rounds.map((r) => (
          <Option key={r} value={r}>
            {r}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Counts per kind of movement and the people behind each count. */
function MovementTable({ lang, movement }: { lang: Lang; movement: Movement }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  const kinds = MOVEMENT_KINDS.filter((k) => k !== "unrated" || movement.counts.unrated > 0);
  return (
    <div className={styles.list}>
      <Table
        size="small"
        aria-label={sayRounds(lang, "movementCaption", { from: movement.fromRound, to: movement.toRound })}
      >
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{sayRounds(lang, "movement")}</TableHeaderCell>
            <TableHeaderCell>{sayRounds(lang, "people")}</TableHeaderCell>
            <TableHeaderCell>{sayRounds(lang, "who")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {kinds.map((kind) => {
            const people = movement.people[kind];
            const names = people.slice(0, NAMES_SHOWN).map((p) => p.name || p.employeeId);
            const more = people.length - names.length;
            return (
              <TableRow key={kind} data-movement={kind}>
                <TableCell>{MOVEMENT_LABELS[kind][lang]}</TableCell>
                <TableCell>{movement.counts[kind]}</TableCell>
                <TableCell>
                  {names.join(lang === "en" ? ", " : "、")}
                  {more > 0 ? ` ${sayRounds(lang, "andMore", { n: more })}` : ""}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/** Messages that need the person's attention, capped; the sheets say the rest. */
function Notes({ lang, title, notes }: { lang: Lang; title: string; notes: readonly Localized[] }) {
  const styles = { ...usePanelStyles(), ...useStyles() };
  if (notes.length === 0) return null;
  return (
    <div className={styles.list} role="region" aria-label={title} tabIndex={0}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.bullets}>
        {notes.slice(0, SHOWN).map((note, i) => (
          <li key={i}>{note[lang]}</li>
        ))}
      </ul>
      {notes.length > SHOWN && <Text>{sayRounds(lang, "andMore", { n: notes.length - SHOWN })}</Text>}
    </div>
  );
}
