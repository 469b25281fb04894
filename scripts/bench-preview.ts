/**
 * The browser preview's work in node: import a 20,000-row roster file into the
 * in-memory workbook, score it (formulas, as the pane does by default) and draw the
 * distribution, through the same use cases the pane calls. Goal: under 2 s in all.
 */
import Papa from "papaparse";
import { MemoryWorkbook } from "../src/adapters/memory/memory-workbook";
import { exportWorkbook } from "../src/adapters/memory/export-xlsx";
import { applyImport, planWorkbookImport, sourceFromFile } from "../src/app/import";
import { createRoster, drawDistribution, loadStandard, scoreRoster } from "../src/app/roster";
import { SAMPLE_ROSTER_HEADERS } from "../src/core/roster/sample";

/** CPU time of this process: other work on a shared machine does not count. */
const now = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export async function benchPreview(rows: readonly (readonly unknown[])[], count = 20_000): Promise<void> {
  const wb = new MemoryWorkbook();
  await loadStandard(wb, "en", { overwriteEdits: false });
  await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
  const csv = new TextEncoder().encode(Papa.unparse([[...SAMPLE_ROSTER_HEADERS], ...rows.slice(0, count)]));

  const t0 = now();
  const source = await sourceFromFile(csv, "roster.csv");
  const planned = await planWorkbookImport(wb, source, { mode: "replace", lang: "en" });
  await applyImport(wb, source, planned.plan, planned.mapping, "en");
  const t1 = now();
  const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
  const scored = await scoreRoster(wb, { ...options, mode: "formulas" });
  const t2 = now();
  const drawn = await drawDistribution(wb, options);
  const t3 = now();
  if (scored.scored !== count || drawn.total !== count) throw new Error("the preview lost rows");
  console.log(
    `preview, ${count.toLocaleString()} rows: ${(t3 - t0).toFixed(0)} ms [goal < 2,000] = import ${(t1 - t0).toFixed(0)} + score ${(t2 - t1).toFixed(0)} + distribution ${(t3 - t2).toFixed(0)} (node, in-memory workbook, CPU time)`,
  );
  // "Download workbook": the same workbook as xlsx, formulas with their values cached.
  const saved = await exportWorkbook(wb);
  const t4 = now();
  console.log(
    `preview download, ${count.toLocaleString()} rows: ${(t4 - t3).toFixed(0)} ms, ${Math.round(saved.bytes.length / 1024).toLocaleString()} KB xlsx (ExcelJS: formulas with cached values, tables, validation, conditional formats; CPU time)`,
  );
}
