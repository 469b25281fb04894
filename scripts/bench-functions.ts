/** Custom-function figures for npm run bench: ITSSLEVEL called as Excel calls it. */
import { publishedRuleList } from "../src/core/engine/published-rules";
import { RULE_COLUMNS, ruleToCells } from "../src/core/engine/rules-table";
import { kpiTextBlock, kpiText } from "../src/core/catalog/kpi-text";
import { ITSSLEVEL, ITSSGAP } from "../src/functions/functions";
import { SAMPLE_ROSTER_HEADERS } from "../src/core/roster/sample";

export function benchFunctions(rows: (string | number)[][], fmt: (n: number) => string): void {
  const headers = [[...SAMPLE_ROSTER_HEADERS]];
  // Excel hands each call its own 1 x n array.
  const calls = rows.map((r) => [r.map((c) => c)]);
  const time = (fn: () => void): number => {
    const start = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  time(() => calls.slice(0, 10_000).forEach((r) => ITSSLEVEL(r, headers)));
  const levelMs = Math.min(...[0, 1, 2].map(() => time(() => calls.forEach((r) => ITSSLEVEL(r, headers)))));
  console.log(
    `ITSSLEVEL:         ${fmt((calls.length / levelMs) * 1000)} calls/s (${calls.length.toLocaleString()} calls in ${levelMs.toFixed(0)} ms)`,
  );

  // A 50,000-row roster recalculating its two formula columns, with the company's rules table.
  const roster = calls.slice(0, 50_000);
  const rules = [
    [...RULE_COLUMNS.map((c) => c.header.en), "KPI (EN)"],
    ...publishedRuleList().map((r) => [
      ...ruleToCells(r, "en"),
      kpiTextBlock(kpiText(r.field, r.level, r.edition)!, "en"),
    ]),
  ];
  const recalcMs = time(() =>
    roster.forEach((r) => {
      ITSSLEVEL(r, headers);
      ITSSGAP(r, headers);
    }),
  );
  // Excel hands every call a fresh copy of the rules range; copying is Excel's cost, not ours.
  const copies = Array.from({ length: 1000 }, () => rules.map((x) => [...x]));
  const withRulesMs = time(() =>
    roster.forEach((r, i) => ITSSLEVEL(r, headers, copies[i % copies.length] as never)),
  );
  console.log(
    `recalc 50,000 rows: ${recalcMs.toFixed(0)} ms for ITSSLEVEL + ITSSGAP; ${withRulesMs.toFixed(0)} ms for ITSSLEVEL with a KPI Rules table`,
  );
}
