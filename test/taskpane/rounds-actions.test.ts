/**
 * The assessment-round actions on the in-memory workbook, as an HR manager uses
 * them: compare, type the agreed level, close the round, close it again, draw the
 * trends; and what the sheets hold after each step.
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { SheetCell } from "../../src/core/sheets/sheet-table";
import { ActionProblem } from "../../src/app/roster";
import { buildTrends, closeRound, compareSelfManager, historyRounds } from "../../src/app/rounds";
import { HEADER, hardware, type Person } from "../core/rounds/roster";

const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
const suzuki = { "Employee ID": "E002", Name: "Suzuki", Department: "Support" };
const tanaka = { "Employee ID": "E003", Name: "Tanaka", Department: "Desk" };
const ito = { "Employee ID": "0012", Name: "Ito", Department: "Desk" };

/** Self 5 / manager 4 for Sato, both 4 for Suzuki, self 4 / manager 3 for Tanaka, only a manager row for Ito. */
const ROUND_ONE: Person[] = [
  { ...sato, "Assessed by": "Self", ...hardware(5) },
  { ...sato, "Assessed by": "Manager", ...hardware(5), Succession: 1 },
  { ...suzuki, "Assessed by": "Self", ...hardware(4) },
  { ...suzuki, "Assessed by": "Manager", ...hardware(4) },
  { ...tanaka, "Assessed by": "Self", ...hardware(4) },
  { ...tanaka, "Assessed by": "Manager", ...hardware(3) },
  { ...ito, "Assessed by": "Manager", ...hardware(3) },
];

const EN = { lang: "en", edition: "V3" } as const;

/** The Roster table as a person would paste it: every cell text, IDs such as 0012 included. */
async function writeRoster(
  wb: MemoryWorkbook,
  people: readonly Person[],
  header: readonly string[] = HEADER,
) {
  const rows = people.map((p) => header.map((h) => String(p[h as keyof Person] ?? "")) as SheetCell[]);
  await wb.writeTables([
    { sheet: "Roster", table: "Roster", headers: [...header], rows, text: header.map(() => true) },
  ]);
}

async function workbook(people: readonly Person[] = ROUND_ONE): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await writeRoster(wb, people);
  return wb;
}

/** A table's body as displayed, header row first. */
function tableValues(wb: MemoryWorkbook, name: string): SheetCell[][] {
  const t = wb.table(name);
  if (!t) throw new Error(`no table ${name}`);
  return wb.values(t.sheet, t.top, t.left, t.rows, t.columns);
}

/** Types into the Self vs Manager sheet, as HR does after the talk with both sides. */
function typeAgreed(wb: MemoryWorkbook, employeeId: string, level: SheetCell, comment = "") {
  const t = wb.table("Self_vs_Manager")!;
  const values = tableValues(wb, "Self_vs_Manager");
  const header = values[0] ?? [];
  const r = values.findIndex((row) => row[0] === employeeId);
  const cells = wb.sheet(t.sheet)!.cells;
  cells[t.top + r]![t.left + header.indexOf("Agreed level")] = { value: level };
  cells[t.top + r]![t.left + header.indexOf("Comment")] = { value: comment };
}

async function closed(wb: MemoryWorkbook, roundLabel: string, replace = false, date = "2026-09-30") {
  const result = await closeRound(wb, { ...EN, roundLabel, date, replace });
  if (result.kind !== "closed") throw new Error(`expected the round to close: ${result.message.en}`);
  return result;
}

