import fc from "fast-check";
import { buildSnapshotRows } from "../../../src/core/rounds/close-round";
import { planCloseRound, type CloseRoundChange } from "../../../src/core/rounds/close-round";
import { historyHeader, type HistoryEntry } from "../../../src/core/rounds/history";
import { suggestRoundLabel, validateRoundLabel } from "../../../src/core/rounds/round-label";
import type { SnapshotPerson } from "../../../src/core/rounds/close-round";

const people: SnapshotPerson[] = [
  {
    employeeId: "E001",
    name: "Sato",
    department: "Support",
    field: "hardware",
    assessedLevel: 4,
    agreedLevel: 5,
  },
  {
    employeeId: "E002",
    name: "Suzuki",
    department: "Desk",
    field: "service-desk",
    assessedLevel: 3,
    agreedLevel: null,
    skillLevel: 2,
  },
];

function snapshot(round: string, who: readonly SnapshotPerson[] = people): HistoryEntry[] {
  const result = buildSnapshotRows(who, round, "2026-09-30");
  if (!result.ok) throw new Error(result.problems[0]?.en);
  return [...result.rows];
}

function change(plan: ReturnType<typeof planCloseRound>): CloseRoundChange {
  if (plan.kind === "invalid") throw new Error(plan.problems[0]?.en);
  return plan;
}

/** A History table already holding two rounds, as Excel reads it back (dates as serials). */
const existing = (): unknown[][] => [
  historyHeader("en"),
  ["E001", "Sato", "Support", "Hardware", 3, "", "", "FY2025 H2", 45930],
  ["E002", "Suzuki", "Desk", "Service Desk", 3, "", "", "FY2025 H2", 45930],
  ["E001", "Sato", "Support", "Hardware", 4, "", "", "FY2026 H1", 46112],
  ["E002", "Suzuki", "Desk", "Service Desk", 3, 4, "", "FY2026 H1", 46112],
];

describe("buildSnapshotRows", () => {
  it("stamps each person with the round label and the ISO date, skill level blank when absent", () => {
    const rows = snapshot(" FY2026 H2 ");
    expect(rows).toEqual([
      {
        employeeId: "E001",
        name: "Sato",
        department: "Support",
        field: "hardware",
        assessedLevel: 4,
        agreedLevel: 5,
        skillLevel: null,
        round: "FY2026 H2",
        date: "2026-09-30",
        row: null,
      },
      expect.objectContaining({ employeeId: "E002", skillLevel: 2, round: "FY2026 H2" }),
    ]);
  });

  it("takes a Date as the local calendar day", () => {
    const result = buildSnapshotRows(people, "FY2026 H2", new Date(2026, 8, 30, 1, 30));
    expect(result.ok && result.rows[0]?.date).toBe("2026-09-30");
  });

  it("refuses a bad label or a date that does not exist", () => {
    const result = buildSnapshotRows(people, "=SUM(A1)", "2026-02-30");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.en)).toEqual([
      'The round label "=SUM(A1)" starts with =, which Excel reads as a formula; start it with a letter or digit',
      '"2026-02-30" is not a date; use yyyy-mm-dd, such as 2026-09-30',
    ]);
  });
});

describe("suggestRoundLabel", () => {
  it("names the Japanese fiscal half-year of the day: April to September is H1, October to March H2", () => {
    expect(suggestRoundLabel(new Date(2026, 3, 1))).toBe("FY2026 H1");
    expect(suggestRoundLabel(new Date(2026, 8, 30))).toBe("FY2026 H1");
    expect(suggestRoundLabel(new Date(2026, 9, 1))).toBe("FY2026 H2");
    expect(suggestRoundLabel(new Date(2027, 2, 31))).toBe("FY2026 H2");
    expect(suggestRoundLabel(new Date(2027, 0, 5))).toBe("FY2026 H2");
    expect(validateRoundLabel(suggestRoundLabel(new Date())).ok).toBe(true);
  });
});

describe("validateRoundLabel", () => {
  it("accepts and trims ordinary labels", () => {
    expect(validateRoundLabel("  FY2026 H2\u3000")).toEqual({ ok: true, label: "FY2026 H2" });
    expect(validateRoundLabel("2026年度下期")).toEqual({ ok: true, label: "2026年度下期" });
    expect(validateRoundLabel("x".repeat(40))).toEqual({ ok: true, label: "x".repeat(40) });
  });

  it("refuses empty, too long, formula-like and multi-line labels, in both languages", () => {
    for (const bad of ["", "   ", "x".repeat(41), "=1+1", "+81", "-H2", "@round", "＝1", "FY2026\nH2"]) {
      const check = validateRoundLabel(bad);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.message.en).not.toBe("");
        expect(check.message.ja).not.toBe("");
      }
    }
    const long = validateRoundLabel("あ".repeat(41));
    expect(!long.ok && long.message.en).toBe("The round label has 41 characters; use at most 40");
  });
});

