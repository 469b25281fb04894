/** The built-in sample engagements give every sample person the roster's level, today and in years to come. */
import {
  readEngagements,
  scoreEngagements,
  SAMPLE_ENGAGEMENT_HEADERS,
  sampleEngagementRows,
} from "../../../src/core/engagements";
import { scoreRow } from "../../../src/core/engine/score-row";
import { mapHeaders } from "../../../src/core/roster/header-map";
import { readEvidence } from "../../../src/core/roster/read-row";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../../src/core/roster/sample";
import { personKey } from "../../../src/core/rounds/person-key";
import { day } from "../../helpers/engagements";

const headers = mapHeaders(SAMPLE_ROSTER_HEADERS);
const ledger = readEngagements(SAMPLE_ENGAGEMENT_HEADERS, sampleEngagementRows());

it("has no problems and belongs to people of the sample roster", () => {
  expect(ledger.problems).toEqual([]);
  const ids = new Set(sampleRosterRows().map((r) => personKey(r[0])));
  for (const e of ledger.engagements) expect(ids.has(personKey(e.employeeId))).toBe(true);
});

it.each(["2026-12-03", "2035-01-01"])(
  "scores every sample person at the roster's level (as of %s)",
  (asOf) => {
    for (const row of sampleRosterRows()) {
      const { evidence, problems } = readEvidence(headers, row, null);
      const own = ledger.engagements.filter((e) => personKey(e.employeeId) === personKey(row[0]));
      const fromLedger = scoreEngagements(evidence, problems, own, { asOf: day(asOf) });
      expect([row[0], fromLedger.level]).toEqual([row[0], scoreRow(row, { headers }).level]);
      expect(fromLedger.fromRoster).toBe(own.length === 0);
    }
  },
);

it("shows the counting: E003's level 5 rests on one engagement at level 5 and three at level 4", () => {
  const row = sampleRosterRows().find((r) => r[0] === "E003") as unknown[];
  const { evidence } = readEvidence(headers, row, null);
  const own = ledger.engagements.filter((e) => e.employeeId === "E003");
  const score = scoreEngagements(evidence, [], own, { asOf: day("2026-12-03") });
  expect(score.level).toBe(5);
  expect(score.evidenceLevels.map((e) => e.level)).toEqual([5, 4, 4, 4]);
});