describe("compare self and manager", () => {
  it("lists the people whose levels differ with the criteria that differ, and writes the Self vs Manager sheet", async () => {
    const wb = await workbook();
    const result = await compareSelfManager(wb, EN);
    expect(result.disagreements.map((d) => [d.employeeId, d.selfLevel, d.managerLevel])).toEqual([
      ["E001", 5, 4],
      ["E003", 4, 3],
    ]);
    expect(result.disagreements[0]?.differences.map((x) => x.message.en)).toEqual([
      "Succession: self 3, manager 1",
    ]);
    expect(result.disagreements[1]?.differences.map((x) => x.message.en)).toEqual([
      "Role: self Responsible, manager Member",
      "Projects: self 2, manager 1",
      "Scope: self Industry or wide area, manager Specific users",
      "Succession: self 1, manager 0",
      "Mentoring: self yes, manager no",
    ]);
    expect(result.sameLevel).toBe(1);
    expect(result.issues.map((i) => [i.kind, i.employeeId])).toEqual([["missing-self", "0012"]]);
    // The manager's row of Sato is sheet row 3: the pane selects it.
    expect(result.disagreements[0]?.managerRow).toBe(3);
    expect(result.roster).toEqual({ sheet: "Roster", firstColumn: 0 });

    expect(tableValues(wb, "Self_vs_Manager")).toEqual([
      [
        "Employee ID",
        "Name",
        "Department",
        "Field",
        "Self level",
        "Manager level",
        "Differences",
        "Agreed level",
        "Comment",
      ],
      ["E001", "Sato", "Support", "Hardware", 5, 4, "Succession: self 3, manager 1", "", ""],
      [
        "E003",
        "Tanaka",
        "Desk",
        "Hardware",
        4,
        3,
        [
          "Role: self Responsible, manager Member",
          "Projects: self 2, manager 1",
          "Scope: self Industry or wide area, manager Specific users",
          "Succession: self 1, manager 0",
          "Mentoring: self yes, manager no",
        ].join("\n"),
        "",
        "",
      ],
    ]);
    expect(wb.table("Self_vs_Manager")?.sheet).toBe("Self vs Manager");
  });

  it("keeps the agreed levels and comments HR typed when comparing again, also for someone who no longer differs", async () => {
    const wb = await workbook();
    await compareSelfManager(wb, EN);
    typeAgreed(wb, "E001", "Lv 5", "Agreed in the 1:1");
    typeAgreed(wb, "E003", 9, "typo kept for HR to fix");
    // Tanaka's manager corrects the row: both now say 4, so Tanaka no longer differs.
    await writeRoster(
      wb,
      ROUND_ONE.map((p) =>
        p === ROUND_ONE[5] ? { ...tanaka, "Assessed by": "Manager", ...hardware(4) } : p,
      ),
    );
    const again = await compareSelfManager(wb, { lang: "ja", edition: "V3" });
    expect(again.disagreements.map((d) => d.employeeId)).toEqual(["E001"]);
    expect(again.carriedOver).toBe(1);
    expect(again.kept).toBe(1);
    const values = tableValues(wb, "Self_vs_Manager");
    expect(values[0]?.[7]).toBe("合意レベル");
    expect(values[1]?.slice(0, 1).concat(values[1].slice(7))).toEqual(["E001", "Lv 5", "Agreed in the 1:1"]);
    expect(values[2]?.[0]).toBe("E003");
    expect(values[2]?.slice(7)).toEqual([9, "typo kept for HR to fix"]);
    expect(String(values[2]?.[6])).toMatch(/^最新の比較に含まれていません/);
    expect(values).toHaveLength(3);
  });

  it("asks for an Assessed by column when the roster has none", async () => {
    const wb = new MemoryWorkbook();
    await writeRoster(
      wb,
      [{ ...sato, ...hardware(4) }],
      HEADER.filter((h) => h !== "Assessed by"),
    );
    const error = await compareSelfManager(wb, EN).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionProblem);
    expect((error as ActionProblem).detail.en).toMatch(/no "Assessed by" column/);
    expect((error as ActionProblem).detail.ja).toMatch(/「評価者」列がありません/);
    expect(wb.table("Self_vs_Manager")).toBeUndefined();
  });
});

