import { detectHeader, HEADER_SEARCH_ROWS, type HeaderDetection } from "../../../src/core/import";
import type { SheetRows } from "../../../src/core/import";

function detected(rows: SheetRows, options = {}): HeaderDetection {
  const result = detectHeader(rows, options);
  if (!result.ok) throw new Error(result.message.en);
  return result.detection;
}

const HEADER = ["社員番号", "氏名", "専門分野", "役割", "実績件数"];
const person = (id: string) => [id, `name ${id}`, "ハードウェア", "メンバー", 1];

describe("finding the header row", () => {
  it("skips title rows, notes and blank rows above the header and reports them with sheet row numbers", () => {
    const d = detected([
      ["2024年度 ITSS スキルチェックシート", null, null],
      [],
      ["※ 記入前に記入要領を読んでください", null, "作成：人事部"],
      HEADER,
      person("E1"),
    ]);
    expect(d.headerRowNumber).toBe(4);
    expect(d.basis).toBe("recognised");
    expect(d.headers).toEqual(HEADER);
    expect(d.skippedAbove.map((r) => [r.rowNumber, r.reason])).toEqual([
      [1, "title"],
      [2, "blank"],
      [3, "note"],
    ]);
    expect(d.skippedAbove[0]?.text).toBe("2024年度 ITSS スキルチェックシート");
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([5]);
  });

  it("treats a merged title repeated across its cells (as some readers return it) as a title", () => {
    const title = "スキルチェックシート";
    const d = detected([[title, title, title, title, title], HEADER, person("E1")]);
    expect(d.headerRowNumber).toBe(2);
    expect(d.skippedAbove).toEqual([{ rowNumber: 1, reason: "title", text: title }]);
  });

  it("skips rows covered by wide merged ranges, even when they hold several texts", () => {
    const d = detected(
      [
        ["ITSS スキルチェックシート", null, null, null, null],
        [null, null, null, null, null],
        ["基本情報", null, "実績", null, null],
        HEADER,
        person("E1"),
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 4 },
          { top: 2, left: 0, bottom: 2, right: 1 },
          { top: 2, left: 2, bottom: 2, right: 4 },
        ],
      },
    );
    expect(d.headerRowNumber).toBe(4);
    expect(d.skippedAbove.map((r) => r.reason)).toEqual(["merged", "merged", "merged"]);
  });

  it("reads a two-row header through its merged cells: the lower row wins and inherits the merged names", () => {
    const d = detected(
      [
        ["社員番号", "専門分野", "規模", null],
        [null, null, "要員数", "年間契約金額"],
        ["E1", "運用管理", 40, 400],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
          { top: 0, left: 2, bottom: 0, right: 3 },
        ],
      },
    );
    expect(d.headerRowNumber).toBe(2);
    expect(d.headers).toEqual(["社員番号", "専門分野", "要員数", "年間契約金額"]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([3]);
  });

  it("counts rows from firstRowNumber when the cells start lower in the sheet", () => {
    const d = detected([["Title"], HEADER, person("E1")], { firstRowNumber: 10 });
    expect(d.headerRowNumber).toBe(11);
    expect(d.dataRows[0]?.rowNumber).toBe(12);
    expect(d.skippedAbove[0]?.rowNumber).toBe(10);
  });

  it("uses the header row the user chose, and refuses a blank or missing one", () => {
    const rows = [["Title"], ["a", "b"], ["x", "y"], ["1", "2"]];
    const chosen = detected(rows, { headerRowNumber: 2 });
    expect(chosen.basis).toBe("chosen");
    expect(chosen.headers).toEqual(["a", "b"]);
    expect(chosen.dataRows.map((r) => r.rowNumber)).toEqual([3, 4]);
    const outside = detectHeader(rows, { headerRowNumber: 9 });
    expect(outside.ok).toBe(false);
    if (!outside.ok) expect(outside.message.en).toContain("Row 9");
  });

  it("guesses the first table-like row when no known column names appear, and says it guessed", () => {
    const d = detected([["Quarterly export"], ["Code", "Person", "Area of work"], ["1", "A", "B"]]);
    expect(d.basis).toBe("guessed");
    expect(d.headerRowNumber).toBe(2);
  });

  it("fails with a message when no row can be a header", () => {
    const result = detectHeader([["Title only"], [], ["another title"]]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.en).toContain(`first ${HEADER_SEARCH_ROWS} rows`);
      expect(result.message.ja).toContain("見出し行");
    }
  });

  it("does not take numbers for header names", () => {
    const d = detected([
      [2024, 2025, 2026],
      ["Employee ID", "Specialty Field", "Role"],
      ["E1", "Hardware", "Member"],
    ]);
    expect(d.headerRowNumber).toBe(2);
  });

  it("widens the headers to the widest data row so no value is left without a column", () => {
    const d = detected([HEADER, [...person("E1"), "extra value", "more"]]);
    expect(d.headers).toEqual([...HEADER, "", ""]);
  });
});

