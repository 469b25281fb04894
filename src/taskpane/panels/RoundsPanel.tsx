/** The Rounds tab's view. Loaded when the tab is first opened. */
import { useRef } from "react";
import {
  Button,
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
} from "@fluentui/react-components";
import type { Lang } from "../../core/catalog/types";
import type { Movement } from "../../core/rounds/trends";
import { MOVEMENT_KINDS, MOVEMENT_LABELS } from "../../app/rounds";
import { ActionButton } from "../components/ActionButton";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { NoteList } from "../components/Lists";
import { PanelSection } from "../components/PanelSection";
import { usePanelStyles } from "../components/panelStyles";
import { say } from "../i18n";
import { useSettings } from "../settings";
import { useRoundsPanel, type RoundsPanelModel } from "./useRoundsPanel";

const NAMES_SHOWN = 10;

export function RoundsView({ lang, compare, close, trends }: RoundsPanelModel & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <PanelSection title={say(lang, "roundsTitle")} help={say(lang, "roundsHelp")} />
      <CompareView lang={lang} {...compare} />
      <Divider />
      <CloseView lang={lang} {...close} />
      <Divider />
      <TrendsView lang={lang} {...trends} />
    </div>
  );
}

export default function RoundsPanel() {
  const { lang } = useSettings();
  return <RoundsView lang={lang} {...useRoundsPanel()} />;
}

