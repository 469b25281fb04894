import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import Papa from "papaparse";
import { itss, jsonRows } from "../helpers/cli";
import { scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";

const FIXTURES = join(__dirname, "..", "fixtures");
const SAMPLE = join(__dirname, "..", "..", "samples", "roster-sample.csv");

const tmp = (name: string): string => join(mkdtempSync(join(tmpdir(), "itss-")), name);

describe("itss score --format json", () => {
  it("prints one object per data row in file order, with the engine's level and gaps", async () => {
    const run = await itss("score", SAMPLE);
    expect(run.code).toBe(0);
    const out = jsonRows(run.stdout) as {
      row: number;
      employeeId: string;
      name: string;
      level: number;
      gaps: string[];
    }[];
    const rows = sampleRosterRows();
    expect(out).toHaveLength(rows.length);
    const headers = mapHeaders(SAMPLE_ROSTER_HEADERS);
    out.forEach((o, i) => {
      const expected = scoreRow(rows[i] ?? [], { headers });
      expect(o).toEqual({
        row: i + 2,
        employeeId: rows[i]?.[0],
        name: rows[i]?.[1],
        level: expected.level,
        gaps: expected.gaps.map((g) => g.message.en),
      });
    });
    expect(out.map((o) => o.level)).toEqual([3, 4, 5, 2, 3, 3, 5, 6, 6, 3, 5, 3, 4, 4, 0, 0]);
  });

  it("reports invalid rows with level null and an error, keeps scoring the rest, and exits 1", async () => {
    const run = await itss("score", join(FIXTURES, "roster-invalid.csv"));
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "itss: 4 rows read: 2 scored, 2 invalid; skipped: 1 blank row (from row 5). The invalid rows' errors are in the output\n",
    );
    const out = jsonRows(run.stdout) as { row: number; level: number | null; error?: string }[];
    expect(out.map((o) => [o.row, o.level])).toEqual([
      [2, 3],
      [3, null],
      [4, 3],
      [6, null],
    ]);
    expect(out[1]?.error).toMatch(
      /Row 3, column "Specialty Field": "Hardwear" is not a specialty field.*Did you mean Hardware\?/,
    );
    expect(out[3]?.error).toMatch(/Row 6, column "Projects": "-2" is not a whole number of 0 or more/);
    expect(out[0]).not.toHaveProperty("error");
    // The JSON carries the same account as stderr, after the rows.
    expect(JSON.parse(run.stdout).counts).toEqual({
      read: 4,
      scored: 2,
      invalid: 2,
      skipped: [{ reason: "blank", count: 1, firstRow: 5 }],
    });
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(["rows", "counts"]);
  });

  it("counts every skipped row with its reason in the JSON, as the whole-sheet reading does", async () => {
    const lines = readFileSync(SAMPLE, "utf8")
      .split(/\r?\n/)
      .filter((l) => l !== "");
    const file = tmp("gaps.csv");
    writeFileSync(
      file,
      [
        "Team roster FY2026",
        lines[0],
        ...lines.slice(1, 4),
        "",
        "",
        "Total,,,,",
        ...lines.slice(4),
        "",
        "",
        "Checked by HR,2026-04-01",
        "合計,,,,",
        "",
      ].join("\n"),
    );
    const run = await itss("score", file);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { rows: unknown[]; counts: unknown };
    expect(out.rows).toHaveLength(lines.length - 1);
    expect(out.counts).toEqual({
      read: lines.length - 1,
      scored: lines.length - 1,
      invalid: 0,
      skipped: [
        { reason: "above-header", count: 1, firstRow: 1 },
        { reason: "blank", count: 2, firstRow: 6 },
        { reason: "totals", count: 1, firstRow: 8, text: "Total" },
        { reason: "below-table", count: 2, firstRow: lines.length + 7 },
      ],
    });
    expect(run.stderr).toBe(
      `itss: ${lines.length - 1} rows read: ${lines.length - 1} scored, 0 invalid; skipped: 1 row above the header (from row 1), 2 blank rows (from row 6), 1 totals row (from row 8, "Total"), 2 rows below the end of the table (not people) (from row ${lines.length + 7})\n`,
    );
    const empty = tmp("empty-roster.csv");
    writeFileSync(empty, `${lines[0]}\n`);
    const none = await itss("score", empty);
    expect(JSON.parse(none.stdout)).toEqual({
      rows: [],
      counts: { read: 0, scored: 0, invalid: 0, skipped: [] },
    });
  });

  it("reads Japanese headers in UTF-8 and Shift_JIS alike, and writes Japanese gaps with --lang ja", async () => {
    const utf8 = await itss("score", join(FIXTURES, "roster-ja.csv"), "--lang", "ja");
    const sjis = await itss("score", join(FIXTURES, "roster-ja-sjis.csv"), "--lang", "ja");
    expect(utf8.code).toBe(0);
    expect(sjis.stdout).toBe(utf8.stdout);
    const out = jsonRows(utf8.stdout) as { name: string; level: number; gaps: string[] }[];
    expect(out.map((o) => [o.name, o.level])).toEqual([
      ["山田太郎", 4],
      ["佐藤花子", 3],
    ]);
    expect(out[0]?.gaps[0]).toMatch(/^レベル5には役割「責任者」以上が必要です/);
  });

  it("scores V2 when asked", async () => {
    const v3 = jsonRows((await itss("score", SAMPLE)).stdout) as { level: number }[];
    const v2 = jsonRows((await itss("score", SAMPLE, "--edition", "v2")).stdout) as { level: number }[];
    // E006 attains level 3 only through the V3 AP remark.
    expect(v3[5]?.level).toBe(3);
    expect(v2[5]?.level).toBe(0);
  });
});

