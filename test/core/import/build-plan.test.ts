import {
  applyOverrides,
  buildImportPlan,
  detectHeader,
  literalTextMatrix,
  mapColumns,
  needsLiteralText,
  noteMessage,
  type BuildPlanOptions,
  type ColumnOverride,
  type ImportPlan,
  type SheetRows,
} from "../../../src/core/import";
import { ROSTER_COLUMNS } from "../../../src/core/roster/columns";
import { mapHeaders } from "../../../src/core/roster/header-map";
import { scoreRow } from "../../../src/core/engine/score-row";

function plan(
  rows: SheetRows,
  overrides: ColumnOverride[] = [],
  options: BuildPlanOptions = { mode: "append" },
): ImportPlan {
  const found = detectHeader(rows);
  if (!found.ok) throw new Error(found.message.en);
  const mapping = applyOverrides(mapColumns(found.detection.headers), overrides);
  const built = buildImportPlan(found.detection, mapping, options);
  if (!built.ok) throw new Error(built.message.en);
  return built.plan;
}

const R = ROSTER_COLUMNS.length;
const at = (key: string) => ROSTER_COLUMNS.findIndex((c) => c.key === key);

describe("the plan's columns", () => {
  it("puts the roster columns in template order, then the extra columns under their source headers", () => {
    const p = plan([
      ["Notes", "Role", "Employee ID", "Specialty Field", "Skill memo"],
      ["n1", "Member", "E1", "Hardware", "m1"],
    ]);
    expect(p.columns.map((c) => c.header)).toEqual([
      ...ROSTER_COLUMNS.map((c) => c.header.en),
      "Notes",
      "Skill memo",
    ]);
    expect(p.columns.slice(R).map((c) => [c.key, c.sourceIndex])).toEqual([
      [null, 0],
      [null, 4],
    ]);
    expect(p.rows[0]?.values).toEqual(
      ROSTER_COLUMNS.map(
        (c) => ({ employeeId: "E1", field: "Hardware", role: "Member" })[c.key as string] ?? null,
      ).concat(["n1", "m1"]),
    );
  });

  it("writes the roster headers in Japanese when asked", () => {
    const p = plan(
      [
        ["氏名", "専門分野"],
        ["山田", "運用管理"],
      ],
      [],
      { mode: "replace", headerLanguage: "ja" },
    );
    expect(p.columns.slice(0, R).map((c) => c.header)).toEqual(ROSTER_COLUMNS.map((c) => c.header.ja));
    expect(p.mode).toBe("replace");
  });

  it("names a headerless column that holds data, leaves out one that holds nothing, and makes headers unique", () => {
    const p = plan([
      ["Specialty Field", "Memo", "", "memo", "Role", "", "役割"],
      ["Hardware", "a", "b", "c", "Member", null, "メンバー"],
    ]);
    expect(p.columns.slice(R).map((c) => c.header)).toEqual(["Memo", "Column C", "memo (2)", "役割"]);
    expect(p.report.sheetNotes.some((n) => n.en.includes('"memo (2)"'))).toBe(true);
  });
});