function CompareView({ lang, result, compare, goTo, notes }: RoundsPanelModel["compare"] & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <PanelSection level={3} title={say(lang, "compareTitle")} help={say(lang, "compareHelp")}>
      <div className={styles.actions}>
        <ActionButton primary onClick={() => void compare()}>
          {say(lang, "compareButton")}
        </ActionButton>
      </div>
      {result && result.disagreements.length === 0 && <Text role="status">{say(lang, "nobodyDiffers")}</Text>}
      {result && result.disagreements.length > 0 && (
        <div className={styles.list} role="region" aria-label={say(lang, "disagreements")} tabIndex={0}>
          <Table size="small" aria-label={say(lang, "disagreements")} className={styles.fixed}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say(lang, "person")}</TableHeaderCell>
                <TableHeaderCell className={styles.narrow}>{say(lang, "selfLevel")}</TableHeaderCell>
                <TableHeaderCell className={styles.narrow}>{say(lang, "managerLevel")}</TableHeaderCell>
                <TableHeaderCell>{say(lang, "differences")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.disagreements.map((d) => {
                const who = d.name === "" ? d.employeeId : `${d.name} (${d.employeeId})`;
                return (
                  <TableRow key={d.employeeId} data-employee={d.employeeId}>
                    <TableCell className={styles.wrap}>
                      <Button
                        size="small"
                        appearance="subtle"
                        aria-label={say(lang, "goToManagerRow", { who })}
                        onClick={() => goTo(d.managerRow)}
                      >
                        {who}
                      </Button>
                    </TableCell>
                    <TableCell className={styles.narrow}>{d.selfLevel}</TableCell>
                    <TableCell className={styles.narrow}>{d.managerLevel}</TableCell>
                    <TableCell className={styles.wrap}>
                      {d.differences.length === 0 ? (
                        say(lang, "noEvidenceDifference")
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
      {result && result.kept > 0 && <Text>{say(lang, "keptRows", { n: result.kept })}</Text>}
      <NoteList lang={lang} title={say(lang, "notCompared", { n: notes.length })} notes={notes} />
    </PanelSection>
  );
}

function CloseView({ lang, ...m }: RoundsPanelModel["close"] & { lang: Lang }) {
  const styles = usePanelStyles();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <PanelSection level={3} title={say(lang, "closeTitle")} help={say(lang, "closeHelp")}>
      <div className={styles.row}>
        <Field
          label={say(lang, "roundLabel")}
          hint={say(lang, "roundLabelHint")}
          validationState={m.labelCheck.ok ? "none" : "error"}
          validationMessage={m.labelCheck.ok ? undefined : m.labelCheck.message[lang]}
        >
          <Input value={m.label} onChange={(_, d) => m.setLabel(d.value)} />
        </Field>
        <Field
          label={say(lang, "roundDate")}
          validationState={m.dateCheck.ok ? "none" : "error"}
          validationMessage={m.dateCheck.ok ? undefined : m.dateCheck.message[lang]}
        >
          <Input type="date" value={m.date} onChange={(_, d) => m.setDate(d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <ActionButton
          ref={button}
          primary
          disabled={!m.labelCheck.ok || !m.dateCheck.ok}
          onClick={() => void m.close()}
        >
          {say(lang, "closeTitle")}
        </ActionButton>
      </div>
      <NoteList lang={lang} title={say(lang, "notes", { n: m.notes.length })} notes={m.notes} />
      <ConfirmDialog
        open={m.confirming !== null}
        title={say(lang, "replaceTitle", { round: m.confirming?.round ?? "" })}
        body={m.confirming?.message[lang] ?? ""}
        cancel={say(lang, "cancel")}
        confirm={say(lang, "replaceButton")}
        onCancel={m.keep}
        onConfirm={() => void m.replace()}
        returnFocus={button}
      />
    </PanelSection>
  );
}

function TrendsView({ lang, ...m }: RoundsPanelModel["trends"] & { lang: Lang }) {
  const styles = usePanelStyles();
  return (
    <PanelSection level={3} title={say(lang, "trendsTitle")} help={say(lang, "trendsHelp")}>
      {m.rounds.length === 0 ? (
        <Text>{say(lang, "noRoundsYet")}</Text>
      ) : (
        <div className={styles.row}>
          <RoundPicker
            label={say(lang, "fromRound")}
            rounds={m.rounds}
            value={m.fromRound}
            disabled={!m.twoRounds}
            onChange={m.setFrom}
          />
          <RoundPicker
            label={say(lang, "toRound")}
            rounds={m.rounds}
            value={m.toRound}
            disabled={!m.twoRounds}
            onChange={m.setTo}
          />
        </div>
      )}
      <div className={styles.actions}>
        <ActionButton primary disabled={m.rounds.length === 0 || m.sameRound} onClick={() => void m.draw()}>
          {say(lang, "trendsButton")}
        </ActionButton>
      </div>
      {m.sameRound && <Text>{say(lang, "sameRound")}</Text>}
      {m.movement && <MovementTable lang={lang} movement={m.movement} />}
      <NoteList lang={lang} title={say(lang, "notes", { n: m.problems.length })} notes={m.problems} />
    </PanelSection>
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
  const styles = usePanelStyles();
  const kinds = MOVEMENT_KINDS.filter((k) => k !== "unrated" || movement.counts.unrated > 0);
  const caption = say(lang, "movementCaption", { from: movement.fromRound, to: movement.toRound });
  return (
    <div className={styles.list} role="region" aria-label={caption} tabIndex={0}>
      <Table size="small" aria-label={caption} className={styles.fixed}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{say(lang, "movement")}</TableHeaderCell>
            <TableHeaderCell className={styles.narrow}>{say(lang, "people")}</TableHeaderCell>
            <TableHeaderCell>{say(lang, "who")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {kinds.map((kind) => {
            const people = movement.people[kind];
            const names = people.slice(0, NAMES_SHOWN).map((p) => p.name || p.employeeId);
            const more = people.length - names.length;
            return (
              <TableRow key={kind} data-movement={kind}>
                <TableCell className={styles.wrap}>{MOVEMENT_LABELS[kind][lang]}</TableCell>
                <TableCell className={styles.narrow}>{movement.counts[kind]}</TableCell>
                <TableCell className={styles.wrap}>
                  {names.join(lang === "en" ? ", " : "、")}
                  {more > 0 ? ` ${say(lang, "andMore", { n: more })}` : ""}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
