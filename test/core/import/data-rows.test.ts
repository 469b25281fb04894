/** Every row accounted for: the data goes on past a break when a person follows, row by row. */
import fc from "fast-check";
import {
  DataRowReader,
  DataRowSorter,
  HOLD_LIMIT,
  totalsWord,
  type RowFate,
} from "../../../src/core/import/data-rows";
import { rosterFromSheet, rowAccount, rowAccountLine } from "../../../src/core/import/roster-source";
import type { CellValue, SheetRows } from "../../../src/core/import";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../../src/core/roster/sample";

const HEADER = ["Employee ID", "Name", "Specialty Field", "Role"];
const person = (id: string) => [id, `Name ${id}`, "Hardware", "Member"];

function read(rows: SheetRows) {
  const reader = new DataRowReader(HEADER);
  const data: number[] = [];
  rows.forEach((cells, i) => {
    for (const row of reader.push({ rowNumber: i + 2, cells })) data.push(row.rowNumber);
  });
  return { data, end: reader.finish() };
}

describe("DataRowReader", () => {
  it("holds the rows after a break until a person shows the table goes on, then gives them in order", () => {
    const reader = new DataRowReader(HEADER);
    expect(reader.push({ rowNumber: 2, cells: person("E1") })).toHaveLength(1);
    expect(reader.push({ rowNumber: 3, cells: [] })).toEqual([]);
    expect(reader.push({ rowNumber: 4, cells: [] })).toEqual([]);
    expect(reader.push({ rowNumber: 5, cells: ["Total", null, null, 1] })).toEqual([]);
    expect(reader.push({ rowNumber: 6, cells: ["note"] })).toEqual([]);
    expect(reader.push({ rowNumber: 7, cells: person("E2") }).map((r) => r.rowNumber)).toEqual([6, 7]);
    expect(reader.finish()).toEqual({
      end: { reason: "end-of-sheet" },
      blankRowsInData: [3, 4],
      totalsRowsInData: [{ rowNumber: 5, text: "Total" }],
      rowsBelowEnd: 0,
      firstRowBelowEnd: null,
    });
  });

  it("ends the table at the break when nothing below looks like a person", () => {
    const { data, end } = read([
      person("E1"),
      [],
      [],
      ["Checked by HR"],
      [null, "2024-04-01"],
      ["Total", null, null, 1],
    ]);
    expect(data).toEqual([2]);
    expect(end).toMatchObject({
      end: { reason: "blank-run", rowNumber: 3 },
      rowsBelowEnd: 3,
      firstRowBelowEnd: 5,
    });
  });

  it("matches the whole-sheet reading of the same rows", () => {
    const rows = [person("E1"), [], person("E2"), [], [], ["合計"], person("E3"), [], []];
    const sheet = rosterFromSheet([HEADER, ...rows]);
    if (!sheet.ok) throw new Error(sheet.reason);
    expect(sheet.source.roster.dataRows.map((r) => r.rowNumber)).toEqual(read(rows).data);
  });
});

/** Every row handed on in order with its fate, and the sorter's account. */
function sort(rows: SheetRows) {
  const seen: [number, RowFate][] = [];
  const sorter = new DataRowSorter(HEADER, (row, fate) => seen.push([row.rowNumber, fate]));
  rows.forEach((cells, i) => sorter.push({ rowNumber: i + 2, cells }));
  return { seen, end: sorter.finish() };
}

