/**
 * Engagements ledger figures for npm run bench (issue 15): 5,000 people with four
 * engagements each, each person's ITSSLEVEL and ITSSGAP called as Excel calls them —
 * the roster row, its headers, the person's FILTER(Engagements, …, "") rows, the ledger's
 * header row and TODAY() — and the largest call's arguments in KB (UTF-8 JSON, as
 * they travel in the custom-function payload).
 */
import { excelSerial, dayOf, templateEngagementHeaders } from "../src/core/engagements";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";
import { ITSSGAP, ITSSLEVEL } from "../src/functions/functions";

const PEOPLE = 5_000;
const PER_PERSON = 4;

export function benchEngagements(): void {
  const headers = [[...SAMPLE_ROSTER_HEADERS]];
  const engHeaders = [templateEngagementHeaders()];
  const sample = sampleRosterRows();
  const today = excelSerial(dayOf(2026, 12, 3));
  const calls = Array.from({ length: PEOPLE }, (_, i) => {
    const row = [...(sample[i % sample.length] ?? [])];
    const id = `E${String(i + 1).padStart(6, "0")}`;
    row[0] = id;
    const itsm = row[3] === "IT Service Management";
    // Four engagements one after another, with a sizeable Evidence link like a real ledger's.
    const engagements = Array.from({ length: PER_PERSON }, (_, k) => [
      id,
      `PRJ-${i}-${k + 1} 基幹システム更改`,
      "",
      excelSerial(dayOf(2016 + 2 * k, 4, 1)),
      k === PER_PERSON - 1 && itsm ? "" : excelSerial(dayOf(2017 + 2 * k, 3, 31)),
      k < 2 ? "Leader" : "Responsible",
      "yes",
      2 + (k % 3),
      "no",
      itsm ? "" : k === 3 ? "Industry or wide area" : "Specific users",
      itsm ? "" : 1,
      "",
      "",
      itsm ? 20 + 10 * k : "",
      itsm ? 200 + 100 * k : "",
      "",
      `https://intranet.example.co.jp/projects/${i}/${k + 1}/completion-report.pdf`,
    ]);
    return { row: [row], engagements, asOf: itsm ? today : null };
  });

  const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), "utf8");
  let largest = 0;
  for (const c of calls)
    largest = Math.max(largest, bytes([c.row, headers, c.engagements, engHeaders, c.asOf]));

  const run = () => {
    let levels = 0;
    for (const c of calls) {
      levels += ITSSLEVEL(c.row, headers, null as never, null as never, c.engagements, engHeaders, c.asOf);
      ITSSGAP(
        c.row,
        headers,
        null,
        null as never,
        null as never,
        null as never,
        c.engagements,
        engHeaders,
        c.asOf,
      );
    }
    return levels;
  };
  run(); // warm up
  // Best of three; CPU time as well as wall time, since other work on the machine inflates the wall clock.
  const times = [0, 1, 2].map(() => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000 };
  });
  const wall = Math.min(...times.map((t) => t.wall));
  const cpu = Math.min(...times.map((t) => t.cpu));
  console.log(
    `Engagements: ${PEOPLE.toLocaleString()} people x ${PER_PERSON} engagements, ITSSLEVEL + ITSSGAP each: ${wall.toFixed(0)} ms in total (${cpu.toFixed(0)} ms CPU) [well under 1 s]; largest call's arguments ${(largest / 1024).toFixed(1)} KB`,
  );
}
