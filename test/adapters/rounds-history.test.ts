/**
 * Closing a round in Excel: the History table only grows at the end, or loses
 * exactly the replaced round's rows. Against the Excel double: the number of
 * syncs does not grow with the history (apart from chunking of the new rows),
 * requests stay under Excel on the web's limit, calculation is suspended while
 * rows are appended, and text columns are formatted as text.
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { chunkRows } from "../../src/adapters/workbook";
import { planCloseRound, type CloseRoundChange } from "../../src/core/rounds/close-round";
import { historyHeader, type HistoryEntry } from "../../src/core/rounds/history";
import { historyTableSpec } from "../../src/core/rounds/sheets";
import type { TableData } from "../../src/core/sheets/sheet-table";
import { closeRound } from "../../src/app/rounds";
import { eachProfile, FakeExcel } from "../helpers/mock-excel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
const NOT_LOADED = /Error, (property was not loaded|context.sync\(\) was not called)/;
const COLUMNS = historyHeader("en").length;

/** One round's entries for `people` people, IDs such as "0001" (text that looks like a number). */
function round(label: string, people: number, date = "2026-09-30"): HistoryEntry[] {
  return Array.from({ length: people }, (_, i) => ({
    employeeId: String(i + 1).padStart(4, "0"),
    name: `Person ${i + 1}`,
    department: i % 2 === 0 ? "Support" : "Desk",
    field: "hardware",
    assessedLevel: 3 + (i % 3),
    agreedLevel: null,
    skillLevel: null,
    round: label,
    date,
    row: null,
  }));
}

/** History rows as Excel holds them, `perRound` rows per round label. */
function historyRows(labels: readonly string[], perRound: number): (string | number)[][] {
  return labels.flatMap((label, r) =>
    round(label, perRound, `2025-0${r + 1}-01`).map((e) => [
      e.employeeId,
      e.name,
      e.department,
      "Hardware",
      e.assessedLevel ?? "",
      "",
      "",
      e.round,
      e.date,
    ]),
  );
}

function fakeWithHistory(rows: readonly (string | number)[][]): FakeExcel {
  const fake = new FakeExcel({ Notes: [["keep me"]] });
  fake.addTable(
    { name: "History", sheet: "Round History", top: 0, left: 0, rows: rows.length + 1, columns: COLUMNS },
    [historyHeader("en"), ...rows],
  );
  fake.install();
  return fake;
}

async function readHistoryTable(): Promise<TableData> {
  const table = await new ExcelWorkbook().readTable("History");
  if (!table) throw new Error("no History");
  return table;
}

/** Plans closing `label` over what Excel holds, then applies it: the syncs counted are the write's alone. */
async function close(fake: FakeExcel, entries: readonly HistoryEntry[], label: string, replace = false) {
  const table = await readHistoryTable();
  const plan = planCloseRound([table.headers, ...table.rows], entries, label, { replace });
  if (plan.kind === "invalid" || plan.kind === "needs-confirmation") throw new Error(plan.kind);
  fake.syncs.length = 0;
  await new ExcelWorkbook().updateTableRows(historyTableSpec(plan.header), {
    remove: plan.rowsToRemove,
    append: plan.rowsToAppend,
  });
  return { plan: plan as CloseRoundChange, syncs: [...fake.syncs] };
}

