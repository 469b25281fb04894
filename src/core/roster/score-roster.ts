/**
 * What every surface writes for a scored row: the gap sentences (with the units read),
 * the gap cell, the problems. The pane, =HR.ITSSGAP and the command line all use these.
 */
import type { Lang } from "../catalog/types";
import { gapLines, type RowScore } from "../engine/score-row";

/**
 * Gap sentences of a row, one per unmet criterion, then one per cell read through a
 * unit ("Column "Staff": "35名" read as 35."). Every surface writes these: the
 * pane's Gap column, =HR.ITSSGAP, the command line.
 */
export function gapSentences(score: RowScore, lang: Lang): string[] {
  const lines = gapLines(score, lang);
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
