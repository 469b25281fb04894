/**
 * Office.js request sizes, from the host-faithful Excel double (web profile): a
 * 50,000-row roster scored in Japanese as values and as formulas, and read back with
 * its Japanese gap column. Prints the syncs per action beside a 10-row roster's (the
 * count must not grow with the rows apart from one per chunk) and the UTF-8 size of
 * each chunk against Excel on the web's 5 MB limit.
 */
import { ExcelWorkbook } from "../src/adapters/excel/excel-workbook";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";
import { scorePlan } from "../src/core/sheets/score-plan";
import type { TableData } from "../src/core/sheets/sheet-table";
import { ExcelDouble, WEB_PAYLOAD_LIMIT, type SyncRecord } from "../test/helpers/excel-double";

const MB = 1024 * 1024;

function double(rows: number): ExcelDouble {
  const sample = sampleRosterRows();
  const data = Array.from({ length: rows }, (_, i) => {
    const r = [...(sample[i % sample.length] ?? [])];
    r[0] = `E${i + 1}`;
    return r;
  });
  const fake = new ExcelDouble({}, "web");
  const columns = SAMPLE_ROSTER_HEADERS.length;
  fake.addTable({ name: "Roster", sheet: "Roster", top: 0, left: 0, rows: rows + 1, columns }, [
    [...SAMPLE_ROSTER_HEADERS],
    ...data,
  ]);
  fake.install();
  return fake;
}

/** Syncs, and the sizes of the requests (or responses) that carry cells. */
function figures(syncs: readonly SyncRecord[], side: "request" | "response"): string {
  const sizes = syncs
    .map((s) => (side === "request" ? s.bytes : s.responseBytes))
    .filter((b) => b > 10_000)
    .map((b) => b / MB);
  if (sizes.length === 0) return `${syncs.length} syncs`;
  const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
  return `${syncs.length} syncs, ${sizes.length} chunks of ${Math.min(...sizes).toFixed(2)}-${Math.max(...sizes).toFixed(2)} MB (mean ${mean.toFixed(2)}) per ${side}`;
}

async function measure(rows: number): Promise<Record<string, string>> {
  const fake = double(rows);
  const wb = new ExcelWorkbook();
  const options = { lang: "ja", edition: "V3", useCompanyRules: false } as const;
  const out: Record<string, string> = {};
  const step = async (label: string, side: "request" | "response", fn: () => Promise<unknown>) => {
    fake.syncs.length = 0;
    await fn();
    out[label] = figures(fake.syncs, side);
  };
  let roster = {} as TableData;
  await step("read roster", "response", async () => (roster = (await wb.findRoster(false)) as TableData));
  await step("score, values", "request", () =>
    wb.writeScores(roster, scorePlan(roster, { ...options, mode: "values" }).columns),
  );
  await step("read with gaps", "response", async () => (roster = (await wb.findRoster(false)) as TableData));
  await step("score, formulas", "request", () =>
    wb.writeScores(roster, scorePlan(roster, { ...options, mode: "formulas" }).columns),
  );
  return out;
}

export async function benchExcel(): Promise<void> {
  const small = await measure(10);
  const large = await measure(50_000);
  console.log(
    `Excel on the web (double), Japanese roster; limit ${(WEB_PAYLOAD_LIMIT / MB).toFixed(0)} MB per request/response:`,
  );
  for (const label of Object.keys(large))
    console.log(`  ${label.padEnd(16)} 10 rows: ${small[label]}; 50,000 rows: ${large[label]}`);
}
