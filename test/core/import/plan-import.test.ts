import {
  NO_REMEMBERED_MAPPINGS,
  parseRememberedMappings,
  planImport,
  rememberMapping,
  serialiseRememberedMappings,
} from "../../../src/core/import";
import { ROSTER_COLUMNS } from "../../../src/core/roster/columns";

const at = (key: string) => ROSTER_COLUMNS.findIndex((c) => c.key === key);

describe("planImport", () => {
  it("imports a Japanese skill check sheet with a merged title, units and a totals row", () => {
    const rows = [
      ["ITSS スキルチェックシート（運用部）", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ["社員番号", "氏名", "専門分野", "役割", "経験年数", "要員数", "年間契約金額", "後進育成"],
      ["J001", "山田 太郎", "運用管理", "リーダー", "2年6ヶ月", "40名", "3.5億円", "○"],
      ["J002", "佐藤 花子", "ｻｰﾋﾞｽﾃﾞｽｸ", "メンバー", "3年", "５名", "3,000万円", "×"],
      [null, null, null, null, null, null, null, null],
      ["J003", "鈴木 一郎", "システム管理", "責任者", 4, 80, 800, "はい"],
      ["合計", null, null, null, null, "125", "1180", null],
    ];
    const result = planImport(rows, { mode: "append", merges: [{ top: 0, left: 0, bottom: 1, right: 7 }] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan, detection } = result;
    expect(detection.headerRowNumber).toBe(3);
    expect(plan.report.summary).toMatchObject({ read: 3, imported: 3, flagged: 0, blankRowsSkipped: 1 });
    const pick = (r: number, key: string) => plan.rows[r]?.values[at(key)];
    expect([pick(0, "years"), pick(0, "staff"), pick(0, "value"), pick(0, "mentoring")]).toEqual([
      2.5,
      40,
      350,
      "はい",
    ]);
    expect([pick(1, "field"), pick(1, "staff"), pick(1, "value"), pick(1, "mentoring")]).toEqual([
      "サービスデスク",
      5,
      30,
      "いいえ",
    ]);
    expect(plan.rows.map((r) => r.sourceRow)).toEqual([4, 5, 7]);
    expect(plan.report.sheetNotes.map((n) => n.ja)).toContain(
      "8行目（「合計」）は合計行のため、その上の行までをデータとします。",
    );
  });

  it("imports an HR system's CSV export in another layout, keeping its other columns", () => {
    const rows = [
      [
        "Emp No",
        "Full Name",
        "Dept",
        "Job",
        "Speciality Feild",
        "Position",
        "Project Count",
        "Phone",
        "Last Review",
      ],
      [
        "00042",
        "Sato Haruto",
        "Field Service",
        "customer service",
        "HARDWARE",
        "member",
        "1",
        "+81 3 1234 5678",
        "2024-03-31",
      ],
    ];
    const result = planImport(rows, { mode: "new-sheet" });
    if (!result.ok) throw new Error(result.message.en);
    expect(result.mapping.columns.map((c) => c.confidence)).toEqual([
      "alias",
      "alias",
      "alias",
      "alias",
      "close",
      "alias",
      "alias",
      "none",
      "none",
    ]);
    const row = result.plan.rows[0];
    expect(row?.values.slice(0, 7)).toEqual([
      "00042",
      "Sato Haruto",
      "Field Service",
      "Customer Service",
      "Hardware",
      "Member",
      1,
    ]);
    expect(result.plan.columns.slice(-2).map((c) => c.header)).toEqual(["Phone", "Last Review"]);
    expect(row?.values.slice(-2)).toEqual(["+81 3 1234 5678", "2024-03-31"]);
    expect(row?.literalText).toEqual([0, ROSTER_COLUMNS.length, ROSTER_COLUMNS.length + 1]);
    expect(row?.problems).toEqual([]);
  });

  it("re-applies the mapping the user confirmed last time for the same layout", () => {
    const rows = [
      ["ID", "Skill Area", "Level Role"],
      ["E1", "Software", "Leader"],
    ];
    const first = planImport(rows, {
      mode: "append",
      overrides: [
        { index: 1, target: "field" },
        { index: 2, target: "role" },
      ],
    });
    if (!first.ok) throw new Error(first.message.en);
    const stored = serialiseRememberedMappings(rememberMapping(NO_REMEMBERED_MAPPINGS, first.mapping));
    const parsed = parseRememberedMappings(stored);
    if (!parsed.ok) throw new Error(parsed.message.en);

    const next = planImport(
      [
        ["id", "skill area", "LEVEL ROLE"],
        ["E2", "Hardware", "Member"],
      ],
      {
        mode: "append",
        remembered: parsed.store,
      },
    );
    if (!next.ok) throw new Error(next.message.en);
    expect(next.recalled).toBe(true);
    expect(next.mapping.columns.map((c) => c.target)).toEqual(["employeeId", "field", "role"]);
    expect(next.plan.report.summary.flagged).toBe(0);
  });

  it("explains why nothing can be planned when no header row is found", () => {
    const result = planImport([["just a title"]], { mode: "append" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.ja).toContain("見出し行");
  });
});