describe("finding the data rows", () => {
  it("skips a single blank row inside the data and lists it", () => {
    const d = detected([HEADER, person("E1"), [], person("E2"), [null, "  ", ""], person("E3")]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 4, 6]);
    expect(d.blankRowsInData).toEqual([3, 5]);
    expect(d.end).toEqual({ reason: "end-of-sheet" });
  });

  it("ends the data at two blank rows when no person follows, and counts what lies below", () => {
    const d = detected([HEADER, person("E1"), [], [], ["※ 注記"], [null, "作成：人事部"], []]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2]);
    expect(d.end).toEqual({ reason: "blank-run", rowNumber: 3 });
    expect(d.rowsBelowEnd).toBe(2);
    expect(d.firstRowBelowEnd).toBe(5);
  });

  it("reads on past two blank rows when a person follows: nothing is lost", () => {
    const d = detected([HEADER, person("E1"), [], [], ["※ 注記"], person("E9"), person("E10")]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 5, 6, 7]);
    expect(d.blankRowsInData).toEqual([3, 4]);
    expect(d.end).toEqual({ reason: "end-of-sheet" });
    expect(d.rowsBelowEnd).toBe(0);
  });

  it("skips a totals row in the middle of the roster and reads the people below it", () => {
    const d = detected([
      HEADER,
      person("E1"),
      person("E2"),
      ["Total", null, null, null, 2],
      person("E3"),
      ["合計", null, null, null, 3],
    ]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 3, 5]);
    expect(d.totalsRowsInData).toEqual([{ rowNumber: 4, text: "Total" }]);
    expect(d.end).toEqual({ reason: "totals", rowNumber: 6, text: "合計" });
    expect(d.rowsBelowEnd).toBe(0);
  });

  it("takes a row for a person by its name or ID column, not by any text", () => {
    const notes = [HEADER, person("E1"), [], [], [null, null, "ハードウェア", "メンバー"]];
    expect(detected(notes).dataRows.map((r) => r.rowNumber)).toEqual([2]);
    const named = [HEADER, person("E1"), [], [], [null, "山田 太郎", "ハードウェア"]];
    expect(detected(named).dataRows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it.each(["合計", "計", "小計", "Total", "Totals", "TOTAL:", "合 計"])(
    "ends the data at a totals row (%s)",
    (word) => {
      const d = detected([HEADER, person("E1"), person("E2"), [word, null, null, null, 3], ["after"]]);
      expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 3]);
      expect(d.end).toMatchObject({ reason: "totals", rowNumber: 4 });
      expect(d.rowsBelowEnd).toBe(1);
    },
  );

  it("finds the totals word in the first non-blank cell, not only in column A", () => {
    const d = detected([HEADER, person("E1"), [null, "合計", null, null, 1]]);
    expect(d.end).toMatchObject({ reason: "totals", rowNumber: 3, text: "合計" });
  });

  it("keeps a person whose values merely contain a totals word", () => {
    const d = detected([
      HEADER,
      ["E1", "合計 太郎", "ハードウェア", "メンバー", 1],
      ["E2", "Total", "Software"],
    ]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 3]);
  });

  it("treats rows holding only their printed row number as blank", () => {
    const d = detected([
      ["No.", ...HEADER],
      [1, ...person("E1")],
      [2],
      ["3", ...person("E3")],
      [4],
      [5, null, null],
      [6],
    ]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2, 4]);
    expect(d.blankRowsInData).toEqual([3]);
    expect(d.end).toEqual({ reason: "blank-run", rowNumber: 5 });
    expect(d.rowsBelowEnd).toBe(0);
  });

  it("keeps a row whose number sits in an ordinary column", () => {
    const d = detected([HEADER, [7]]);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2]);
  });

  it("reads ragged rows and holes as blank", () => {
    const rows: (string | null | undefined)[][] = [
      HEADER.slice(),
      ["E1"],
      [undefined, undefined],
      [],
      ["E2"],
    ];
    const d = detected(rows);
    expect(d.dataRows.map((r) => r.rowNumber)).toEqual([2]);
    expect(d.end).toEqual({ reason: "blank-run", rowNumber: 3 });
  });
});
