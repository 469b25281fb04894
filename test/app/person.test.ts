/** The person summary use case: who is summarised, and what it says when it cannot be built. */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayOf } from "../../src/app/engagements";
import { buildPersonSummary, listRosterPeople, PERSON_TEXT } from "../../src/app/person";
import { compareSelfManager } from "../../src/app/rounds";
import { APP_MESSAGES } from "../../src/app/problem";
import type { SheetCell } from "../../src/core/sheets/sheet-table";
import { HEADER, hardware, type Person } from "../core/rounds/roster";

const options = { lang: "en", edition: "V3", asOf: dayOf(2026, 12, 1) } as const;

async function workbookOf(people: readonly Person[]): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  const rows = people.map((p) => HEADER.map((h) => String(p[h] ?? "")) as SheetCell[]);
  await wb.writeTables([
    { sheet: "Roster", table: "Roster", headers: [...HEADER], rows, text: HEADER.map(() => true) },
  ]);
  return wb;
}

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };

describe("buildPersonSummary", () => {
  it("summarises a person with self and manager rows once, on the manager's row", async () => {
    const wb = await workbookOf([
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(4) },
      { "Employee ID": "E002", Name: "Ito", "Assessed by": "Manager", ...hardware(3) },
    ]);
    expect(await listRosterPeople(wb, options)).toEqual([
      { employeeId: "E001", name: "Sato" },
      { employeeId: "E002", name: "Ito" },
    ]);
    const result = await buildPersonSummary(wb, { ...options, person: "E001" });
    expect(result).toMatchObject({
      employeeId: "E001",
      level: 4,
      choices: [{ employeeId: "E001" }, { employeeId: "E002" }],
    });
    const heading = wb.values("Person", 0, 0, 7, 4);
    expect(heading[3]).toEqual(["Specialty field", "Hardware", "Assessed by", "Manager"]);
    expect(heading[4]?.slice(0, 2)).toEqual(["KPI level", 4]);
    expect(heading[6]).toEqual(["Prepared on", "2026-12-01", null, null]);
  });

  it("shows the agreed level when the Self vs Manager sheet settles the person's difference", async () => {
    const wb = await workbookOf([
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(4) },
    ]);
    await compareSelfManager(wb, { lang: "en", edition: "V3" });
    const table = wb.table("Self_vs_Manager");
    const headers = wb.values("Self vs Manager", table?.top ?? 0, 0, 1, table?.columns ?? 0)[0] ?? [];
    wb.putCell("Self vs Manager", (table?.top ?? 0) + 1, headers.indexOf("Agreed level"), 5);
    const result = await buildPersonSummary(wb, { ...options, person: "E001" });
    expect(result.level).toBe(5);
    const heading = wb.values("Person", 0, 0, 7, 4);
    expect(heading[3]?.[3]).toBe("Agreed by self and manager (Manager's row: 4)");
    expect(heading[4]?.slice(0, 2)).toEqual(["KPI level", 5]);
  });

  it("starts with the first person when nobody is chosen", async () => {
    const wb = await workbookOf([{ ...sato, ...hardware(3) }]);
    expect((await buildPersonSummary(wb, options)).employeeId).toBe("E001");
  });

  it("says so when there is no roster, or no Employee ID in it, and writes nothing", async () => {
    await expect(buildPersonSummary(new MemoryWorkbook(), options)).rejects.toThrow(APP_MESSAGES.noRoster.en);
    const wb = await workbookOf([{ Name: "Nobody", ...hardware(3) }]);
    await expect(buildPersonSummary(wb, options)).rejects.toThrow(PERSON_TEXT.noPeople.en);
    expect(await wb.listSheets()).toEqual(["Roster"]);
  });
});
