import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { openRosterFile } from "../../src/app/open-file";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", "roster-sample.csv")));

describe("opening a file in the preview never removes a sheet", () => {
  it("a file named Roster keeps its own sheet beside the Roster table", async () => {
    const workbook = new MemoryWorkbook();
    await openRosterFile(workbook, SAMPLE, "Roster.csv");
    const names = workbook.sheets.map((s) => s.name);
    expect(names).toContain("Roster");
    expect(names).toContain("Roster (2)");
    expect(workbook.values("Roster (2)", 0, 0, 1, 1)[0]?.[0]).toBe("Employee ID");
  });

  it("a file named like a sheet already there gets a sheet of its own; the earlier one stays", async () => {
    const workbook = new MemoryWorkbook();
    workbook.putSheet("team", [["mine"]]);
    await openRosterFile(workbook, SAMPLE, "team.csv");
    expect(workbook.values("team", 0, 0, 1, 1)[0]?.[0]).toBe("mine");
    expect(workbook.sheets.map((s) => s.name)).toContain("team (2)");
  });

  it("a file whose name Excel would refuse as a sheet name gets a name Excel accepts", async () => {
    const workbook = new MemoryWorkbook();
    await openRosterFile(workbook, SAMPLE, "History.csv");
    await openRosterFile(workbook, SAMPLE, "staff [2026]: Q1.csv");
    const names = workbook.sheets.map((s) => s.name);
    expect(names).toContain("History (2)");
    expect(names).toContain("staff _2026__ Q1");
    expect(names.map((n) => n.toLowerCase())).not.toContain("history");
  });
});

describe("opening a file that is not a roster", () => {
  it("is refused with a message naming the file, and the Roster is left as it was", async () => {
    const workbook = new MemoryWorkbook();
    await openRosterFile(workbook, SAMPLE, "roster.csv");
    const before = workbook.table("Roster")?.rows;
    const notRoster = new TextEncoder().encode("Colour,Weight\nred,3\nblue,4\n");
    await expect(openRosterFile(workbook, notRoster, "fruit.csv")).rejects.toMatchObject({
      detail: {
        en: expect.stringMatching(/^fruit\.csv has no roster columns/),
        ja: expect.stringMatching(/名簿の列/),
      },
    });
    expect(workbook.table("Roster")?.rows).toBe(before);
    expect(workbook.sheets.map((s) => s.name)).not.toContain("fruit");
  });
});
