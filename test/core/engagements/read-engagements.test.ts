/** Reading the Engagements ledger: headers in both languages, dates, and every kind of bad input. */
import { mapEngagementHeaders, ENGAGEMENT_COLUMNS } from "../../../src/core/engagements/columns";
import { completeMonths, dayOf, excelSerial, parseDate } from "../../../src/core/engagements/dates";
import { readEngagements, unknownEmployees } from "../../../src/core/engagements/read-engagements";
import { scoreEngagements } from "../../../src/core/engagements/score-engagements";
import { personKey } from "../../../src/core/rounds/person-key";
import { day, engagements, LEDGER_HEADERS, ledgerRow, person } from "../../helpers/engagements";

describe("Engagements columns", () => {
  it("maps English and Japanese headers, in any order", () => {
    const en = mapEngagementHeaders(["Employee ID", "Engagement", "Start", "End", "Role", "Successful"]);
    const ja = mapEngagementHeaders(["成功", "役割", "終了", "開始", "案件", "社員番号"]);
    expect(en.index.start).toBe(2);
    expect(ja.index.start).toBe(3);
    expect(ja.index.employeeId).toBe(5);
    expect(ja.index.successful).toBe(0);
    expect(mapEngagementHeaders(["案件名", "開始年月", "終了年月"]).index).toMatchObject({
      engagement: 0,
      start: 1,
      end: 2,
    });
  });

  it("has a Japanese header for every column and no header twice", () => {
    const all = ENGAGEMENT_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]);
    expect(new Set(all).size).toBe(all.length);
    for (const c of ENGAGEMENT_COLUMNS) expect(c.header.ja).toMatch(/[^ -~]/);
  });

  it("warns about a near miss", () => {
    expect(mapEngagementHeaders(["Strt"]).suggestions).toEqual([{ header: "Strt", suggestion: "Start" }]);
  });
});

