/**
 * HR.ITSSLEVEL / HR.ITSSGAP with the ledger arguments, and HR.ITSSEVIDENCE, called as
 * Excel calls them: one person's rows from FILTER(..., ""), the header row separately,
 * empty cells as "" / 0 (desktop) / null (web), omitted optional arguments as null.
 */
import { ITSSEVIDENCE, ITSSGAP, ITSSLEVEL } from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/evaluate";
import { excelSerial } from "../../src/core/engagements/dates";
import { publishedRuleList } from "../../src/core/engine/published-rules";
import { RULE_COLUMNS, ruleToCells } from "../../src/core/engine/rules-table";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";
import { day, LEDGER_HEADERS, ledgerRow, type EngagementSpec } from "../helpers/engagements";

const HEADERS = [ROSTER_COLUMNS.map((c) => c.header.en)];
const ENG_HEADERS = [LEDGER_HEADERS];
const row = (values: Record<string, string | number>): unknown[][] => [
  ROSTER_COLUMNS.map((c) => values[c.header.en] ?? ""),
];
const ledger = (specs: EngagementSpec[]): unknown[][] => specs.map(ledgerRow);

type Host = "desktop" | "web";
/** Excel desktop passes an empty cell in a range as 0, Excel on the web as null. */
const asHost = (m: unknown[][], host: Host): unknown[][] =>
  m.map((r) => r.map((c) => (c === "" ? (host === "desktop" ? 0 : null) : c)));

const hwPerson = row({
  "Employee ID": "E1",
  "Job Category": "Customer Service",
  "Specialty Field": "Hardware",
  Role: "Member",
  Scope: "Specific users",
  Themes: 1,
  Succession: 3,
  Mentoring: "yes",
  "ITEE AP": "no",
  International: "no",
});
const p = (name: string, start: string, end: string, extra: EngagementSpec = {}): EngagementSpec => ({
  "Employee ID": "E1",
  Engagement: name,
  Start: excelSerial(day(start)),
  End: end === "" ? "" : excelSerial(day(end)),
  Role: "Responsible",
  Successful: "yes",
  Complexity: 3,
  Scope: "Industry or wide area",
  International: "no",
  ...extra,
});
const two = ledger([p("P-101", "2019-04-01", "2019-12-31"), p("P-204", "2021-04-01", "2021-12-31")]);