eachProfile(() => {
  describe("appending a round to History", () => {
    it("takes the same number of syncs for a 10-row and a 20,000-row history", async () => {
      const small = await close(fakeWithHistory(historyRows(["R1", "R2"], 5)), round("R3", 40), "R3");
      const large = await close(fakeWithHistory(historyRows(["R1", "R2"], 10_000)), round("R3", 40), "R3");
      expect(large.syncs).toHaveLength(small.syncs.length);
      // Shape, table position, one chunk of rows, the final sync.
      expect(small.syncs.length).toBeLessThanOrEqual(4);
    });

    it("grows only by one sync per chunk of new rows; every request stays under the limit with calculation suspended", async () => {
      const small = await close(fakeWithHistory(historyRows(["R1"], 10)), round("R2", 40), "R2");
      const fake = fakeWithHistory(historyRows(["R1", "R2"], 10_000));
      const large = await close(fake, round("R3", 20_000), "R3");
      const chunks = chunkRows(large.plan.rowsToAppend).length;
      expect(chunks).toBeGreaterThan(1);
      expect(large.syncs.length - chunks).toBe(small.syncs.length - 1);
      for (const s of large.syncs) expect(s.bytes).toBeLessThan(EXCEL_WEB_LIMIT);
      // One suspended request per chunk of appended rows, and no bulk write outside them.
      expect(large.syncs.filter((s) => s.suspended)).toHaveLength(chunks);
      for (const s of large.syncs.filter(
        (x) => x.writes.some((w) => w.startsWith("values")) && x.bytes > 10_000,
      ))
        expect(s.suspended).toBe(true);
      expect(fake.tables.find((t) => t.name === "History")?.rows).toBe(1 + 20_000 + 20_000);
    });

    it("leaves every existing row as it was and formats the new rows' ID, round and date as text", async () => {
      const rows = historyRows(["R1", "R2"], 5);
      const fake = fakeWithHistory(rows);
      const before = JSON.stringify(fake.grid("Round History").slice(0, 11));
      await close(fake, round("R3", 3), "R3");
      expect(JSON.stringify(fake.grid("Round History").slice(0, 11))).toBe(before);
      expect(fake.grid("Round History").slice(11)).toEqual([
        ["0001", "Person 1", "Support", "Hardware", 3, "", "", "R3", "2026-09-30"],
        ["0002", "Person 2", "Desk", "Hardware", 4, "", "", "R3", "2026-09-30"],
        ["0003", "Person 3", "Support", "Hardware", 5, "", "", "R3", "2026-09-30"],
      ]);
      expect([0, 4, 7, 8].map((c) => fake.numberFormat("Round History", 11, c))).toEqual([
        "@",
        "General",
        "@",
        "@",
      ]);
      expect(fake.cell("Notes", 0, 0)).toBe("keep me");
    });
  });

  describe("replacing a round in History", () => {
    it("deletes only that round's rows, wherever they are, and appends the new ones at the end", async () => {
      // R2 rows sit between R1 rows (a hand-sorted table), and R3 follows.
      const r1 = historyRows(["R1"], 4);
      const r2 = historyRows(["R1", "R2"], 3).slice(3);
      const r3 = historyRows(["R1", "R2", "R3"], 2).slice(4);
      const rows = [r1[0]!, r2[0]!, r1[1]!, r2[1]!, r2[2]!, r1[2]!, r1[3]!, ...r3];
      const fake = fakeWithHistory(rows);
      const { plan, syncs } = await close(fake, round("R2", 2, "2026-10-01"), "R2", true);
      expect(plan.rowsToRemove).toEqual([1, 3, 4]);
      const body = fake.grid("Round History").slice(1);
      expect(body.slice(0, 6)).toEqual([r1[0], r1[1], r1[2], r1[3], ...r3]);
      expect(body.slice(6).map((r) => [r[0], r[7], r[8]])).toEqual([
        ["0001", "R2", "2026-10-01"],
        ["0002", "R2", "2026-10-01"],
      ]);
      expect(body).toHaveLength(8);
      expect(fake.tables.find((t) => t.name === "History")?.rows).toBe(9);
      // Deleting is batched: one request for the deletes, whatever their number.
      expect(syncs.length).toBeLessThanOrEqual(5);
    });
  });

  describe("closing a round through the Excel adapter", () => {
    it("creates History from the roster in Excel, no unloaded value reaching a cell", async () => {
      const header = [
        "Employee ID",
        "Name",
        "Assessed by",
        "Specialty Field",
        "Role",
        "Projects",
        "Complexity",
        "Scope",
        "Themes",
      ];
      const fake = new FakeExcel();
      fake.addTable({ name: "Roster", sheet: "Roster", top: 0, left: 0, rows: 3, columns: header.length }, [
        header,
        ["0012", "Ito", "Self", "Hardware", "Member", 1, 2, "Specific users", 1],
        ["0012", "Ito", "Manager", "Hardware", "Member", 1, 2, "Specific users", 1],
      ]);
      fake.install();
      const result = await closeRound(new ExcelWorkbook(), {
        lang: "en",
        edition: "V3",
        roundLabel: "2026-1",
        date: "2026-09-30",
        replace: false,
      });
      expect(result).toMatchObject({ kind: "closed", recorded: 1 });
      expect(fake.tables.map((t) => t.name)).toEqual(["Roster", "History"]);
      expect(fake.grid("Round History")).toEqual([
        historyHeader("en"),
        ["0012", "Ito", "", "Hardware", 3, "", "", "2026-1", "2026-09-30"],
      ]);
      // Text format goes in before the values, so "2026-1" and "0012" stay text in Excel.
      const write = fake.syncs.find((s) => s.writes.length > 0);
      expect(write?.writes.slice(0, 2)).toEqual(["numberFormat@0,0", "values@0,0"]);
      expect(fake.numberFormat("Round History", 1, 7)).toBe("@");
      expect(JSON.stringify(fake.grid("Round History"))).not.toMatch(NOT_LOADED);
    });
  });
});