describe("dates", () => {
  it.each([
    ["2023-04-01", "2023-04-01"],
    ["2023/4/1", "2023-04-01"],
    ["2023.04.01", "2023-04-01"],
    ["２０２３／４／１", "2023-04-01"],
    ["2023年4月1日", "2023-04-01"],
    ["2023年4月", "2023-04-01"],
    ["2023/04", "2023-04-01"],
    ["令和5年4月1日", "2023-04-01"],
    ["令和5年4月", "2023-04-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["R5.4.1", "2023-04-01"],
    ["H30/4", "2018-04-01"],
    ["平成31年4月30日", "2019-04-30"],
    ["昭和64年1月7日", "1989-01-07"],
    ["2023-04-01T00:00:00.000Z", "2023-04-01"],
  ])("reads %s as a Start on %s", (text, iso) => {
    expect(parseDate(text, "start")).toEqual({ ok: true, day: day(iso) });
  });

  it("reads a month-only End as the month's last day", () => {
    expect(parseDate("令和6年2月", "end")).toEqual({ ok: true, day: day("2024-02-29") });
    expect(parseDate("2023/04", "end")).toEqual({ ok: true, day: day("2023-04-30") });
  });

  it("reads Excel serial dates and Date objects", () => {
    expect(parseDate(45017, "start")).toEqual({ ok: true, day: day("2023-04-01") });
    expect(excelSerial(day("2023-04-01"))).toBe(45017);
    expect(parseDate(new Date(Date.UTC(2023, 3, 1)), "start")).toEqual({ ok: true, day: day("2023-04-01") });
  });

  it.each(["2023-13-01", "2023/2/30", "next spring", "令和5年13月", "12345678", "1/4/2023"])(
    "refuses %s",
    (text) => expect(parseDate(text, "start").ok).toBe(false),
  );

  it("counts whole calendar months", () => {
    expect(completeMonths(dayOf(2023, 4, 1), dayOf(2024, 3, 31))).toBe(12);
    expect(completeMonths(dayOf(2023, 4, 1), dayOf(2024, 3, 30))).toBe(11);
    expect(completeMonths(dayOf(2023, 4, 15), dayOf(2023, 5, 14))).toBe(1);
  });
});

describe("bad input: each problem reported, the rest still scores", () => {
  const hw = person({ "Specialty Field": "Hardware", Themes: 1 });
  const ok = {
    Engagement: "P-1",
    Start: "2020-04-01",
    End: "2020-09-30",
    Role: "Member",
    Successful: "yes",
    Complexity: 2,
    Scope: "Specific users",
  };

  it("an End before the Start", () => {
    const read = readEngagements(LEDGER_HEADERS, [ledgerRow({ ...ok, End: "2020-03-01" })]);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.message.en).toBe(
      'Row 2, column "End": "2020-03-01" is before the Start (2020-04-01): the End must be on or after the Start.',
    );
    expect(read.problems[0]?.message.ja).toContain("開始");
  });

  it("an unreadable date names the row, column, value and the accepted formats", () => {
    const read = readEngagements(LEDGER_HEADERS, [
      ledgerRow(ok),
      ledgerRow({ ...ok, Engagement: "P-2", Start: "spring 2021" }),
    ]);
    const [p] = read.problems;
    expect(p).toMatchObject({ row: 3, column: "start", value: "spring 2021", severity: "error" });
    expect(p?.message.en).toMatch(
      /^Row 3, column "Start": "spring 2021" is not a date\. Accepted: 2023-04-01, .*令和5年4月/,
    );
  });

  it("in a function call, problems name the engagement by position and name", () => {
    const read = readEngagements(
      LEDGER_HEADERS,
      [ledgerRow(ok), ledgerRow({ ...ok, Engagement: "P-2", Role: "Boss" })],
      {
        numbering: "engagement",
      },
    );
    expect(read.problems[0]?.message.en).toMatch(
      /^Engagement 2 \(P-2\), column "Role": "Boss" is not a role/,
    );
  });

  it("a bad engagement is not counted; the good ones still score and the gap says why", () => {
    const list = engagements([ok, { ...ok, Engagement: "P-2", Start: "2021-04-01", End: "2021-13-01" }]);
    const score = scoreEngagements(hw, [], list, { asOf: day("2026-01-01") });
    expect(score.level).toBe(3);
    expect(score.gaps.at(-1)?.en).toMatch(
      /^Not counted: Engagement 2 \(P-2\), column "End": "2021-13-01" is not a date/,
    );
  });

  it("an unknown Employee ID is named", () => {
    const read = readEngagements(LEDGER_HEADERS, [
      ledgerRow({ ...ok, "Employee ID": "E001" }),
      ledgerRow({ ...ok, "Employee ID": "E999" }),
    ]);
    const unknown = unknownEmployees(read.engagements, new Set([personKey("e００１")]));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message.en).toBe(
      'Row 3, column "Employee ID": "E999" is not an Employee ID in the roster: not counted for anyone.',
    );
  });

  it("overlapping duplicates are a warning and count once", () => {
    const four = person({ "Specialty Field": "Hardware", Themes: 1, Succession: 1, Mentoring: "yes" });
    const p4 = { ...ok, Role: "Responsible", Scope: "Industry or wide area" };
    const list = engagements([p4, { ...p4, Start: "2020-05-01" }]);
    const score = scoreEngagements(four, [], list, { asOf: day("2026-01-01") });
    expect(score.level).toBe(3); // level 4 needs two engagements, and these are one
    const warning = list[1]?.problems[0];
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning?.message.en).toBe(
      'Engagement 2 (P-1), column "Engagement": "P-1" repeats engagement 1 with overlapping dates: counted once.',
    );
    // the same engagement again later (a renewal) is not a duplicate
    const renewed = engagements([p4, { ...p4, Start: "2021-04-01", End: "2021-09-30" }]);
    expect(scoreEngagements(four, [], renewed, { asOf: day("2026-01-01") }).level).toBe(4);
  });

  it("a person with no engagements is scored from the roster row, and the gap says so", () => {
    const row = person({
      "Specialty Field": "Hardware",
      Role: "Member",
      Projects: 1,
      Complexity: 2,
      Scope: "Specific users",
      Themes: 1,
    });
    const score = scoreEngagements(row, [], engagements([]), { asOf: day("2026-01-01") });
    expect(score.level).toBe(3);
    expect(score.fromRoster).toBe(true);
    expect(score.gaps[0]?.en).toMatch(/^No engagements in the ledger: the level comes from the roster row/);
  });

  it("blank rows (FILTER's empty result, desktop zeros) are no engagements", () => {
    expect(readEngagements(LEDGER_HEADERS, [[""]]).engagements).toHaveLength(0);
    expect(readEngagements(LEDGER_HEADERS, [LEDGER_HEADERS.map(() => 0)]).engagements).toHaveLength(0);
    expect(readEngagements(LEDGER_HEADERS, [LEDGER_HEADERS.map(() => null)]).engagements).toHaveLength(0);
  });

  it("a desktop 0 in an empty name or date cell is blank, not a value", () => {
    const cells = ledgerRow({ ...ok, End: "" }).map((c) => (c === "" ? 0 : c));
    const [e] = readEngagements(LEDGER_HEADERS, [cells]).engagements;
    expect(e?.end).toBeNull();
    expect(e?.field).toBeNull();
    expect(e?.problems).toEqual([]);
  });
});