function excelError(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FunctionError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

describe.each(["desktop", "web"] as const)("on Excel %s", (host) => {
  const person = asHost(hwPerson, host);
  const eng = asHost(two, host);
  const omitted = null as never;

  it("ITSSLEVEL takes Projects, Complexity and size from the engagements, not the row", () => {
    expect(ITSSLEVEL(person, HEADERS, omitted, omitted)).toBe(0); // the row itself has Projects 0
    expect(ITSSLEVEL(person, HEADERS, omitted, omitted, eng, ENG_HEADERS, omitted)).toBe(4);
  });

  it("ITSSGAP names the engagements that count and what is missing", () => {
    const gap = ITSSGAP(person, HEADERS, omitted, omitted, omitted, "en", eng, ENG_HEADERS, omitted);
    expect(gap.split("\n")[0]).toMatch(
      /^Level 5 needs 3 engagements as Responsible or higher, one at level 5 and the others at level 4 or higher: has 2 \(P-101, P-204\), none at level 5 \(closest P-101: size Scope Industry or wide area, Complexity 3, needs /,
    );
    const ja = ITSSGAP(person, HEADERS, omitted, omitted, omitted, "ja", eng, ENG_HEADERS, omitted);
    expect(ja).toMatch(/^レベル5には責任者以上の案件が3件必要です/);
  });

  it('a person with no engagements (FILTER\'s "") is scored from the row, and the gap says so', () => {
    const none = asHost([[""]], host);
    const scored = asHost(
      row({
        "Specialty Field": "Hardware",
        Role: "Member",
        Projects: 1,
        Complexity: 2,
        Scope: "Specific users",
        Themes: 1,
        "Job Category": "Customer Service",
        "ITEE AP": "no",
        Mentoring: "no",
        International: "no",
      }),
      host,
    );
    expect(ITSSLEVEL(scored, HEADERS, omitted, omitted, none, ENG_HEADERS, omitted)).toBe(3);
    expect(ITSSGAP(scored, HEADERS, omitted, omitted, omitted, "en", none, ENG_HEADERS, omitted)).toMatch(
      /^No engagements in the ledger: the level comes from the roster row/,
    );
  });

  it("the company's KPI Rules apply unchanged", () => {
    const table = [
      RULE_COLUMNS.map((c) => c.header.en),
      ...publishedRuleList().map((r) => ruleToCells(r, "en")),
    ];
    const at = RULE_COLUMNS.findIndex((c) => c.key === "minProjects");
    const stricter = table.map((r, i) => {
      const rule = publishedRuleList()[i - 1];
      return rule && rule.field === "hardware" && rule.level === 4 && rule.edition === "V3"
        ? r.map((c, j) => (j === at ? 3 : c))
        : r;
    });
    expect(ITSSLEVEL(person, HEADERS, table, omitted, eng, ENG_HEADERS, omitted)).toBe(4);
    expect(ITSSLEVEL(person, HEADERS, stricter, omitted, eng, ENG_HEADERS, omitted)).toBe(3);
  });

  it("ITSSEVIDENCE spills each engagement with whether it qualifies and why", () => {
    const extra = asHost(
      ledger([
        ...[p("P-101", "2019-04-01", "2019-12-31")],
        p("P-300", "2022-04-01", "", { Scope: "Whole industry" }),
      ]),
      host,
    );
    const out = ITSSEVIDENCE(extra, ENG_HEADERS, 5, "Hardware", omitted, omitted, "en", omitted);
    expect(out[0]).toEqual(["Engagement", "Start", "End", "Own level", "Qualifies", "Why", "Evidence"]);
    expect(out[1]).toEqual([
      "P-101",
      "2019-04-01",
      "2019-12-31",
      4,
      false,
      expect.stringMatching(
        /^Counts among the others at level 4; for level 5: size Scope Industry or wide area, Complexity 3, needs/,
      ),
      "",
    ]);
    expect(out[2]?.slice(0, 5)).toEqual(["P-300", "2022-04-01", "ongoing", 0, false]);
    expect(out[2]?.[5]).toBe("Does not qualify for level 5: ongoing (counts once it ends)");
  });
});

describe("arguments", () => {
  it("asOf: TODAY()'s serial number makes ongoing IT Service Management years grow", () => {
    const om = row({
      "Specialty Field": "Operations Management",
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    });
    const eng = ledger([
      p("OPS-1", "2023-04-01", "", { Role: "Leader", Complexity: 2, Staff: 40, Scope: "" }),
    ]);
    const lvl = (asOf: string) =>
      ITSSLEVEL(om, HEADERS, null as never, null as never, eng, ENG_HEADERS, excelSerial(day(asOf)));
    expect(lvl("2025-03-30")).toBe(3);
    expect(lvl("2025-03-31")).toBe(4);
    expect(ITSSLEVEL(om, HEADERS, null as never, null as never, eng, ENG_HEADERS, "令和7年3月")).toBe(4);
    expect(
      excelError(() => ITSSLEVEL(om, HEADERS, null as never, null as never, eng, ENG_HEADERS, "soon"))
        .message,
    ).toMatch(/^asOf "soon" is not a date/);
  });

  it("engagement rows and headers must match", () => {
    expect(
      excelError(() =>
        ITSSLEVEL(hwPerson, HEADERS, null as never, null as never, two, [LEDGER_HEADERS.slice(0, 4)]),
      ).message,
    ).toMatch(/^engagementHeaders has 4 columns but engagements has 17/);
  });

  it("without headers the rows are read in the template's order; Japanese headers work", () => {
    expect(ITSSLEVEL(hwPerson, HEADERS, null as never, null as never, two, null as never)).toBe(4);
    const ja = [
      ROSTER_COLUMNS.length
        ? LEDGER_HEADERS.map(
            (h) =>
              ({
                "Employee ID": "社員番号",
                Engagement: "案件",
                "Specialty Field": "専門分野",
                Start: "開始",
                End: "終了",
                Role: "役割",
                Successful: "成功",
                Complexity: "複雑性",
                International: "国際",
                Scope: "対象範囲",
                "Computer Rooms": "コンピュータ室数",
                "Floor Area": "床面積",
                Sites: "拠点数",
                Staff: "要員数",
                "Contract Value": "年間契約金額",
                Users: "利用者数",
                Evidence: "根拠",
              })[h as "Start"],
          )
        : [],
    ];
    expect(ITSSLEVEL(hwPerson, HEADERS, null as never, null as never, two, ja)).toBe(4);
  });

  it("ITSSEVIDENCE needs a field when the engagements name none, and a level the field has", () => {
    expect(excelError(() => ITSSEVIDENCE(two, ENG_HEADERS, 5, null)).message).toMatch(
      /give the person's field/,
    );
    expect(excelError(() => ITSSEVIDENCE(two, ENG_HEADERS, 7, "Hardware")).message).toBe(
      "Hardware has no level 7 (levels 1-5)",
    );
    expect(
      ITSSEVIDENCE(two, ENG_HEADERS, 4, "ハードウェア", null as never, null as never, "ja")[1]?.[5],
    ).toBe("レベル4の条件を満たします");
  });
});
