/**
 * Rounds: compare self and manager, close the round into History (asking before a
 * round is replaced), draw the trends. One hook per section; all score under the
 * pane's settings.
 */
import { useEffect, useState } from "react";
import type { Localized } from "../../core/catalog/types";
import {
  buildTrends,
  closeRound,
  compareSelfManager,
  historyRounds,
  snapshotDate,
  suggestRoundLabel,
  validateRoundLabel,
  type CloseRoundResult,
  type CompareResult,
  type TrendsResult,
} from "../../app/rounds";
import { join, text, TEXT } from "../i18n";
import { usePane } from "../pane";
import { useSettings } from "../settings";
import { useGoToCell } from "./useGoToCell";

export function useCompareSection() {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
  const goToCell = useGoToCell();
  const [result, setResult] = useState<CompareResult | null>(null);
  const compare = async () => {
    const r = await runner.run(
      (progress) => compareSelfManager(workbook, { lang, edition, useCompanyRules }, progress),
      (r) => text("compareDone", { n: r.disagreements.length, same: r.sameLevel }),
    );
    if (r) setResult(r);
    onChanged();
  };
  const goTo = (row: number | null) => {
    if (result && row !== null) goToCell(result.roster.sheet, row - 1, result.roster.firstColumn);
  };
  const notes: Localized[] = result ? [...result.issues.map((i) => i.message), ...result.problems] : [];
  return { result, compare, goTo, notes };
}

export function useCloseSection(onClosed: () => void) {
  const { workbook, runner, onChanged } = usePane();
  const { lang, edition, useCompanyRules } = useSettings();
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
  const close = async (replace: boolean) => {
    setConfirming(null);
    const r = await runner.run(
      (progress) =>
        closeRound(workbook, { lang, edition, useCompanyRules, roundLabel: label, date, replace }, progress),
      (r) =>
        r.kind !== "closed"
          ? null
          : r.replaced > 0
            ? text("replaceDone", { round: r.round, n: r.recorded, old: r.replaced })
            : text("closeDone", { round: r.round, n: r.recorded }),
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
        ...(outcome.withoutLevel > 0 ? [text("withoutLevel", { n: outcome.withoutLevel })] : []),
        ...outcome.problems,
      ]
    : [];
  return {
    label,
    setLabel,
    labelCheck: validateRoundLabel(label),
    date,
    setDate,
    dateCheck: snapshotDate(date),
    close: () => close(false),
    confirming,
    replace: () => close(true),
    keep: () => {
      setConfirming(null);
      runner.report(TEXT.keptHistory);
    },
    notes,
  };
}

export function useTrendsSection(historyVersion: number) {
  const { workbook, runner, onChanged } = usePane();
  const { lang } = useSettings();
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
        const done = text("trendsDone", { n: r.rounds.length });
        return r.movement ? done : join(done, TEXT.oneRoundOnly);
      },
    );
    if (r) {
      setResult(r);
      setRounds(r.rounds);
    }
    onChanged();
  };
  return {
    rounds,
    fromRound,
    toRound,
    setFrom,
    setTo,
    twoRounds,
    sameRound: twoRounds && fromRound === toRound,
    draw,
    movement: result?.movement ?? null,
    problems: result?.problems ?? [],
  };
}

export function useRoundsPanel() {
  // Bumped when a round is closed, so the trends' round pickers read History again.
  const [historyVersion, setHistoryVersion] = useState(0);
  return {
    compare: useCompareSection(),
    close: useCloseSection(() => setHistoryVersion((v) => v + 1)),
    trends: useTrendsSection(historyVersion),
  };
}

export type RoundsPanelModel = ReturnType<typeof useRoundsPanel>;