describe("the gap names the engagements that count and what is missing", () => {
  it("Customer Service level 5", () => {
    const p = person({ "Specialty Field": "Hardware", Themes: 1, Succession: 3, Mentoring: "yes" });
    const base = { Role: "Responsible", Successful: "yes", Complexity: 3, Scope: "Industry or wide area" };
    const list = engagements([
      { ...base, Engagement: "P-101", Start: "2019-04-01", End: "2019-12-31" },
      { ...base, Engagement: "P-204", Start: "2021-04-01", End: "2021-12-31" },
    ]);
    const score = scoreEngagements(p, [], list, { asOf: day("2026-01-01") });
    expect(score.level).toBe(4);
    expect(score.gaps[0]?.en).toBe(
      'Level 5 needs 3 engagements as Responsible or higher, one at level 5 and the others at level 4 or higher: has 2 (P-101, P-204), none at level 5 (closest P-101: size Scope Industry or wide area, Complexity 3, needs Scope ≥ "Whole industry" or (Scope ≥ "Industry or wide area" and Complexity ≥ 4))',
    );
    expect(score.gaps[0]?.ja).toMatch(/^レベル5には責任者以上の案件が3件必要です.*現在2件（P-101、P-204）/);
    expect(score.evidenceLevels).toEqual([
      { engagement: "P-101", level: 4 },
      { engagement: "P-204", level: 4 },
    ]);
  });

  it("IT Service Management level 4", () => {
    const p = person({
      "Specialty Field": "Operations Management",
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    });
    const base = { Role: "Leader", Successful: "yes", Complexity: 2, Staff: 40 };
    const list = engagements([
      { ...base, Engagement: "OPS-1", Start: "2023-04-01", End: "2024-03-31" },
      { ...base, Engagement: "OPS-2", Start: "2024-04-15", End: "" },
    ]);
    const score = scoreEngagements(p, [], list, { asOf: day("2024-09-30") });
    expect(score.level).toBe(3);
    expect(score.gaps[0]?.en).toBe(
      "Level 4 needs 2 years of continuous successful experience as Leader or higher at level 4: has 1.5 years (OPS-1, OPS-2: 2023-04-01 – 2024-09-30)",
    );
    expect(scoreEngagements(p, [], list, { asOf: day("2025-03-31") }).level).toBe(4);
  });
});