describe("DataRowSorter (the stream's reading)", () => {
  const kinds = {
    person: person("E9"),
    blank: [],
    totals: ["Total", null, null, 3],
    note: ["Checked by HR", "2026-04-01"],
    numbered: [null, null, null, null],
  } as const;
  const kind = fc.constantFrom(...(Object.keys(kinds) as (keyof typeof kinds)[]));

  it("hands every row on once, in order, and agrees with the whole-sheet reading", () => {
    fc.assert(
      fc.property(fc.array(kind, { maxLength: 40 }), (names) => {
        const rows = names.map((k) => [...kinds[k]]);
        const { seen, end } = sort(rows);
        expect(seen.map(([n]) => n)).toEqual(rows.map((_, i) => i + 2));
        const sheet = rosterFromSheet([HEADER, ...rows]);
        const whole = read(rows);
        expect(seen.filter(([, f]) => f === "data").map(([n]) => n)).toEqual(whole.data);
        expect(end).toEqual(whole.end);
        if (sheet.ok) expect(sheet.source.roster.dataRows.map((r) => r.rowNumber)).toEqual(whole.data);
        // The fates add up to the account the JSON and stderr give.
        const count = (f: RowFate) => seen.filter(([, x]) => x === f).length;
        expect(count("blank")).toBe(end.blankRowsInData.length);
        expect(count("below")).toBe(end.rowsBelowEnd);
        expect(count("totals")).toBe(end.totalsRowsInData.length + (end.end.reason === "totals" ? 1 : 0));
      }),
    );
  });

  it("does not take a note under the ID and name columns for a person below a break", () => {
    const { seen } = sort([person("E1"), [], [], ["Checked by HR", "2026-04-01"], ["合計"]]);
    expect(seen).toEqual([
      [2, "data"],
      [3, "trailing"],
      [4, "trailing"],
      [5, "below"],
      [6, "below"],
    ]);
  });

  it("ends the table after HOLD_LIMIT rows without a person, so a stream holds at most that many", () => {
    const rows: CellValue[][] = [person("E1"), ["Total"]];
    for (let i = 0; i < HOLD_LIMIT + 5; i++) rows.push(["note", i]);
    rows.push(person("E2"));
    let waiting = 0;
    let most = 0;
    let handed = 0;
    const sorter = new DataRowSorter(HEADER, () => {
      handed++;
      waiting--;
    });
    rows.forEach((cells, i) => {
      waiting++;
      sorter.push({ rowNumber: i + 2, cells });
      most = Math.max(most, waiting);
    });
    const end = sorter.finish();
    expect(handed).toBe(rows.length);
    expect(most).toBeLessThanOrEqual(HOLD_LIMIT + 2);
    expect(end).toMatchObject({ end: { reason: "totals", rowNumber: 3 }, rowsBelowEnd: HOLD_LIMIT + 6 });
    // The whole-sheet reading applies the same limit.
    expect(read(rows).data).toEqual([2]);
  });
});

describe("totalsWord", () => {
  it("knows totals words however they are typed, and passes IDs and names by", () => {
    for (const word of [
      "Total",
      " total ",
      "TOTALS",
      "Grand Total",
      "Sub-total",
      "ＴＯＴＡＬ",
      "合計",
      "【合計】",
      "小計",
      "計",
    ])
      expect(totalsWord([null, word, 3])).toBe(word.trim());
    for (const other of ["E0000001", "Sato Haruto", "佐藤", "Totally", "Hardware", "2024"])
      expect(totalsWord([other, "x"])).toBeUndefined();
  });
});

describe("rowAccount", () => {
  it("counts rows read, scored, invalid, and every skip with its reason", () => {
    const people = sampleRosterRows();
    const rows: SheetRows = [
      ["Team roster"],
      [...SAMPLE_ROSTER_HEADERS],
      ...people.slice(0, 5),
      [],
      [],
      ["Total"],
      ...people.slice(5),
      [],
      [],
      ["Checked by HR"],
    ];
    const found = rosterFromSheet(rows);
    if (!found.ok) throw new Error(found.reason);
    expect(found.source.roster.dataRows).toHaveLength(people.length);
    const account = rowAccount(found.source.rows, { scored: people.length - 1, invalid: 1 });
    expect(account).toEqual({
      read: people.length,
      scored: people.length - 1,
      invalid: 1,
      skipped: [
        { reason: "above-header", count: 1, firstRow: 1 },
        { reason: "blank", count: 2, firstRow: 8 },
        { reason: "totals", count: 1, firstRow: 10, text: "Total" },
        { reason: "below-table", count: 1, firstRow: 24 },
      ],
    });
    expect(rowAccountLine(account)).toBe(
      `${people.length} rows read: ${people.length - 1} scored, 1 invalid; skipped: 1 row above the header (from row 1), ` +
        `2 blank rows (from row 8), 1 totals row (from row 10, "Total"), 1 row below the end of the table (not people) (from row 24)`,
    );
    expect(rowAccountLine(account, "ja")).toContain("合計行1行（10行目から、「Total」）");
  });

  it("refuses a sheet wider than Excel's, and gives advice the command line can follow", () => {
    const wide = rosterFromSheet([new Array(16_385).fill("x")]);
    expect(wide).toEqual({ ok: false, reason: expect.stringMatching(/^16,385 columns do not fit/) });
    const headless = rosterFromSheet([["a"], ["b"]]);
    expect(headless.ok).toBe(false);
    if (!headless.ok) {
      expect(headless.reason).not.toContain("by hand");
      expect(headless.reason).toContain("add a header row");
    }
  });
});
