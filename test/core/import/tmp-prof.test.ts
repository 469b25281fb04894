import { typoDistance } from "../../../src/core/import/typo-distance";
import { editDistance, foldName } from "../../../src/core/roster/normalize";
test("perf", () => {
  const hs = Array.from({ length: 16_384 }, (_, i) => `c${i}`);
  let t = Date.now();
  for (const h of hs) for (let k = 0; k < 30; k++) typoDistance(h, "name", 1);
  console.log("typo", Date.now() - t);
  t = Date.now();
  for (const h of hs) for (let k = 0; k < 30; k++) editDistance(h, "name", 1);
  console.log("ed", Date.now() - t);
  t = Date.now();
  for (const h of hs) for (let k = 0; k < 30; k++) /[\u3040-\u30ff]/.test(h);
  console.log("re", Date.now() - t);
  t = Date.now();
  for (const h of hs) for (let k = 0; k < 30; k++) foldName(h);
  console.log("fold", Date.now() - t);
});
