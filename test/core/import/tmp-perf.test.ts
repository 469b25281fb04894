import { mapColumns, detectHeader, buildImportPlan } from "../../../src/core/import";
test("perf", () => {
  const header = ["Specialty Field", ...Array.from({ length: 16_384 }, (_, i) => `c${i}`)];
  let t = Date.now();
  const found = detectHeader([header, ["Hardware"]]);
  console.log("detect", Date.now() - t);
  t = Date.now();
  if (!found.ok) return;
  const m = mapColumns(found.detection.headers);
  console.log("map", Date.now() - t);
  t = Date.now();
  buildImportPlan(found.detection, m, { mode: "append" });
  console.log("build", Date.now() - t);
});
