/**
 * The HR.* functions called exactly as each Excel host calls them, and the same answers on both:
 * - an empty cell inside a range arrives as 0 in Excel desktop and as null in Excel on the web
 *   (office-js issues 4702, 1951 and 5262); a single empty cell given as a scalar arrives as 0
 *   on desktop;
 * - a missing optional argument arrives as null;
 * - numbers and booleans arrive typed (a TRUE cell is `true`, not "TRUE");
 * - an error cell or a data-type cell (entity, linked type, image) arrives as an object.
 * The same roster also goes through the command line, which must give the same levels.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { main } from "../../src/cli/itss";
import { publishedRuleList } from "../../src/core/engine/published-rules";
import { RULE_COLUMNS, ruleToCells } from "../../src/core/engine/rules-table";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { FunctionError, setDefaultLang } from "../../src/functions/evaluate";
import { itssHistory } from "../../src/functions/evaluate-history";
import { itssSkillLevel } from "../../src/functions/evaluate-skills";
import { CMBOK, ITSSCRITERIA, ITSSGAP, ITSSLEVEL, ITSSMEETS } from "../../src/functions/functions";

type Cell = string | number | boolean | null | object;
type Host = "desktop" | "web";

/** A range argument as the host passes it: "" marks an empty cell in the fixtures. */
function asHost(host: Host, matrix: readonly (readonly Cell[])[]): Cell[][] {
  return matrix.map((row) => row.map((c) => (c === "" ? (host === "desktop" ? 0 : null) : c)));
}
/** A single empty cell given as a scalar: 0 on desktop, null on the web. */
const emptyScalar = (host: Host): Cell => (host === "desktop" ? 0 : null);

const HEADERS = [[...SAMPLE_ROSTER_HEADERS]];
const col = (header: string): number => SAMPLE_ROSTER_HEADERS.indexOf(header);

/**
 * The sample roster, each row also with its name and yes/no cells emptied one at a time, yes/no
 * written as booleans, and rows that are invalid: every way a blank reaches the engine.
 */
function roster(): Cell[][] {
  const rows: Cell[][] = [];
  const blankable = ["Job Category", "Role", "Scope", "International", "Mentoring", "ITEE AP"];
  for (const row of sampleRosterRows()) {
    rows.push(row);
    for (const header of blankable) rows.push(row.map((c, i) => (i === col(header) ? "" : c)));
    const yesNo = ["International", "Mentoring", "ITEE AP"].map(col);
    rows.push(
      row.map((c, i) =>
        yesNo.includes(i) ? c === "yes" || c === "はい" || c === 1 : typeof c === "string" ? c : c,
      ),
    );
  }
  const [first] = sampleRosterRows();
  const edit = (changes: Record<string, Cell>): Cell[] =>
    (first ?? []).map((c, i) =>
      SAMPLE_ROSTER_HEADERS[i]! in changes ? changes[SAMPLE_ROSTER_HEADERS[i]!]! : c,
    );
  rows.push(edit({ "Specialty Field": "" }));
  rows.push(edit({ "Specialty Field": "Hardwear" }));
  rows.push(edit({ "Job Category": "IT Service Management" }));
  rows.push(edit({ Projects: -1, Scope: "Planet" }));
  rows.push(edit({ Scope: "", Role: "", Projects: "", Complexity: "", Themes: "" }));
  return rows;
}

/** What a call gives: its value, or the error kind and message. */
function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (err) {
    if (err instanceof FunctionError) return `${err.kind} ${err.message}`;
    throw err;
  }
}

/** outcome() for a function that answers with a Promise. */
function settled(answer: Promise<unknown>): Promise<unknown> {
  return answer.then(
    (value) => value,
    (err: unknown) =>
      outcome(() => {
        throw err;
      }),
  );
}

const companyRules = (): Cell[][] => [
  [...RULE_COLUMNS.map((c) => c.header.en)],
  ...publishedRuleList().map((r) => ruleToCells(r, "en")),
  RULE_COLUMNS.map(() => ""), // a cleared row inside the table
];

afterEach(() => setDefaultLang("en"));