describe("honest rows", () => {
  const rows: SheetRows = [
    [
      "Employee ID",
      "Name",
      "Job Category",
      "Specialty Field",
      "Role",
      "Projects",
      "Complexity",
      "Scope",
      "Themes",
      "Notes",
    ],
    ["E1", "Aki", "Customer Service", "Hardware", "Member", "1件", 2, "Specific users", 1, "ok"],
    ["E2", "Bo", "Customer Service", "Hardwear", "Member", "x", 2, "Specific users", 1, "two problems"],
    [
      "E3",
      "Chie",
      "IT Service Management",
      "Hardware",
      "Member",
      1,
      2,
      "Specific users",
      1,
      "wrong category",
    ],
    ["E4", "Dai", "Customer Service", "Software", "Member", 1, "7項目", "Specific users", 1, "complexity"],
  ];

  it("keeps every row, flags the ones with problems and counts them", () => {
    const p = plan(rows);
    expect(p.rows.map((r) => r.sourceRow)).toEqual([2, 3, 4, 5]);
    expect(p.rows.map((r) => r.problems.length > 0)).toEqual([false, true, true, true]);
    expect(p.report.summary).toMatchObject({ read: 4, imported: 4, flagged: 3, problems: 4 });
  });

  it("keeps a value it cannot read exactly as the source has it", () => {
    const p = plan(rows);
    expect(p.rows[1]?.values[at("field")]).toBe("Hardwear");
    expect(p.rows[1]?.values[at("projects")]).toBe("x");
    expect(p.rows[0]?.values[at("projects")]).toBe(1);
  });

  it("names the row, column, value and what is valid, in English and Japanese", () => {
    const p = plan(rows);
    const problem = p.report.problems.find((x) => x.row === 3 && x.key === "projects");
    expect(problem).toMatchObject({ row: 3, column: 5, header: "Projects", value: "x" });
    expect(problem?.message.en).toBe(
      'Row 3, column "Projects": "x" is not a whole number of 0 or more. Valid: a whole number of 0 or more, e.g. 3 or 3件.',
    );
    expect(problem?.message.ja).toBe(
      "3行目「Projects」列：「x」は0以上の整数ではありません。有効な値：0以上の整数（例：3、3件）。",
    );
    const field = p.report.problems.find((x) => x.row === 3 && x.key === "field");
    expect(field?.suggestion).toBe("Hardware");
    expect(field?.valid.ja).toContain("ハードウェア");
  });

  it("uses the scorer's words for problems across columns, so the pane and the functions agree", () => {
    const p = plan(rows);
    const headers = mapHeaders(rows[0] ?? []);
    const scorer = scoreRow(rows[3] ?? [], { headers, row: 4 }).problems;
    const imported = p.rows[2]?.problems ?? [];
    expect(imported.map((x) => x.message)).toEqual(scorer.map((x) => x.message));
    expect(imported[0]).toMatchObject({ key: "field", column: 3, value: "Hardware" });
    expect(imported[0]?.valid.en).toBe("Operations Management, System Management, Operations, Service Desk");
  });

  it("names the source's value, not the normalised one, in the scorer's messages", () => {
    const p = plan(rows);
    const complexity = p.rows[3]?.problems.find((x) => x.key === "complexity");
    expect(complexity?.value).toBe("7項目");
    expect(complexity?.message.en).toContain('"7項目" is more than the 6 complexity criteria Software lists');
    expect(complexity?.message.ja).toContain("「7項目」");
    expect(complexity?.valid.en).toBe("0 to 6");
  });

  it("flags every row and says why when no column gives the specialty field", () => {
    const p = plan([
      ["Name", "Role"],
      ["Aki", "Member"],
      ["Bo", "Leader"],
    ]);
    expect(p.report.summary.flagged).toBe(2);
    expect(p.rows[0]?.problems[0]?.message.en).toBe(
      'Row 2, column "Specialty Field": is empty: every row needs a specialty field to be scored.',
    );
    expect(p.report.sheetNotes.some((n) => n.en.startsWith("No column gives Specialty Field"))).toBe(true);
  });

  it("notes each changed cell in its row, and counts the changes per column in the report", () => {
    const p = plan(rows);
    expect(p.rows[0]?.notes).toEqual([
      expect.objectContaining({ row: 2, column: 5, key: "projects", value: "1件", normalised: 1 }),
    ]);
    // normalised although the scorer flags it (more than the field lists): the number itself was read right
    expect(p.rows[3]?.notes).toEqual([
      expect.objectContaining({ row: 5, key: "complexity", value: "7項目", normalised: 7 }),
    ]);
    const first = p.rows[0]?.notes[0];
    expect(first && noteMessage(first)).toEqual({
      en: 'Row 2, column "Projects": "1件" imported as 1.',
      ja: "2行目「Projects」列：「1件」を1として取り込みます。",
    });
    expect(p.report.changes.map((c) => [c.header, c.count, c.examples.length])).toEqual([
      ["Projects", 1, 1],
      ["Complexity", 1, 1],
    ]);
    expect(p.report.summary.changed).toBe(2);
  });

  it("keeps a few examples per column however many cells changed", () => {
    const many: SheetRows = [
      ["Specialty Field", "Projects"],
      ...Array.from({ length: 10 }, () => ["Hardware", "2件"]),
    ];
    const p = plan(many);
    expect(p.report.changes).toEqual([expect.objectContaining({ column: 1, count: 10 })]);
    expect(p.report.changes[0]?.examples.map((e) => e.row)).toEqual([2, 3, 4]);
  });
});

describe("literal text", () => {
  const rows: SheetRows = [
    ["Employee ID", "Name", "Department", "Specialty Field", "Projects", "Phone", "Memo"],
    [
      "00123",
      '=HYPERLINK("http://evil.example","click")',
      "@SUM(A1)",
      "Software",
      "-5",
      "+81 3 1234 5678",
      "-5",
    ],
    ["E2", "Plain Name", "Ops", "Software", 3, 81312345678, "plain"],
  ];

  it("keeps formula-like and convertible text unchanged and marks those cells to be written as text", () => {
    const p = plan(rows);
    const [first, second] = p.rows;
    const phone = p.columns.findIndex((c) => c.header === "Phone");
    const memo = p.columns.findIndex((c) => c.header === "Memo");
    expect(first?.values[at("employeeId")]).toBe("00123");
    expect(first?.values[at("name")]).toBe('=HYPERLINK("http://evil.example","click")');
    expect(first?.values[at("department")]).toBe("@SUM(A1)");
    expect(first?.values[at("projects")]).toBe("-5"); // flagged, and kept as written
    expect(first?.values[phone]).toBe("+81 3 1234 5678");
    expect(first?.values[memo]).toBe("-5");
    expect(first?.literalText).toEqual([
      at("employeeId"),
      at("name"),
      at("department"),
      at("projects"),
      phone,
      memo,
    ]);
    expect(second?.literalText).toEqual([]);
    expect(second?.values[phone]).toBe(81312345678);
  });

  it("marks exactly the string cells that need it, as a matrix for the adapter", () => {
    const p = plan(rows);
    const matrix = literalTextMatrix(p.rows, p.columns.length);
    p.rows.forEach((row, r) =>
      row.values.forEach((value, c) => expect(matrix[r]?.[c]).toBe(needsLiteralText(value))),
    );
  });
});

