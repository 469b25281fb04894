import { publishedRuleList, rulesForEdition } from "../../src/core/engine/published-rules";
import { readRulesTable, RULE_COLUMNS, ruleToCells } from "../../src/core/engine/rules-table";
import { scoreRow } from "../../src/core/engine/score-row";
import { cells, HEADERS } from "../helpers/roster";

const KPI_RULES = publishedRuleList();

const header = RULE_COLUMNS.map((c) => c.header.en);
const tableOf = (lang: "en" | "ja") => [
  RULE_COLUMNS.map((c) => c.header[lang]),
  ...KPI_RULES.map((r) => ruleToCells(r, lang)),
];

describe("the KPI Rules table", () => {
  it.each(["en", "ja"] as const)("reads back the published rules from the table written in %s", (lang) => {
    const result = readRulesTable(tableOf(lang));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.rules).toEqual(
      KPI_RULES.map((r) =>
        Object.fromEntries(
          Object.entries(r).filter(
            ([k, v]) =>
              v !== undefined && !(v === false && ["international", "mentoring", "apQualifies"].includes(k)),
          ),
        ),
      ).map((r) => expect.objectContaining(r)),
    );
  });

  it("lets a company tailor a threshold: the edited table changes the level", () => {
    const table = tableOf("en");
    const row = table.findIndex((r) => r[1] === "Hardware" && r[2] === 3 && r[3] === "V3");
    const edited = table.map((r, i) =>
      i === row ? r.map((v, c) => (header[c] === "Min Themes" ? 2 : v)) : r,
    );
    const result = readRulesTable(edited);
    if (!result.ok) throw new Error("rules table rejected");
    const person = cells({
      "Specialty Field": "Hardware",
      Role: "Member",
      Projects: 1,
      Complexity: 2,
      Scope: "Specific users",
      Themes: 1,
    });
    expect(scoreRow(person, { headers: HEADERS }).level).toBe(3);
    expect(scoreRow(person, { headers: HEADERS, rules: result.ruleSet }).level).toBe(2);
  });

  it("ignores extra text columns and blank rows", () => {
    const table = tableOf("en").map((r, i) => [...r, i === 0 ? "KPI (EN)" : "long seed text"]);
    table.splice(
      3,
      0,
      header.map(() => ""),
    );
    expect(readRulesTable(table).ok).toBe(true);
  });

  it("names the row, column and value of every bad cell", () => {
    const table = tableOf("en");
    table[2] = table[2]!.map((v, c) => (header[c] === "Role" ? "Boss" : header[c] === "Level" ? "three" : v));
    table[4] = table[4]!.map((v, c) => (header[c] === "Size Rule" ? "Staff >=" : v));
    const result = readRulesTable(table);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map((p) => p.message.en);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Rules table row 3, column "Level": "three" is not a number/),
        expect.stringMatching(/^Rules table row 3, column "Role": "Boss" is not a role/),
      ]),
    );
  });

  it("reports a broken size rule with its row", () => {
    const table = tableOf("en");
    table[4] = table[4]!.map((v, c) => (header[c] === "Size Rule" ? "Staff >=" : v));
    const result = readRulesTable(table);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ row: 5, column: "Size Rule", value: "Staff >=" });
  });

  it("refuses a table without its header row", () => {
    const result = readRulesTable(KPI_RULES.map((r) => ruleToCells(r, "en")));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message.en).toMatch(/has no column/);
  });

  it("serves ITSM rules in both editions", () => {
    expect(rulesForEdition("V2").some((r) => r.field === "service-desk")).toBe(true);
    expect(
      rulesForEdition("V2")
        .filter((r) => r.field === "hardware")
        .every((r) => r.edition === "V2"),
    ).toBe(true);
  });
});