describe("the same roster on Excel desktop, Excel on the web and the command line", () => {
  const rows = roster();

  it.each([
    ["the built-in rules", null],
    ["the company's KPI Rules table", companyRules()],
  ])("gives the same level, gap and message on both hosts with %s", (_, rules) => {
    for (const lang of ["en", "ja"] as const) {
      setDefaultLang(lang);
      for (const row of rows) {
        const answers = (["desktop", "web"] as const).map((host) => {
          const cells = asHost(host, [row]);
          const table = rules ? asHost(host, rules) : (null as never);
          return [
            outcome(() => ITSSLEVEL(cells, HEADERS, table, null as never)),
            outcome(() => ITSSLEVEL(cells, null as never, table, emptyScalar(host) as never)),
            outcome(() => ITSSGAP(cells, HEADERS, emptyScalar(host), table, null as never, lang)),
            outcome(() => ITSSGAP(cells, HEADERS, 7, table, null as never, emptyScalar(host) as never)),
            outcome(() => ITSSMEETS(cells, HEADERS, 2, table, emptyScalar(host) as never)),
          ];
        });
        expect(answers[0]).toEqual(answers[1]);
        expect(JSON.stringify(answers[0])).not.toMatch(/object Object|"0" is not/);
      }
    }
  });

  it("scores every row of it to the same level as the CLI", async () => {
    const dir = mkdtempSync(join(tmpdir(), "itss-hosts-"));
    const csv = join(dir, "roster.csv");
    const out = join(dir, "scored.json");
    const text = rows.map((r) => r.map((c) => (typeof c === "boolean" ? (c ? "yes" : "no") : c)));
    writeFileSync(csv, Papa.unparse([[...SAMPLE_ROSTER_HEADERS], ...text]));
    await main(["score", csv, "--format", "json", "--out", out]);
    const cli = (JSON.parse(readFileSync(out, "utf8")) as { rows: { level: number | null }[] }).rows.map(
      (r) => r.level,
    );
    expect(cli).toHaveLength(rows.length);
    const level = (host: Host) =>
      rows.map((row) => {
        const result = outcome(() => ITSSLEVEL(asHost(host, [row]), HEADERS));
        return typeof result === "number" ? result : null;
      });
    expect(level("desktop")).toEqual(cli);
    expect(level("web")).toEqual(cli);
    // The roster is not trivial: several levels, and invalid rows.
    expect(new Set(cli).size).toBeGreaterThan(3);
    expect(cli).toContain(null);
  });
});

describe("blank versus 0", () => {
  const itsm = sampleRosterRows().find((r) => r[col("Job Category")] === "IT Service Management")!;

  it("reads a 0 in a name or yes/no column as blank (an empty cell on Excel desktop)", () => {
    const row = itsm.map((c, i) =>
      ["Scope", "International", "Mentoring", "ITEE AP", "Job Category"].includes(SAMPLE_ROSTER_HEADERS[i]!)
        ? 0
        : c,
    );
    const web = itsm.map((c, i) =>
      ["Scope", "International", "Mentoring", "ITEE AP", "Job Category"].includes(SAMPLE_ROSTER_HEADERS[i]!)
        ? null
        : c,
    );
    expect(ITSSLEVEL([row], HEADERS)).toBe(ITSSLEVEL([web], HEADERS));
    expect(ITSSGAP([row], HEADERS)).toBe(ITSSGAP([web], HEADERS));
  });

  it("takes an optional scalar given as 0 (an empty cell) as omitted", async () => {
    const [row] = sampleRosterRows();
    expect(ITSSGAP([row!], HEADERS, 0)).toBe(ITSSGAP([row!], HEADERS, null));
    expect(ITSSLEVEL([row!], HEADERS, null as never, 0 as never)).toBe(ITSSLEVEL([row!], HEADERS));
    const criteria = await ITSSCRITERIA(0, "Hardware", 3, 0 as never, 0 as never);
    expect(criteria.length).toBeGreaterThan(0);
    expect(criteria).toEqual(await ITSSCRITERIA(null, "Hardware", 3, null as never, null as never));
    expect(CMBOK("OP-3", 0 as never, 0 as never)).toBe(CMBOK("OP-3"));
    // A required argument left empty gets the same message on both hosts.
    expect(outcome(() => ITSSMEETS([row!], HEADERS, 0))).toBe(
      outcome(() => ITSSMEETS([row!], HEADERS, null)),
    );
    expect(await settled(ITSSCRITERIA(null, 0, 3))).toBe(await settled(ITSSCRITERIA(null, null, 3)));
  });

  it("a skills row and a History table give the same answers with either host's blanks", () => {
    const skills = [[3, "", 3, 3, 3, 3, ""]];
    expect(itssSkillLevel(asHost("desktop", skills), null, "Software", 0)).toBe(
      itssSkillLevel(asHost("web", skills), null, "Software", null),
    );
    const history: Cell[][] = [
      ["Employee ID", "Name", "Round", "Date", "Assessed level", "Agreed level", "Skill level"],
      ["E001", "Sato", "FY2026 H1", "2026-03-31", 2, "", ""],
      ["E001", "Sato", "FY2026 H2", "2026-09-30", 3, 3, ""],
      ["", "", "", "", "", "", ""],
    ];
    const desktop = itssHistory("E001", asHost("desktop", history));
    expect(desktop).toEqual(itssHistory("E001", asHost("web", history)));
    expect(desktop).toEqual([
      ["FY2026 H1", "2026-03-31", 2, "", ""],
      ["FY2026 H2", "2026-09-30", 3, 3, ""],
    ]);
    expect(outcome(() => itssHistory(0, asHost("desktop", history)))).toBe(
      outcome(() => itssHistory(null, asHost("web", history))),
    );
  });
});