describe("close the round", () => {
  it("records each person once, at the agreed level typed in the sheet, and the trends count that level", async () => {
    const wb = await workbook();
    await compareSelfManager(wb, EN);
    typeAgreed(wb, "E001", 5, "Book counts");
    const result = await closed(wb, "FY2026 H1");
    expect(result).toMatchObject({
      round: "FY2026 H1",
      recorded: 4,
      replaced: 0,
      agreedUsed: 1,
      withoutLevel: 0,
    });
    expect(tableValues(wb, "History")).toEqual([
      [
        "Employee ID",
        "Name",
        "Department",
        "Field",
        "Assessed level",
        "Agreed level",
        "Skill level",
        "Round",
        "Date",
      ],
      ["E001", "Sato", "Support", "Hardware", 4, 5, "", "FY2026 H1", "2026-09-30"],
      ["E002", "Suzuki", "Support", "Hardware", 4, "", "", "FY2026 H1", "2026-09-30"],
      ["E003", "Tanaka", "Desk", "Hardware", 3, "", "", "FY2026 H1", "2026-09-30"],
      ["0012", "Ito", "Desk", "Hardware", 3, "", "", "FY2026 H1", "2026-09-30"],
    ]);
    // IDs and dates are text cells: "0012" stays "0012", the date never becomes a serial.
    const history = wb.table("History")!;
    const ids = wb
      .sheet("Round History")!
      .cells.slice(1)
      .map((r) => r?.[0]);
    expect(ids.every((c) => c?.text === true)).toBe(true);
    expect(wb.sheet("Round History")!.cells[4]?.[8]).toMatchObject({ value: "2026-09-30", text: true });
    expect(history.rows).toBe(5);

    await buildTrends(wb, { lang: "en" });
    expect(tableValues(wb, "Trends_Overall")).toEqual([
      [
        "Round",
        "Not yet level 1",
        "Level 1",
        "Level 2",
        "Level 3",
        "Level 4",
        "Level 5",
        "Level 6",
        "Level 7",
        "Total",
        "Without a level",
      ],
      ["FY2026 H1", 0, 0, 0, 2, 1, 1, 0, 0, 4, 0],
    ]);
  });

  it("does not record an agreed level that settled other levels than the roster gives now", async () => {
    const wb = await workbook();
    await compareSelfManager(wb, EN);
    typeAgreed(wb, "E001", 5);
    typeAgreed(wb, "E003", 4);
    // Sato's manager re-rates him 3: the agreement on self 5 / manager 4 no longer applies.
    await writeRoster(
      wb,
      ROUND_ONE.map((p) => (p === ROUND_ONE[1] ? { ...sato, "Assessed by": "Manager", ...hardware(3) } : p)),
    );
    const result = await closed(wb, "FY2026 H1");
    expect(result.agreedUsed).toBe(1);
    expect(result.problems.map((p) => p.en)).toEqual([
      "Employee E001 (Sato): agreed level 5 (row 2 of Self vs Manager) was not used: it settled self 5, manager 4, the roster now gives self 5, manager 3. Compare again and check the agreed level",
    ]);
    expect(tableValues(wb, "History").map((r) => [r[0], r[4], r[5]])).toEqual([
      ["Employee ID", "Assessed level", "Agreed level"],
      ["E001", 3, ""],
      ["E002", 4, ""],
      ["E003", 3, 4],
      ["0012", 3, ""],
    ]);
  });

  it("asks before replacing a closed round; once confirmed, other rounds keep every cell and their order", async () => {
    const wb = await workbook();
    await closed(wb, "FY2025 H2", false, "2026-03-31");
    await closed(wb, "FY2026 H1");
    await closed(wb, "FY2026 H2", false, "2026-11-20");
    const sheet = wb.sheet("Round History")!;
    const snapshot = (): string[] => sheet.cells.map((r) => JSON.stringify(r));
    const before = snapshot();

    const ask = await closeRound(wb, {
      ...EN,
      roundLabel: " fy2026  h1 ",
      date: "2026-10-01",
      replace: false,
    });
    expect(ask).toMatchObject({ kind: "needs-confirmation", round: "fy2026  h1", replacedCount: 4 });
    expect(ask.kind === "needs-confirmation" && ask.message.en).toMatch(
      /already closed \(4 rows in History\)/,
    );
    expect(snapshot()).toEqual(before);

    // Suzuki's manager now rates 5; the round is closed again and replaced.
    await writeRoster(
      wb,
      ROUND_ONE.map((p) =>
        p === ROUND_ONE[3] ? { ...suzuki, "Assessed by": "Manager", ...hardware(5) } : p,
      ),
    );
    const writes = jest.spyOn(wb, "writeTables");
    const reports = jest.spyOn(wb, "writeReport");
    const result = await closed(wb, "FY2026 H1", true, "2026-10-01");
    expect(result).toMatchObject({ recorded: 4, replaced: 4 });
    expect(writes).not.toHaveBeenCalled();
    expect(reports).not.toHaveBeenCalled();

    const after = snapshot();
    // Header and FY2025 H2 (rows 1-4) untouched; FY2026 H2 (rows 9-12) moved up, cell for cell.
    expect(after.slice(0, 5)).toEqual(before.slice(0, 5));
    expect(after.slice(5, 9)).toEqual(before.slice(9, 13));
    expect(after).toHaveLength(13);
    const rounds = tableValues(wb, "History").map((r) => [r[0], r[4], r[7], r[8]]);
    expect(rounds.slice(9)).toEqual([
      ["E001", 4, "FY2026 H1", "2026-10-01"],
      ["E002", 5, "FY2026 H1", "2026-10-01"],
      ["E003", 3, "FY2026 H1", "2026-10-01"],
      ["0012", 3, "FY2026 H1", "2026-10-01"],
    ]);
    // At the bottom of the table, the replaced round still comes between the others by its date.
    expect(await historyRounds(wb)).toEqual(["FY2025 H2", "FY2026 H1", "FY2026 H2"]);
  });

  it("refuses a label Excel would read as a formula before reading anything", async () => {
    const wb = await workbook();
    const read = jest.spyOn(wb, "findRoster");
    const error = await closeRound(wb, {
      ...EN,
      roundLabel: "=1+1",
      date: "2026-09-30",
      replace: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionProblem);
    expect((error as ActionProblem).detail.en).toMatch(/starts with =, which Excel reads as a formula/);
    expect(read).not.toHaveBeenCalled();
    expect(wb.table("History")).toBeUndefined();
  });

  it("never takes History for the roster when the workbook has no roster", async () => {
    const wb = await workbook();
    await closed(wb, "FY2026 H1");
    wb.tables.splice(
      wb.tables.findIndex((t) => t.name === "Roster"),
      1,
    );
    const error = await closeRound(wb, {
      ...EN,
      roundLabel: "FY2026 H2",
      date: "2026-09-30",
      replace: false,
    }).catch((e: unknown) => e);
    expect((error as ActionProblem).detail.en).toMatch(/^No roster found/);
    expect(tableValues(wb, "History")).toHaveLength(5);
  });

  it("records a person whose deciding row is invalid with a blank level, and says so", async () => {
    const wb = await workbook([
      { ...sato, "Assessed by": "Self", ...hardware(4) },
      { ...sato, "Assessed by": "Manager", ...hardware(4), "Specialty Field": "Hardwear" },
      { ...suzuki, "Assessed by": "Colleague", ...hardware(3) },
    ]);
    const result = await closed(wb, "FY2026 H1");
    expect(result.withoutLevel).toBe(1);
    expect(result.problems.map((p) => p.en)).toEqual([
      'Row 4, column "Assessed by": "Colleague" is not an assessor. Valid: Self, Manager (本人, 上長).',
    ]);
    expect(tableValues(wb, "History")[1]?.slice(0, 6)).toEqual(["E001", "Sato", "Support", "", "", ""]);
  });
});

describe("trends", () => {
  /** Round 1: Sato 4, Suzuki 4, Tanaka 3, Ito 3. Round 2: Sato 5, Suzuki 3, Ito left, Kato new at 3, Tanaka 3. */
  async function twoRounds(): Promise<MemoryWorkbook> {
    const wb = await workbook();
    await closed(wb, "FY2026 H1");
    const kato = { "Employee ID": "E009", Name: "Kato", Department: "Desk" };
    await writeRoster(wb, [
      { ...sato, "Assessed by": "Manager", ...hardware(5) },
      { ...suzuki, "Assessed by": "Manager", ...hardware(3) },
      { ...tanaka, "Assessed by": "Manager", ...hardware(3) },
      { ...kato, "Assessed by": "Manager", ...hardware(3), "Specialty Field": "Software" },
    ]);
    await closed(wb, "FY2026 H2", false, "2027-03-31");
    return wb;
  }

  it("counts people per level per round, overall and per field, with a stacked chart over the rounds", async () => {
    const wb = await twoRounds();
    const result = await buildTrends(wb, { lang: "en", fromRound: "FY2026 H1", toRound: "FY2026 H2" });
    expect(result.rounds).toEqual(["FY2026 H1", "FY2026 H2"]);
    expect(tableValues(wb, "Trends_Overall").slice(1)).toEqual([
      ["FY2026 H1", 0, 0, 0, 2, 2, 0, 0, 0, 4, 0],
      ["FY2026 H2", 0, 0, 0, 3, 0, 1, 0, 0, 4, 0],
    ]);
    expect(tableValues(wb, "Trends_hardware").slice(1)).toEqual([
      ["FY2026 H1", 0, 0, 0, 2, 2, 0, 0, 0, 4],
      ["FY2026 H2", 0, 0, 0, 2, 0, 1, 0, 0, 3],
    ]);
    expect(tableValues(wb, "Trends_hardware")[0]?.[0]).toBe("Round (Hardware)");
    expect(
      wb.charts.filter((c) => c.sheet === "Trends").map((c) => [c.name, c.kind, c.table, c.columns]),
    ).toEqual([
      ["ITSS_Trends_Overall", "columnStacked", "Trends_Overall", 9],
      ["ITSS_Trends_hardware", "columnStacked", "Trends_hardware", 9],
      ["ITSS_Trends_software", "columnStacked", "Trends_software", 9],
    ]);
  });

  it("shows who moved up, stayed, moved down, is new or left, with the people behind each count", async () => {
    const wb = await twoRounds();
    const result = await buildTrends(wb, { lang: "en", fromRound: "FY2026 H1", toRound: "FY2026 H2" });
    expect(result.movement?.counts).toEqual({
      "moved-up": 1,
      same: 1,
      "moved-down": 1,
      new: 1,
      left: 1,
      unrated: 0,
    });
    expect(tableValues(wb, "Trends_Movement")).toEqual([
      ["Movement: FY2026 H1 → FY2026 H2", "People", "Who"],
      ["Moved up", 1, "Sato (E001) 4 → 5"],
      ["Same", 1, "Tanaka (E003) 3 → 3"],
      ["Moved down", 1, "Suzuki (E002) 4 → 3"],
      ["New", 1, "Kato (E009) – → 3"],
      ["Left", 1, "Ito (0012) 3 → –"],
    ]);
    expect(tableValues(wb, "Trends_MovementPeople")).toEqual([
      ["Employee ID", "Name", "Department", "Field", "Level in FY2026 H1", "Level in FY2026 H2", "Movement"],
      ["E001", "Sato", "Support", "Hardware", 4, 5, "Moved up"],
      ["E003", "Tanaka", "Desk", "Hardware", 3, 3, "Same"],
      ["E002", "Suzuki", "Support", "Hardware", 4, 3, "Moved down"],
      ["E009", "Kato", "Desk", "Software", "", 3, "New"],
      ["0012", "Ito", "Desk", "Hardware", 3, "", "Left"],
    ]);
  });

  it("compares the last two rounds when none are chosen, in Japanese, and draws one round without movement", async () => {
    const wb = await twoRounds();
    const result = await buildTrends(wb, { lang: "ja" });
    expect([result.movement?.fromRound, result.movement?.toRound]).toEqual(["FY2026 H1", "FY2026 H2"]);
    expect(tableValues(wb, "Trends_Movement").slice(0, 2)).toEqual([
      ["変化：FY2026 H1 → FY2026 H2", "人数", "対象者"],
      ["上昇", 1, "Sato (E001) 4 → 5"],
    ]);
    expect(tableValues(wb, "Trends_hardware")[0]?.[0]).toBe("評価回（ハードウェア）");
    expect(wb.charts.find((c) => c.name === "ITSS_Trends_Overall")?.title).toBe(
      "評価回別のレベル分布（人数）",
    );

    const single = await workbook();
    await closed(single, "FY2026 H1");
    const one = await buildTrends(single, { lang: "en" });
    expect(one.movement).toBeNull();
    expect(single.table("Trends_Movement")).toBeUndefined();
    expect(single.charts.map((c) => c.name)).toEqual(["ITSS_Trends_Overall", "ITSS_Trends_hardware"]);
  });

  it("refuses the same round twice, a round History does not have, and a workbook without History", async () => {
    const wb = await twoRounds();
    const same = await buildTrends(wb, { lang: "en", fromRound: "FY2026 H1", toRound: "fy2026 h1" }).catch(
      (e: unknown) => e,
    );
    expect((same as ActionProblem).detail.en).toBe("Choose two different rounds to see who moved.");
    const unknown = await buildTrends(wb, { lang: "en", fromRound: "FY2020 H1", toRound: "FY2026 H2" }).catch(
      (e: unknown) => e,
    );
    expect((unknown as ActionProblem).detail.en).toBe(
      'History has no round "FY2020 H1". Rounds: FY2026 H1, FY2026 H2',
    );
    const empty = await buildTrends(new MemoryWorkbook(), { lang: "en" }).catch((e: unknown) => e);
    expect((empty as ActionProblem).detail.en).toMatch(/no History table yet/);
    expect(await historyRounds(new MemoryWorkbook())).toEqual([]);
  });
});
