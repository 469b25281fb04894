/**
 * The HR.* functions called with arguments shaped exactly as Excel passes them:
 * 2-D arrays, "" for empty cells, numbers as numbers, booleans, null for missing
 * optional arguments.
 */
import {
  CMBOK,
  ITSSCRITERIA,
  ITSSGAP,
  ITSSKNOWLEDGE,
  ITSSLEVEL,
  ITSSMEETS,
  ITSSSKILL,
} from "../../src/functions/functions";
import { FunctionError, setDefaultLang } from "../../src/functions/evaluate";
import { publishedRuleList } from "../../src/core/engine/published-rules";
import { RULE_COLUMNS, ruleToCells } from "../../src/core/engine/rules-table";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";

const HEADERS = [ROSTER_COLUMNS.map((c) => c.header.en)];
/** A Roster table row as Excel hands it over: blanks are "", numbers are numbers. */
const row = (values: Record<string, string | number | boolean>): (string | number | boolean)[][] => [
  ROSTER_COLUMNS.map((c) => values[c.header.en] ?? ""),
];
const hw3 = row({
  "Employee ID": "E1",
  "Specialty Field": "Hardware",
  Role: "Member",
  Projects: 1,
  Complexity: 2,
  Scope: "Specific users",
  Themes: 1,
});

