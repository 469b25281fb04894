/**
 * A whole roster scored from a ledger gives, row for row, what HR.ITSSLEVEL and HR.ITSSGAP
 * give with that person's FILTER'ed rows: one answer on every surface.
 */
import { ledgerRowJson, scoreRosterWithLedger } from "../../src/app/engagements";
import { excelSerial, SAMPLE_ENGAGEMENT_HEADERS, sampleEngagementRows } from "../../src/core/engagements";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { ITSSGAP, ITSSLEVEL } from "../../src/functions/functions";
import { day } from "../helpers/engagements";

const asOf = day("2026-12-03");
const ledgerRows = [
  ...sampleEngagementRows(),
  // problems the whole-ledger reading reports by sheet row
  ["E999", "X-1", "", "2020-01-01", "2020-02-01", "Member", "yes", 1, "", "", "", "", "", "", "", "", ""],
  [
    "E001",
    "HW-9",
    "",
    "2020-05-01",
    "2020-04-01",
    "Member",
    "yes",
    2,
    "",
    "Specific users",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ],
];

it("matches the functions called with each person's rows", () => {
  const result = scoreRosterWithLedger(
    { headers: SAMPLE_ROSTER_HEADERS, rows: sampleRosterRows(), firstRow: 2 },
    { headers: SAMPLE_ENGAGEMENT_HEADERS, rows: ledgerRows, firstRow: 2 },
    { asOf },
  );
  expect(result.rows).toHaveLength(sampleRosterRows().length);
  for (const [i, row] of sampleRosterRows().entries()) {
    const own = ledgerRows.filter((r) => r[0] === row[0]);
    const filtered = own.length > 0 ? own : [[""]]; // FILTER(..., "")
    const args: [unknown[][], unknown[][], number] = [
      filtered,
      [[...SAMPLE_ENGAGEMENT_HEADERS]],
      excelSerial(asOf),
    ];
    const level = ITSSLEVEL([row], [[...SAMPLE_ROSTER_HEADERS]], null as never, null as never, ...args);
    const gap = ITSSGAP(
      [row],
      [[...SAMPLE_ROSTER_HEADERS]],
      null,
      null as never,
      null as never,
      "en",
      ...args,
    );
    const json = ledgerRowJson(result.rows[i]!, "en");
    expect([row[0], json.level]).toEqual([row[0], level]);
    // Problems name sheet rows in the ledger and positions in a function call; the rest is the same.
    const strip = (lines: string[]) => lines.filter((l) => !l.startsWith("Not counted"));
    expect(strip(json.gaps)).toEqual(strip(gap === "" ? [] : gap.split("\n")));
  }
});

it("reports ledger problems by sheet row, unknown Employee IDs included, and still scores the rest", () => {
  const result = scoreRosterWithLedger(
    { headers: SAMPLE_ROSTER_HEADERS, rows: sampleRosterRows(), firstRow: 2 },
    { headers: SAMPLE_ENGAGEMENT_HEADERS, rows: ledgerRows, firstRow: 2 },
    { asOf },
  );
  const n = sampleEngagementRows().length;
  expect(result.ledgerProblems.map((p) => [p.row, p.column])).toEqual([
    [n + 2, "employeeId"],
    [n + 3, "end"],
  ]);
  const e001 = ledgerRowJson(result.rows[0]!, "en");
  expect(e001.level).toBe(3);
  expect(e001.evidence).toEqual([
    { engagement: "HW-2301 Store POS refresh", level: 3 },
    { engagement: "HW-9", level: 0 },
  ]);
  expect(e001.gaps.at(-1)).toMatch(new RegExp(`^Not counted: Row ${n + 3}, column "End"`));
});