describe("planCloseRound", () => {
  it("creates the table with the header in the user's language when there is no History yet", () => {
    const plan = change(
      planCloseRound([], snapshot("FY2026 H2"), "FY2026 H2", { replace: false, lang: "ja" }),
    );
    expect(plan).toMatchObject({ kind: "append", createTable: true, replacedCount: 0, rowsToKeep: [] });
    expect(plan.header).toEqual(historyHeader("ja"));
    expect(plan.rowsToAppend).toEqual([
      ["E001", "Sato", "Support", "ハードウェア", 4, 5, "", "FY2026 H2", "2026-09-30"],
      ["E002", "Suzuki", "Desk", "サービスデスク", 3, "", 2, "FY2026 H2", "2026-09-30"],
    ]);
  });

  it("appends a new round and leaves every existing row exactly as it was", () => {
    const table = existing();
    const before = JSON.stringify(table);
    const plan = change(planCloseRound(table, snapshot("FY2026 H2"), "FY2026 H2", { replace: false }));
    expect(plan.kind).toBe("append");
    expect(plan.rowsToRemove).toEqual([]);
    expect(plan.header).toBe(table[0]);
    expect(plan.rowsToKeep).toHaveLength(4);
    plan.rowsToKeep.forEach((row, i) => expect(row).toBe(table[i + 1]));
    expect(plan.rowsToAppend).toHaveLength(2);
    expect(JSON.stringify(table)).toBe(before);
  });

  it("writes new rows in the existing table's own column order and language, blank under the company's extra columns", () => {
    const header = [
      "評価回",
      "社員番号",
      "メモ",
      "氏名",
      "部署",
      "専門分野",
      "評価レベル",
      "合意レベル",
      "日付",
    ];
    const plan = change(planCloseRound([header], snapshot("FY2026 H2"), "FY2026 H2", { replace: false }));
    expect(plan.rowsToAppend[0]).toEqual([
      "FY2026 H2",
      "E001",
      "",
      "Sato",
      "Support",
      "ハードウェア",
      4,
      5,
      "2026-09-30",
    ]);
  });

  it("asks for confirmation when the round was already closed, and changes nothing", () => {
    const table = existing();
    const plan = change(planCloseRound(table, snapshot("FY2026 H1"), "fy2026  h1", { replace: false }));
    expect(plan).toMatchObject({
      kind: "needs-confirmation",
      replacedCount: 2,
      rowsToAppend: [],
      rowsToRemove: [],
    });
    plan.rowsToKeep.forEach((row, i) => expect(row).toBe(table[i + 1]));
    expect(plan.message.en).toBe(
      'Round "fy2026  h1" was already closed (2 rows in History). Replace them with 2 new rows? Other rounds stay as they are.',
    );
    expect(plan.message.ja).toContain("置き換えますか");
  });

  it("replaces only that round's rows once confirmed; other rounds keep their rows and order", () => {
    const table = existing();
    const before = JSON.stringify(table);
    const plan = change(planCloseRound(table, snapshot("FY2025 H2"), "FY2025 H2", { replace: true }));
    expect(plan.kind).toBe("replace");
    expect(plan.replacedCount).toBe(2);
    expect(plan.rowsToRemove).toEqual([0, 1]);
    expect(plan.rowsToKeep).toEqual([table[3], table[4]]);
    plan.rowsToKeep.forEach((row, i) => expect(row).toBe(table[i + 3]));
    expect(plan.rowsToAppend.map((r) => r[7])).toEqual(["FY2025 H2", "FY2025 H2"]);
    expect(JSON.stringify(table)).toBe(before);
  });

  it("never changes, drops or reorders rows of other rounds, whatever the history holds", () => {
    const rounds = ["FY2024 H2", "FY2025 H1", "FY2025 H2", "FY2026 H1"];
    const historyRow = fc
      .tuple(fc.constantFrom(...rounds), fc.string(), fc.integer({ min: 0, max: 7 }))
      .map(([round, id, level]) => [id, "n", "d", "Hardware", level, "", "", round, "2026-01-01"]);
    fc.assert(
      fc.property(
        fc.array(historyRow, { maxLength: 30 }),
        fc.constantFrom(...rounds),
        fc.boolean(),
        (body, round, replace) => {
          const table = [historyHeader("en"), ...body];
          const plan = change(planCloseRound(table, snapshot(round), round, { replace }));
          const others = body.filter((r) => r[7] !== round);
          const kept = plan.rowsToKeep.filter((r) => r[7] !== round);
          expect(kept).toHaveLength(others.length);
          kept.forEach((row, i) => expect(row).toBe(others[i]));
          const had = body.length - others.length;
          expect(plan.kind).toBe(had === 0 ? "append" : replace ? "replace" : "needs-confirmation");
          if (plan.kind === "replace") expect(plan.rowsToKeep).toEqual(others);
          // Deleting rowsToRemove from the body leaves exactly rowsToKeep.
          const removed = new Set(plan.rowsToRemove);
          expect(body.filter((_, i) => !removed.has(i))).toEqual(plan.rowsToKeep);
          if (plan.kind === "needs-confirmation") expect(plan.rowsToAppend).toEqual([]);
        },
      ),
    );
  });

  it("refuses an invalid label, an empty round and a History table that lost a column", () => {
    expect(planCloseRound(existing(), [], "@x", { replace: false }).kind).toBe("invalid");
    expect(planCloseRound(existing(), [], "FY2026 H2", { replace: false }).kind).toBe("invalid");
    const broken = existing().map((r) => r.filter((_, i) => i !== 4));
    const plan = planCloseRound(broken, snapshot("FY2026 H2"), "FY2026 H2", { replace: false });
    expect(plan.kind === "invalid" && plan.problems[0]?.en).toBe(
      'The History table has no column "Assessed level"; restore the column so rounds stay comparable',
    );
  });

  it("treats entries of another round as a programming error", () => {
    expect(() => planCloseRound([], snapshot("FY2026 H1"), "FY2026 H2", { replace: false })).toThrow(
      RangeError,
    );
  });
});