function excelError(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FunctionError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

/** The error a function that answers with a Promise rejects with. */
async function rejection(answer: Promise<unknown>): Promise<FunctionError> {
  const err = await answer.then(
    () => new Error("expected an error"),
    (e: unknown) => e,
  );
  if (err instanceof FunctionError) return err;
  throw err;
}

afterEach(() => setDefaultLang("en"));

describe("ITSSLEVEL", () => {
  it("scores a row with its headers, optional arguments missing as null", () => {
    expect(ITSSLEVEL(hw3, HEADERS, null as never, null as never)).toBe(3);
  });

  it("reads the row in the template's column order when headers are missing", () => {
    expect(ITSSLEVEL(hw3, null as never, null as never, null as never)).toBe(3);
    expect(ITSSLEVEL(hw3)).toBe(3);
    // A whole table row with the level and gap columns after the template's columns.
    expect(ITSSLEVEL([[...hw3[0]!, 3, "Role Responsible ..."]])).toBe(3);
  });

  it("accepts headers in another order and Japanese, and booleans for yes/no", () => {
    const headers = [
      ["専門分野", "役割", "実績件数", "複雑性", "対象範囲", "専門テーマ数", "技術継承", "後進育成", "メモ"],
    ];
    const cells = [["ハードウェア", "責任者", 2, 2, "業界・広域", 1, 1, true, "extra column"]];
    expect(ITSSLEVEL(cells, headers, null as never, null as never)).toBe(4);
    expect(ITSSLEVEL([["ハードウェア", "責任者", 2, 2, "業界・広域", 1, 1, false, ""]], headers)).toBe(3);
  });

  it("returns 0 for a valid row that attains no level, and honours the edition", () => {
    const apOnly = row({ "Specialty Field": "Software", "ITEE AP": "yes" });
    expect(ITSSLEVEL(apOnly, HEADERS, null as never, "V3")).toBe(3);
    expect(ITSSLEVEL(apOnly, HEADERS, null as never, "v2")).toBe(0);
  });

  it("gives #VALUE! with the engine's message for an invalid row", () => {
    const err = excelError(() => ITSSLEVEL(row({ "Specialty Field": "Hardwear" }), HEADERS));
    expect(err.kind).toBe("#VALUE!");
    expect(err.message).toBe(
      'Column "Specialty Field": "Hardwear" is not a specialty field. Valid: Hardware, Software, Facility Management, Operations Management, System Management, Operations, Service Desk. Did you mean Hardware?',
    );
  });

  it("gives the message in Japanese when Excel's display language is Japanese", () => {
    setDefaultLang("ja");
    expect(excelError(() => ITSSLEVEL(row({ "Specialty Field": "Hardwear" }), HEADERS)).message).toMatch(
      /^「Specialty Field」列：「Hardwear」は専門分野として無効です/,
    );
  });

  it("rejects a headers range of a different width, and more than one row", () => {
    const err = excelError(() => ITSSLEVEL(hw3, [HEADERS[0]!.slice(0, 5)]));
    expect(err.kind).toBe("#VALUE!");
    expect(err.message).toBe(
      "headers has 5 columns but row has 21; pass the header row that matches the row (same first and last column)",
    );
    expect(excelError(() => ITSSLEVEL([hw3[0]!, hw3[0]!], HEADERS)).message).toMatch(
      /row must be one roster row; it has 2 rows/,
    );
  });

  it("rejects an unknown edition", () => {
    expect(excelError(() => ITSSLEVEL(hw3, HEADERS, null as never, "V9")).message).toMatch(
      /edition "V9" is not an edition/,
    );
  });

  it("uses a company's KPI Rules table instead of the built-in rules", () => {
    const table = [
      [...RULE_COLUMNS.map((c) => c.header.en), "KPI (EN)"],
      ...publishedRuleList().map((r) => [...ruleToCells(r, "en"), "text"]),
    ];
    expect(ITSSLEVEL(hw3, HEADERS, table, null as never)).toBe(3);
    const themes = RULE_COLUMNS.findIndex((c) => c.key === "minThemes");
    const stricter = table.map((r) =>
      r[1] === "Hardware" && r[2] === 3 && r[3] === "V3" ? r.map((v, i) => (i === themes ? 2 : v)) : r,
    );
    expect(ITSSLEVEL(hw3, HEADERS, stricter, null as never)).toBe(2);
    const broken = table.map((r, i) => (i === 1 ? r.map((v, c) => (c === 4 ? "Boss" : v)) : r));
    expect(excelError(() => ITSSLEVEL(hw3, HEADERS, broken)).message).toMatch(
      /Rules table row 2, column "Role": "Boss" is not a role/,
    );
  });
});

describe("ITSSGAP and ITSSMEETS", () => {
  it("lists the unmet criteria for the next level, one per line", () => {
    expect(ITSSGAP(hw3, HEADERS, null, null as never, null as never, null as never).split("\n")).toEqual([
      "Role Responsible or higher needed for level 4 (has Member)",
      "Projects 1 of 2 needed for level 4",
      'Size for level 4 needs Scope ≥ "Industry or wide area" or (Scope ≥ "Specific users" and Complexity ≥ 4) (has Scope Specific users, Complexity 2)',
      "Succession 0 of 1 needed for level 4",
      'Mentoring "yes" needed for level 4',
    ]);
  });

  it("answers in Japanese, for a target level, and is empty when the target is met", () => {
    expect(ITSSGAP(hw3, HEADERS, 4, null as never, null as never, "ja").split("\n")[1]).toBe(
      "レベル4には実績件数が2以上必要です（現在1）",
    );
    expect(ITSSGAP(hw3, HEADERS, "Lv3", null as never, null as never, null as never)).toBe("");
    expect(ITSSGAP(hw3, HEADERS, 3)).toBe("");
  });

  it("rejects a target level the field does not define", () => {
    expect(excelError(() => ITSSGAP(hw3, HEADERS, 6)).message).toBe("Hardware has no level 6 (levels 1-5)");
    expect(excelError(() => ITSSGAP(hw3, HEADERS, "eight")).message).toMatch(/target "eight" is not a level/);
  });

  it("checks a level yes/no", () => {
    expect(ITSSMEETS(hw3, HEADERS, 3, null as never, null as never)).toBe(true);
    expect(ITSSMEETS(hw3, HEADERS, 2)).toBe(true);
    expect(ITSSMEETS(hw3, HEADERS, 4)).toBe(false);
    expect(excelError(() => ITSSMEETS(hw3, HEADERS, "")).kind).toBe("#VALUE!");
  });
});

describe("look-ups", () => {
  it("ITSSCRITERIA spills criterion / requirement rows from the seed", async () => {
    const table = await ITSSCRITERIA("Customer Service", "Hardware", 5, null as never, null as never);
    expect(table.every((r) => r.length === 2)).toBe(true);
    expect(table.map((r) => r[0])).toEqual([
      "Responsibilities",
      "Complexity",
      "Size",
      "Specialty themes",
      "Technology succession",
      "Developing others",
    ]);
    expect(table[4]?.[1]).toMatch(/three items or more/);
    const ja = await ITSSCRITERIA("", "ハードウェア", 3, "V3", "ja");
    expect(ja.map((r) => r[0])).toContain("備考");
    expect(ja.find((r) => r[0] === "備考")?.[1]).toMatch(/応用情報/);
  });

  it("ITSSCRITERIA gives #N/A for an unknown field or level, naming what is valid", async () => {
    const unknown = await rejection(ITSSCRITERIA("", "Hardwear", 3));
    expect(unknown.kind).toBe("#N/A");
    expect(unknown.message).toMatch(/"Hardwear" is not a specialty field.*Did you mean Hardware\?/);
    expect((await rejection(ITSSCRITERIA("", "Service Desk", 5))).message).toBe(
      "Service Desk has no level 5 (levels 3-4)",
    );
    expect((await rejection(ITSSCRITERIA("IT Service Management", "Hardware", 3))).message).toBe(
      "Hardware is not a field of IT Service Management",
    );
  });

  it("ITSSSKILL describes a skill item at a level, in either language, case- and width-insensitively", () => {
    expect(ITSSSKILL("hardware", "LEADERSHIP", 4, null as never)).toMatch(
      /^Able to give advise on formulation of system operation management policy/,
    );
    expect(ITSSSKILL("ファシリティマネジメント", "リーダーシップ", "６", "ja")).toMatch(/[ぁ-んァ-ン一-龥]/);
    expect(ITSSSKILL("Software", "Communication", 1)).toMatch(/^Able to/);
    expect(excelError(() => ITSSSKILL("Hardware", "Leadership", 6)).message).toBe(
      "The standard describes no Hardware proficiency for Leadership at level 6",
    );
    expect(excelError(() => ITSSSKILL("Hardware", "Software technology", 3)).message).toMatch(
      /is not a skill item of Hardware/,
    );
  });

  it("ITSSKNOWLEDGE spills one knowledge item per row", async () => {
    const items = await ITSSKNOWLEDGE("Hardware", "Project Management", null as never);
    expect(items).toHaveLength(9);
    expect(items[0]).toEqual(["Project Integration Management"]);
  });

  it("CMBOK names a competency by code, 2.0 by default", () => {
    expect(CMBOK("OP-3", null as never, "ja")).toBe("要員計画とシフト計画・調整");
    expect(CMBOK("op-3", "1.0", "ja")).toBe("リアルタイムマネジメント");
    expect(CMBOK("ＯＰ－３", "2.0", "ja")).toBe("要員計画とシフト計画・調整");
    const missing = excelError(() => CMBOK("ZZ-9"));
    expect(missing.kind).toBe("#N/A");
    expect(missing.message).toBe('"ZZ-9" is not a CMBOK 2.0 competency code (codes look like OP-3)');
  });
});
