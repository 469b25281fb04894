/**
 * Scores every data row of a located roster. One bad row never stops the rest.
 */
import type { Edition, Lang } from "../catalog/types";
import { scoreRow, type RowScore } from "../engine/score-row";
import type { RuleSet } from "../engine/rule-set";
import type { LocatedRoster } from "./locate-roster";

export interface RosterScore {
  readonly rows: readonly RowScore[];
  readonly invalid: number;
  /** Count of rows per attained level (index = level, 0 = not yet level 1). */
  readonly perLevel: readonly number[];
}

export interface ScoreRosterOptions {
  readonly edition?: Edition;
  readonly rules?: RuleSet;
}

export function scoreRoster(roster: LocatedRoster, options: ScoreRosterOptions = {}): RosterScore {
  const perLevel = [0, 0, 0, 0, 0, 0, 0, 0];
  let invalid = 0;
  const rows = roster.dataRows.map((r) => {
    const score = scoreRow(r.cells, {
      headers: roster.headers,
      row: r.rowNumber,
      edition: options.edition,
      rules: options.rules,
    });
    if (score.level === null) invalid++;
    else perLevel[score.level] = (perLevel[score.level] ?? 0) + 1;
    return score;
  });
  return { rows, invalid, perLevel };
}

/**
 * Gap sentences of a row, one per unmet criterion, then one per cell read through a
 * unit ("Column "Staff": "35名" read as 35."). Every surface writes these: the
 * pane's Gap column, =HR.ITSSGAP, the command line.
 */
export function gapSentences(score: RowScore, lang: Lang): string[] {
  const lines = score.gaps.map((g) => g.message[lang]);
  for (const r of score.evidence.readings ?? []) lines.push(r[lang]);
  return lines;
}

/** The gap text of a cell: the gap sentences, one per line. */
export function gapText(score: RowScore, lang: Lang): string {
  return gapSentences(score, lang).join("\n");
}

/** What the Gap column shows for a row: its gap text, or "Error: " and its problems. */
export function gapCellText(score: RowScore, lang: Lang): string {
  return score.level === null
    ? `${lang === "en" ? "Error: " : "エラー："}${problemText(score, lang)}`
    : gapText(score, lang);
}

/** The row's problems as one message (for a cell, an error value or a JSON field). */
export function problemText(score: RowScore, lang: Lang): string {
  return score.problems.map((p) => p.message[lang]).join(lang === "en" ? " " : "　");
}