describe("cells that hold no plain value", () => {
  const [row] = sampleRosterRows();
  const entity = { type: "Entity", text: "Hardware", properties: {} };
  const error = { code: "#N/A" };
  const withCell = (header: string, value: Cell): Cell[][] => [
    row!.map((c, i) => (SAMPLE_ROSTER_HEADERS[i] === header ? value : c)),
  ];

  it("gives #VALUE! naming the column and what it holds, never [object Object]", async () => {
    expect(outcome(() => ITSSLEVEL(withCell("Specialty Field", entity), HEADERS))).toBe(
      '#VALUE! Column "Specialty Field" holds a data type (Entity: "Hardware"), not text or a number; type the value itself',
    );
    expect(outcome(() => ITSSLEVEL(withCell("Projects", error), HEADERS))).toBe(
      '#VALUE! Column "Projects" holds #N/A',
    );
    expect(outcome(() => ITSSLEVEL(withCell("Projects", { type: "WebImage" }), HEADERS))).toMatch(
      /^#VALUE! Column "Projects" holds a data type \(WebImage\)/,
    );
    expect(await settled(ITSSCRITERIA(null, entity, 3))).toMatch(/^#VALUE! field holds a data type \(Entity/);
    expect(outcome(() => CMBOK(error))).toBe("#VALUE! code holds #N/A");
    const rules = companyRules();
    rules[3]![1] = error;
    expect(outcome(() => ITSSLEVEL([row!], HEADERS, rules))).toBe(
      '#VALUE! Rules table row 4, column "Specialty Field" holds #N/A',
    );
    expect(outcome(() => itssSkillLevel([[3, 3, entity, 3, 3, 3, 3]], null, "Software", null))).toMatch(
      /^#VALUE! ratings cell 3 holds a data type/,
    );
  });

  it("ignores a data type in a column the level does not read (a linked person in Name)", () => {
    expect(ITSSLEVEL(withCell("Name", { type: "Entity", text: "Sato" }), HEADERS)).toBe(
      ITSSLEVEL([row!], HEADERS),
    );
  });
});

describe("a repeated headers or rules argument", () => {
  const [row] = sampleRosterRows();
  const level = (rules: Cell[][]) => ITSSLEVEL([row!], HEADERS, rules);

  it("is recognised cell by cell: a copy gives the cached answer, a changed machine cell a new one", () => {
    const rules = companyRules();
    const base = level(rules);
    expect(level(rules.map((r) => [...r]))).toBe(base);
    const themes = RULE_COLUMNS.findIndex((c) => c.key === "minThemes");
    const field = RULE_COLUMNS.findIndex((c) => c.key === "field");
    const stricter = rules.map((r, i) =>
      i > 0 && r[field] === "Hardware" ? r.map((v, c) => (c === themes ? 9 : v)) : [...r],
    );
    expect(level(stricter)).toBeLessThan(base);
    expect(level(rules)).toBe(base);
    // A header row in another order is another table, even with the same cells below.
    const renamed = [["Specialty Field", ...SAMPLE_ROSTER_HEADERS.filter((h) => h !== "Specialty Field")]];
    const moved = [[row![col("Specialty Field")]!, ...row!.filter((_, i) => i !== col("Specialty Field"))]];
    expect(ITSSLEVEL(moved, renamed)).toBe(ITSSLEVEL([row!], HEADERS));
  });
});

// The roster columns used above exist (a rename in the contract would make these tests vacuous).
test("fixture columns exist", () => {
  for (const h of [
    "Job Category",
    "Specialty Field",
    "Role",
    "Scope",
    "International",
    "Mentoring",
    "ITEE AP",
  ])
    expect(ROSTER_COLUMNS.some((c) => c.header.en === h)).toBe(true);
});