describe("itss score --format csv and xlsx", () => {
  it("csv: the input with ITSS Level and Gap columns added, every original value kept", async () => {
    const run = await itss("score", join(FIXTURES, "roster-invalid.csv"), "--format", "csv", "--raw");
    const input = Papa.parse<string[]>(
      readFileSync(join(FIXTURES, "roster-invalid.csv"), "utf8").replace(/^\uFEFF/, ""),
      { skipEmptyLines: false },
    ).data.filter((r) => r.length > 1);
    const output = Papa.parse<string[]>(run.stdout.trim()).data;
    expect(output).toHaveLength(input.length);
    output.forEach((row, i) => expect(row.slice(0, input[i]?.length)).toEqual(input[i]));
    expect(output[0]?.slice(-2)).toEqual(["ITSS Level", "Gap"]);
    expect(output[1]?.at(-2)).toBe("3");
    expect(output[2]?.at(-1)).toMatch(/^Error: Row 3/);
    expect(output[4]?.slice(-2)).toEqual(["", ""]); // the blank row stays blank
  });

  it("xlsx: writes a workbook whose sheet holds the roster and the two new columns", async () => {
    const out = tmp("scored.xlsx");
    const run = await itss("score", SAMPLE, "--format", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    const width = SAMPLE_ROSTER_HEADERS.length;
    expect(sheet.getRow(1).getCell(width + 1).value).toBe("ITSS Level");
    expect(sheet.getRow(2).getCell(1).value).toBe("E001");
    expect(sheet.getRow(2).getCell(width + 1).value).toBe(3);
    expect(sheet.getRow(4).getCell(width + 1).value).toBe(5);
  });

  it("xlsx in, xlsx out: finds the header below a title row and keeps the other sheets", async () => {
    const source = new ExcelJS.Workbook();
    const roster = source.addWorksheet("Team");
    roster.addRow(["FY2026 skill review"]);
    roster.addRow([]);
    roster.addRow(["社員番号", "専門分野", "役割", "実績件数", "複雑性", "対象範囲", "専門テーマ数", "メモ"]);
    roster.addRow(["X1", "ソフトウェア", "メンバー", 1, 2, "特定ユーザー", 1, "=1+1"]);
    source.addWorksheet("Notes").addRow(["keep me"]);
    const dir = mkdtempSync(join(tmpdir(), "itss-"));
    const file = join(dir, "team.xlsx");
    await source.xlsx.writeFile(file);
    const json = await itss("score", file, "--sheet", "Team");
    expect(jsonRows(json.stdout)).toEqual([
      { row: 4, employeeId: "X1", name: "", level: 3, gaps: expect.any(Array) },
    ]);
    const outFile = join(dir, "out.xlsx");
    const run = await itss("score", file, "--sheet", "Team", "--format", "xlsx", "--out", outFile);
    expect(run.code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(outFile);
    expect(out.getWorksheet("Notes")?.getRow(1).getCell(1).value).toBe("keep me");
    const team = out.getWorksheet("Team")!;
    expect(team.getRow(1).getCell(1).value).toBe("FY2026 skill review");
    expect(team.getRow(4).getCell(8).value).toBe("=1+1");
    expect(team.getRow(4).getCell(9).value).toBe(3);
  });
});

describe("unusable input exits 2 with a one-line reason", () => {
  it.each([
    [["score", "missing.csv"], /^itss: missing.csv: no such file\n$/],
    [["score"], /give exactly one roster file/],
    [["score", SAMPLE, "--edition", "v9"], /--edition must be v3 or v2/],
    [["score", SAMPLE, "--format", "xlsx"], /--format xlsx needs --out FILE/],
    [["score", join(FIXTURES, "..", "cli", "itss.test.ts")], /no header row|has no "Specialty Field"/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("%p", async (args, message) => {
    const run = await itss(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a sheet that does not exist names the sheets there are", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Only");
    const file = join(mkdtempSync(join(tmpdir(), "itss-")), "one.xlsx");
    await source.xlsx.writeFile(file);
    const run = await itss("score", file, "--sheet", "Other");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has no sheet "Other". Sheets: "Only"/);
  });

  it("reads the right sheet whatever the order of the zip's parts (workbook part stored last)", async () => {
    // ExcelJS's streaming reader parsed a worksheet met before xl/workbook.xml without knowing
    // the workbook, and failed (exceljs issue 3064). Store the parts in that order on purpose.
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Cover").addRow(["FY2026 skill review"]);
    const roster = source.addWorksheet("Team");
    roster.addRow(["Employee ID", "Specialty Field", "Role", "Projects", "Complexity", "Scope", "Themes"]);
    roster.addRow(["X1", "Software", "Member", 1, 2, "Specific users", 1]);
    const parts = unzipSync(new Uint8Array(await source.xlsx.writeBuffer()));
    const names = Object.keys(parts);
    const last: string[] = ["xl/workbook.xml"];
    const first = names.filter((n) => /_rels|sharedStrings|styles|Content_Types/.test(n));
    const ordered: Record<string, Uint8Array> = {};
    for (const n of [...first, ...names.filter((x) => !first.includes(x) && !last.includes(x)), ...last])
      ordered[n] = parts[n] as Uint8Array;
    expect(Object.keys(ordered).indexOf("xl/sharedStrings.xml")).toBeLessThan(
      Object.keys(ordered).indexOf("xl/worksheets/sheet2.xml"),
    );
    const file = tmp("late-workbook.xlsx");
    writeFileSync(file, zipSync(ordered));
    const run = await itss("score", file, "--sheet", "Team");
    expect(run.stderr).not.toMatch(/reading 'sheets'/);
    expect(run.code).toBe(0);
    expect(jsonRows(run.stdout).map((r: { employeeId: string }) => r.employeeId)).toEqual(["X1"]);
    const missing = await itss("score", file, "--sheet", "Other");
    expect(missing.stderr).toMatch(/has no sheet "Other". Sheets: "Cover", "Team"/);
  });

  it("a corrupt xlsx gets a message, not a stack trace", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "itss-")), "broken.xlsx");
    writeFileSync(file, Buffer.from("PK\u0003\u0004 not really a zip"));
    const run = await itss("score", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^itss: .*broken.xlsx is not a valid xlsx file/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the installed command", () => {
  it("runs through npx from the project, as the README shows", () => {
    const root = join(__dirname, "..", "..");
    const ok = execFileSync(
      "npx",
      ["--no-install", "itss", "score", "samples/roster-sample.csv", "--lang", "ja"],
      { cwd: root, encoding: "utf8" },
    );
    expect(jsonRows(ok)[0].gaps[0]).toMatch(/^レベル4には/);
    const bad = spawnSync("npx", ["--no-install", "itss", "score", "test/fixtures/roster-invalid.csv"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
  });
});

describe("itss import", () => {
  const IMPORT = join(FIXTURES, "import");

  it("imports a Japanese skill sheet into a workbook with a Roster table and an Import Report, leaving the source as it was", async () => {
    const source = join(IMPORT, "skills-ja.xlsx");
    const before = readFileSync(source);
    const out = tmp("roster.xlsx");
    const run = await itss("import", source, "--out", out);
    expect(run.code).toBe(0); // no row is flagged: ハードウエア is read as ハードウェア
    expect(run.stdout).toMatch(/^Imported 4 of 4 rows into .*roster.xlsx \(0 flagged/);
    expect(readFileSync(source).equals(before)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Roster", "Import Report"]);
    const roster = book.getWorksheet("Roster")!;
    expect(roster.getRow(1).getCell(1).value).toBe("Employee ID");
    expect(roster.getRow(2).getCell(1).value).toBe("0012");
    const notes = (roster.getRow(1).values as unknown[]).indexOf("備考");
    const hyperlink = roster.getRow(2).getCell(notes);
    expect(hyperlink.value).toBe('=HYPERLINK("http://example.com","詳細")');
    expect(hyperlink.type).toBe(ExcelJS.ValueType.String);
  });

  it("refuses without --out, and a missing file, with exit 2", async () => {
    expect((await itss("import", join(IMPORT, "skills-ja.xlsx"))).code).toBe(2);
    const missing = await itss("import", "nope.csv", "--out", tmp("x.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope.csv: no such file/);
  });

  it("scores a sheet with units and a merged title the same way the import reads it", async () => {
    const run = await itss("score", join(IMPORT, "hr-export-en.xlsx"));
    const out = jsonRows(run.stdout) as { employeeId: string; level: number | null }[];
    expect(out.map((o) => [o.employeeId, o.level])).toEqual([
      ["A-100", 4],
      ["A-101", 5],
      ["A-102", 4],
      ["A-103", null],
    ]);
  });
});