describe("units and CMBOK in the plan", () => {
  it("converts a column whose header declares thousand yen, and says so once for the column", () => {
    const p = plan([
      ["Specialty Field", "年間契約金額（千円）"],
      ["Operations Management", 350000],
      ["Operations Management", "1.5億円"],
    ]);
    expect(p.rows.map((r) => r.values[at("value")])).toEqual([350, 150]);
    expect(p.report.sheetNotes.some((n) => n.en.includes("thousand yen") && n.ja.includes("千円"))).toBe(
      true,
    );
  });

  it("converts a CMBOK 1.0 column to 2.0 codes only when the user marks it", () => {
    const rows: SheetRows = [
      ["Specialty Field", "CMBOK"],
      ["Service Desk", "OP-2, HR-6"],
      ["Service Desk", "AR-4"],
    ];
    const untouched = plan(rows);
    const cmbok = untouched.columns.findIndex((c) => c.header === "CMBOK");
    expect(untouched.rows[0]?.values[cmbok]).toBe("OP-2, HR-6");
    const converted = plan(rows, [{ index: 1, target: "extra", cmbok: true }]);
    expect(converted.rows[0]?.values[cmbok]).toBe("OP-3, HR-10");
    expect(converted.rows[0]?.notes[0]?.note.en).toContain("CMBOK 1.0 OP-2");
    expect(converted.rows[1]?.values[cmbok]).toBe("AR-4");
    expect(converted.rows[1]?.problems[0]).toMatchObject({
      row: 3,
      column: 1,
      header: "CMBOK",
      key: null,
      value: "AR-4",
    });
  });
});

describe("sheet notes and limits", () => {
  it("reports skipped rows, the totals row and rows left below it", () => {
    const p = plan([
      ["Skill sheet 2024"],
      ["Specialty Field", "Role"],
      ["Hardware", "Member"],
      [],
      ["Software", "Leader"],
      ["Total", 2],
      ["Notes: checked by HR"],
    ]);
    const notes = p.report.sheetNotes.map((n) => n.en);
    expect(notes).toEqual(
      expect.arrayContaining([
        "Rows above the header (titles, notes, blank rows) were skipped: 1.",
        "Blank rows inside the data (or rows holding only a row number) were skipped: 4.",
        'Row 6 ("Total") is a totals row: the data ends above it.',
      ]),
    );
    expect(notes.some((n) => n.startsWith("1 more non-blank row from row 7 was not imported"))).toBe(true);
    expect(p.report.summary).toMatchObject({ read: 2, imported: 2, blankRowsSkipped: 1, rowsBelowEnd: 1 });
  });

  it("imports the people below a totals row inside the data, and counts the totals row", () => {
    const p = plan([
      ["Specialty Field", "Role"],
      ["Hardware", "Member"],
      ["Total", 1],
      ["Software", "Leader"],
    ]);
    expect(p.report.summary).toMatchObject({ read: 2, imported: 2, totalsRowsSkipped: 1, rowsBelowEnd: 0 });
    expect(p.report.sheetNotes.map((n) => n.en)).toContain(
      'Totals rows inside the data were skipped and the people below them read: row 3 ("Total").',
    );
  });

  it("refuses a plan wider than an Excel sheet", () => {
    const header = ["Specialty Field", ...Array.from({ length: 16_384 }, (_, i) => `c${i}`)];
    const found = detectHeader([header, ["Hardware"]]);
    if (!found.ok) throw new Error("header");
    const built = buildImportPlan(found.detection, mapColumns(found.detection.headers), {
      mode: "new-sheet",
    });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.message.en).toContain("16,384 columns");
  });

  it("flags text longer than a cell holds instead of letting Excel cut it", () => {
    const long = "x".repeat(32_768);
    const p = plan([
      ["Specialty Field", "Memo"],
      ["Hardware", long],
    ]);
    expect(p.rows[0]?.values[R]).toBe(long);
    expect(p.rows[0]?.problems[0]?.message.en).toContain("32,767 characters");
  });
});
