/** Writes samples/roster-sample.csv from the built-in sample roster (run: npm run sample). */
import { writeFileSync } from "node:fs";
import Papa from "papaparse";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";

writeFileSync(
  "samples/roster-sample.csv",
  `${Papa.unparse([[...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()], { newline: "\r\n" })}\r\n`,
);
