/**
 * What a formula call puts into the custom-function payload (about 5 MB per batch on Excel on the
 * web; office-notes, office-js issues on #BUSY! with large matrices). The roster's formulas pass
 * the KPI Rules table's rule columns only, not the published text beside them.
 */
import { createRoster, loadStandard } from "../../src/app/roster";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { RULE_COLUMNS } from "../../src/core/engine/rules-table";
import { rulesArgument } from "../../src/core/sheets/rules-argument";
import { kpiRulesTable } from "../../src/core/sheets/standard-tables";
import { rosterTemplate } from "../../src/core/sheets/roster-template";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { ITSSHISTORY, ITSSLEVEL } from "../../src/functions/functions";

const utf8 = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), "utf8");
const LEVELS = [3, 4, 5, 2, 3, 3, 5, 6, 6, 3, 5, 3, 4, 4, 0, 0];

describe("the rules argument of the roster's formulas", () => {
  it("names the rule columns as the workbook's table spells them, in either language", () => {
    const last = RULE_COLUMNS[RULE_COLUMNS.length - 1]!.header;
    expect(rulesArgument(kpiRulesTable("en").headers)).toBe(`KPI_Rules[[#All],[Job Category]:[${last.en}]]`);
    expect(rulesArgument(kpiRulesTable("ja").headers)).toBe(`KPI_Rules[[#All],[職種]:[${last.ja}]]`);
    expect(rulesArgument(undefined)).toBe("KPI_Rules[#All]");
    expect(rulesArgument(["Notes", "Owner"])).toBe("KPI_Rules[#All]");
    expect(rulesArgument(["Job Category", "Specialty Field", "Lv [old]"])).toBe(
      "KPI_Rules[[#All],[Job Category]:[Specialty Field]]",
    );
    const formula = rosterTemplate({
      lang: "en",
      sampleRows: false,
      useCompanyRules: true,
      rulesHeaders: kpiRulesTable("ja").headers,
    }).columns.find((c) => c.formula)?.formula;
    expect(formula).toContain(",KPI_Rules[[#All],[職種]:[");
  });

  it.each(["en", "ja"] as const)(
    "keeps each call's rules far below the payload limit and scores as the whole table does (%s)",
    (lang) => {
      const table = kpiRulesTable(lang);
      const whole = [table.headers, ...table.rows] as unknown[][];
      const spanned = table.headers.flatMap((h, i) =>
        RULE_COLUMNS.some((c) => c.header[lang] === h) ? [i] : [],
      );
      const narrow = whole.map((r) => r.slice(Math.min(...spanned), Math.max(...spanned) + 1));
      expect(utf8(whole)).toBeGreaterThan(150_000);
      expect(utf8(narrow)).toBeLessThan(16_000);
      const headers = [[...SAMPLE_ROSTER_HEADERS]];
      const rows = sampleRosterRows();
      expect(rows.map((r) => ITSSLEVEL([r], headers, narrow))).toEqual(LEVELS);
      expect(rows.map((r) => ITSSLEVEL([r], headers, whole))).toEqual(LEVELS);
    },
  );

  it("works in the preview with a Japanese KPI Rules table under an English roster", async () => {
    const wb = new MemoryWorkbook();
    await loadStandard(wb, "ja", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: true, edition: "V3" });
    const roster = await wb.readTable("Roster");
    const at = roster!.headers.indexOf("ITSS Level");
    expect(roster!.rows.map((r) => r[at])).toEqual(LEVELS);
  });
});

describe("ITSSHISTORY on a large History", () => {
  const header = ["Employee ID", "Name", "Round", "Date", "Assessed level", "Agreed level", "Skill level"];
  const body = Array.from({ length: 10 }, (_, round) =>
    Array.from({ length: 5_000 }, (_, p) => [
      `E${String(p).padStart(5, "0")}`,
      `Person ${p}`,
      `FY${2020 + (round >> 1)} H${(round % 2) + 1}`,
      `${2020 + (round >> 1)}-${round % 2 ? "09-30" : "03-31"}`,
      (p + round) % 8,
      "",
      "",
    ]),
  ).flat();

  it("takes one person's rows with the header row apart, so a call stays small", () => {
    const whole = [header, ...body];
    const mine = body.filter((r) => r[0] === "E00042");
    expect(utf8(whole)).toBeGreaterThan(2_500_000); // half the ~5 MB limit in one call
    expect(utf8(mine) + utf8([header])).toBeLessThan(2_000);
    const spill = ITSSHISTORY("E00042", mine, [header]);
    expect(spill).toEqual(ITSSHISTORY("E00042", whole));
    expect(spill).toHaveLength(10);
    // FILTER(…, "") gives "" when the person has no rows: #N/A, as with the whole table.
    expect(() => ITSSHISTORY("E99999", [[""]], [header])).toThrow(/has no rows/);
  });
});
