/**
 * The person summary on a large roster: one person's Person sheet built from a 20,000-row
 * roster (scored whole, as every surface scores it, to count self and manager rows once),
 * in the preview's memory workbook and through Office.js on the Excel double (web
 * profile): time, syncs, and the largest request against Excel on the web's 5 MB limit.
 */
import { performance } from "node:perf_hooks";
import { ExcelWorkbook } from "../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../src/adapters/memory/memory-workbook";
import type { WorkbookAdapter } from "../src/adapters/workbook";
import { dayOf } from "../src/app/engagements";
import { buildPersonSummary } from "../src/app/person";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";
import { ExcelDouble } from "../test/helpers/excel-double";

const PEOPLE = 20_000;

function rows(): (string | number)[][] {
  const sample = sampleRosterRows();
  return Array.from({ length: PEOPLE }, (_, i) => {
    const r = [...(sample[i % sample.length] ?? [])];
    r[0] = `E${String(i + 1).padStart(6, "0")}`;
    return r;
  });
}

async function timed(wb: WorkbookAdapter): Promise<number> {
  const options = { lang: "ja", edition: "V3", asOf: dayOf(2026, 12, 1), person: "E010000" } as const;
  const start = performance.now();
  await buildPersonSummary(wb, options);
  return performance.now() - start;
}

export async function benchPerson(): Promise<void> {
  const data = rows();
  const memory = new MemoryWorkbook();
  await memory.writeTables([
    { sheet: "Roster", table: "Roster", headers: [...SAMPLE_ROSTER_HEADERS], rows: data },
  ]);
  const inMemory = await timed(memory);

  const fake = new ExcelDouble({}, "web");
  fake.addTable(
    {
      name: "Roster",
      sheet: "Roster",
      top: 0,
      left: 0,
      rows: PEOPLE + 1,
      columns: SAMPLE_ROSTER_HEADERS.length,
    },
    [[...SAMPLE_ROSTER_HEADERS], ...data],
  );
  fake.install();
  const excel = await timed(new ExcelWorkbook());
  const largest = Math.max(...fake.syncs.map((s) => Math.max(s.bytes, s.responseBytes)));
  console.log(
    `person summary of 1 of ${PEOPLE.toLocaleString("en-US")} people: preview ${Math.round(inMemory)} ms; ` +
      `Excel (double, web) ${Math.round(excel)} ms, ${fake.syncs.length} syncs, largest request or response ${(largest / 1024 / 1024).toFixed(2)} MB`,
  );
}
