import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsv } from "../../../src/adapters/files/read-sheet";
import { planEngagementSheet, splitPeriod } from "../../../src/core/import/engagements-import";
import { recogniseSheet, type SheetRows } from "../../../src/core/import";

const rows = (): SheetRows =>
  readCsv(
    new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "import", "project-history-ja.csv"))),
  ).rows;

function planned(sheet: SheetRows, lang: "en" | "ja" = "en") {
  const result = planEngagementSheet(sheet, { lang });
  if (!result.ok) throw new Error(result.message.en);
  return result;
}

/** A plan row as { header: value }, dates as yyyy-mm-dd. */
function records(plan: ReturnType<typeof planned>["plan"]) {
  return plan.rows.map((r) =>
    Object.fromEntries(
      plan.columns.map((c, i) => {
        const v = r.values[i];
        return [c.header, v instanceof Date ? v.toISOString().slice(0, 10) : v];
      }),
    ),
  );
}

describe("planEngagementSheet: a 職務経歴書 into the Engagements table", () => {
  it("finds the header below the title, splits 期間 into Start and End, reads 和暦 and units", () => {
    const { detection, plan } = planned(rows());
    expect(detection.headerRowNumber).toBe(4);
    const [first, second, third] = records(plan);
    expect(first).toMatchObject({
      "Employee ID": "E001",
      Engagement: "HW-2401 店舗POS更改",
      Start: "2023-04-01",
      End: "2023-09-30", // a month alone ends on its last day
      "Specialty Field": "ハードウェア",
      Role: "メンバー",
      Successful: "成功", // a yes the ledger reads, kept as written
      Complexity: 2,
      Scope: "特定ユーザー",
      Staff: 8,
      Evidence: "POS端末の入替",
    });
    expect(second).toMatchObject({ Start: "2023-10-01", End: null, Role: "リーダー", Staff: 12 });
    expect(third).toMatchObject({ Start: "2022-04-01", End: "2023-03-31" });
  });

  it("flags what it cannot read, keeping the cell, and a row without an Employee ID", () => {
    const { plan } = planned(rows());
    expect(plan.report.summary).toMatchObject({ read: 5, imported: 5, flagged: 2 });
    const problems = plan.report.problems.map((p) => [p.row, p.header, p.value]);
    expect(problems).toEqual([
      [8, "期間", "2022年4月から2022年13月"],
      [9, "社員番号", ""],
    ]);
    expect(plan.report.problems[0]?.valid.en).toMatch(/令和/);
    const notes = plan.report.sheetNotes.map((n) => n.en).join(" ");
    expect(notes).toMatch(/"期間" holds each engagement's period/);
  });

  it("writes the headers in the chosen language and keeps no column twice", () => {
    const { plan } = planned(rows(), "ja");
    expect(plan.columns.slice(0, 6).map((c) => c.header)).toEqual([
      "社員番号",
      "案件",
      "専門分野",
      "開始",
      "終了",
      "役割",
    ]);
  });

  it("refuses a sheet with no engagement column, and the roster import offers a history to Engagements", () => {
    const roster: SheetRows = [
      ["社員番号", "専門分野", "役割"],
      ["E1", "ハードウェア", "メンバー"],
    ];
    expect(planEngagementSheet(roster, { lang: "en" })).toMatchObject({ ok: false });
    expect(recogniseSheet(roster)).toBe("roster");
    expect(recogniseSheet(rows())).toBe("engagements");
  });

  it.each([
    ["2021年4月～2023年3月", ["2021年4月", "2023年3月"]],
    ["R3.4 - 現在", ["R3.4", "現在"]],
    ["2019/04-2021/03", ["2019/04", "2021/03"]],
    ["2020.4-2021.3", ["2020.4", "2021.3"]],
    ["令和2年4月から令和3年3月まで", ["令和2年4月", "令和3年3月"]],
    ["2023-04-01", ["2023-04-01"]],
  ])("splits the period %s", (text, parts) => {
    expect(splitPeriod(text)).toEqual(parts);
  });
});
