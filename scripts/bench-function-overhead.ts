/**
 * npm run bench, issue 16: the per-call overhead of ITSSLEVEL against a trivial custom function
 * given the same arguments, both called as Excel calls them (each call gets its own copy of every
 * range, deserialised from JSON as the custom-functions runtime does). The trivial function reads
 * each cell it is given once (counts the non-empty ones): the least any function does with its
 * input. Goals: ITSSLEVEL within 5x of it, within 8x with the company's KPI Rules table.
 * Also the bytes a call's rules argument puts into the custom-function payload.
 */
import { publishedRuleList } from "../src/core/engine/published-rules";
import { RULE_COLUMNS, ruleToCells } from "../src/core/engine/rules-table";
import { kpiText, kpiTextBlock } from "../src/core/catalog/kpi-text";
import { SAMPLE_ROSTER_HEADERS } from "../src/core/roster/sample";
import { ITSSLEVEL } from "../src/functions/functions";

type Matrix = unknown[][];

/** The trivial function: counts the non-empty cells of its arguments. */
function trivial(row: Matrix, headers?: Matrix | null, rules?: Matrix | null): number {
  let n = 0;
  for (const m of [row, headers, rules])
    if (m) for (const r of m) for (const c of r) if (c !== null && c !== "" && c !== 0) n++;
  return n;
}

const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");

export function benchFunctionOverhead(rows: (string | number)[][]): void {
  const COPIES = 200;
  const N = 50_000;
  const excelCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const rowCalls = rows.slice(0, N).map((r) => excelCopy([r]));
  const headerCopies = Array.from({ length: COPIES }, () => excelCopy([[...SAMPLE_ROSTER_HEADERS]]));
  const machine = [
    RULE_COLUMNS.map((c) => c.header.en),
    ...publishedRuleList().map((r) => ruleToCells(r, "en")),
  ];
  const withText = [
    [...machine[0]!, "KPI Text (English)", "KPI Text (Japanese)"],
    ...publishedRuleList().map((r, i) => {
      const text = kpiText(r.field, r.level, r.edition);
      return [...machine[i + 1]!, text ? kpiTextBlock(text, "en") : "", text ? kpiTextBlock(text, "ja") : ""];
    }),
  ];
  const machineCopies = Array.from({ length: COPIES }, () => excelCopy(machine));
  const textCopies = Array.from({ length: COPIES }, () => excelCopy(withText));

  // CPU time of this process, the pair interleaved and the best of five rounds each: on a
  // shared machine other work then counts neither against one side nor against the pair.
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const bestPair = (a: () => void, b: () => void): [number, number] => {
    a(); // warm-up
    b();
    let bestA = Infinity;
    let bestB = Infinity;
    for (let round = 0; round < 5; round++) {
      let start = cpuMs();
      a();
      bestA = Math.min(bestA, cpuMs() - start);
      start = cpuMs();
      b();
      bestB = Math.min(bestB, cpuMs() - start);
    }
    return [bestA, bestB];
  };
  const perCall = (ms: number): string => `${((ms * 1000) / N).toFixed(2)} µs/call`;
  let sink = 0;
  const pair = (label: string, rules: Matrix[] | null, goal: number): void => {
    const [base, level] = bestPair(
      () =>
        rowCalls.forEach((r, i) => {
          sink += trivial(r, headerCopies[i % COPIES], rules ? rules[i % COPIES] : null);
        }),
      () =>
        rowCalls.forEach((r, i) => {
          sink += ITSSLEVEL(
            r as never,
            headerCopies[i % COPIES] as never,
            (rules ? rules[i % COPIES] : null) as never,
          );
        }),
    );
    const ratio = level / base;
    console.log(
      `ITSSLEVEL ${label}: ${perCall(level)} vs ${perCall(base)} for a trivial function with the same arguments = ${ratio.toFixed(1)}x [goal < ${goal}x${ratio < goal ? ", met" : ", NOT met"}]`,
    );
  };
  pair("(row, headers)", null, 5);
  pair("(row, headers, KPI Rules rule columns)", machineCopies, 8);
  pair("(row, headers, KPI Rules with the published text)", textCopies, 8);
  console.log(
    `rules argument per call: ${(utf8(machine) / 1024).toFixed(1)} KB (rule columns) vs ${(utf8(withText) / 1024).toFixed(1)} KB with the published text; custom-function payload limit about 5 MB`,
  );
  if (sink === 0) console.log("");
}
