/**
 * Which agreed levels still apply when a round is closed. An agreed level settles
 * one disagreement: the self and manager levels the sheet showed when HR typed it.
 * When the roster now gives other levels (evidence was corrected, or the sheet is
 * left over from an earlier round) the agreement is about something else, so it is
 * not recorded in History, which cannot be edited afterwards; HR is told to compare
 * again instead.
 */
import type { Localized } from "../catalog/types";
import type { Disagreement, SelfManagerComparison } from "./compare";
import { whoText } from "./people";
import { personKey } from "../roster/person-key";
import type { RoundProblem } from "./problems";
import type { AgreedRow } from "./self-vs-manager-sheet";

export interface AgreementsInForce {
  /** Agreed levels that settle a current disagreement, and rows with only a comment. */
  readonly inForce: readonly AgreedRow[];
  /** One per agreed level left out, naming the person and why. */
  readonly problems: readonly RoundProblem[];
}

/**
 * @example
 *   agreedLevelsInForce(readAgreedLevels(sheet).agreed, compareSelfAndManager(rows)).inForce
 *   // => the rows whose Self level and Manager level match the roster's today
 */
export function agreedLevelsInForce(
  agreed: readonly AgreedRow[],
  comparison: SelfManagerComparison,
): AgreementsInForce {
  const current = new Map(comparison.disagreements.map((d) => [personKey(d.employeeId), d]));
  const inForce: AgreedRow[] = [];
  const problems: RoundProblem[] = [];
  for (const a of agreed) {
    if (a.level === null) {
      inForce.push(a);
      continue;
    }
    const now = current.get(personKey(a.employeeId));
    if (now && now.selfLevel === a.selfLevel && now.managerLevel === a.managerLevel) {
      inForce.push(a);
      continue;
    }
    problems.push({ row: a.row, column: "", value: String(a.level), message: notInForce(a, now) });
  }
  return { inForce, problems };
}

function notInForce(a: AgreedRow, now: Disagreement | undefined): Localized {
  const who = whoText(a.employeeId, now?.name ?? "");
  const shown = (self: number | null, manager: number | null): Localized => ({
    en: `self ${self ?? "(blank)"}, manager ${manager ?? "(blank)"}`,
    ja: `本人 ${self ?? "（空欄）"}、上長 ${manager ?? "（空欄）"}`,
  });
  const sheet = shown(a.selfLevel, a.managerLevel);
  if (!now) {
    return {
      en: `${who.en}: agreed level ${a.level} (row ${a.row} of Self vs Manager) was not used: self and manager no longer differ in the roster, or a row is missing. Compare again to check`,
      ja: `${who.ja}：合意レベル${a.level}（Self vs Manager の${a.row}行目）は使いませんでした。名簿で本人評価と上長評価の差がなくなったか、行が不足しています。もう一度比較して確認してください`,
    };
  }
  const roster = shown(now.selfLevel, now.managerLevel);
  return {
    en: `${who.en}: agreed level ${a.level} (row ${a.row} of Self vs Manager) was not used: it settled ${sheet.en}, the roster now gives ${roster.en}. Compare again and check the agreed level`,
    ja: `${who.ja}：合意レベル${a.level}（Self vs Manager の${a.row}行目）は使いませんでした。合意時は${sheet.ja}でしたが、現在の名簿では${roster.ja}です。もう一度比較して合意レベルを確認してください`,
  };
}
