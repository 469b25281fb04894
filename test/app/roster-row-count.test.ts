/** How many people a "replace the Roster" would remove: what the pane's question says. */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createRoster, rosterRowCount, scoreRoster } from "../../src/app/roster";

const template = { sampleRows: false, useCompanyRules: false, edition: "V3" } as const;

describe("rosterRowCount", () => {
  it("is 0 without a Roster table", async () => {
    expect(await rosterRowCount(new MemoryWorkbook())).toBe(0);
  });

  it.each(["en", "ja"] as const)(
    "is 0 for a template's empty row, even after scoring (%s headers)",
    async (lang) => {
      const wb = new MemoryWorkbook();
      await createRoster(wb, { ...template, lang });
      await scoreRoster(wb, {
        lang,
        edition: "V3",
        useCompanyRules: false,
        mode: "values",
        fromSelection: false,
      });
      expect(wb.table("Roster")?.rows).toBeGreaterThan(1);
      expect(await rosterRowCount(wb)).toBe(0);
    },
  );

  it("counts the rows that hold someone", async () => {
    const wb = new MemoryWorkbook();
    await createRoster(wb, { ...template, lang: "en", sampleRows: true });
    expect(await rosterRowCount(wb)).toBe(16);
  });
});
