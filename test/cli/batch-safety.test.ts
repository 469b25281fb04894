/**
 * The command line's batch path under careless and hostile arguments: the source is
 * never written, outputs appear whole or not at all, CSV output is neutralised, and
 * values come out as the user sees them.
 */
import {
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  existsSync,
  mkdirSync,
} from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { itss, jsonRows, type CliRun } from "../helpers/cli";
import { listParts, partText } from "../../src/adapters/files/zip-parts";
import { neutralise } from "../../src/adapters/files/scored-sinks";
import { shownText } from "../../src/adapters/files/shown-text";

const SAMPLE = join(__dirname, "..", "..", "samples", "roster-sample.csv");
const SAMPLE_TEXT = readFileSync(SAMPLE, "utf8");

const folder = (): string => mkdtempSync(join(tmpdir(), "itss-batch-"));

function expectOneLine(run: CliRun): void {
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

async function teamWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("Team");
  ws.addRow(["FY2026 skill review"]);
  ws.mergeCells("A1:D1");
  ws.addRow([]);
  ws.addRow([
    "社員番号",
    "専門分野",
    "役割",
    "実績件数",
    "複雑性",
    "対象範囲",
    "専門テーマ数",
    "メモ",
    "Start",
    "Share",
    "ID",
  ]);
  const a = ws.addRow([
    "X1",
    "ソフトウェア",
    "メンバー",
    1,
    2,
    "特定ユーザー",
    1,
    '=HYPERLINK("http://x")',
    new Date(Date.UTC(1899, 11, 30, 9, 30)),
    0.125,
    "00123",
  ]);
  a.getCell(9).numFmt = "hh:mm";
  a.getCell(10).numFmt = "0.0%";
  a.getCell(11).numFmt = "@";
  const b = ws.addRow([
    "X2",
    "ハードウェア",
    "リーダー",
    3,
    3,
    "特定ユーザー",
    2,
    "\tcmd",
    new Date(Date.UTC(2024, 3, 1)),
    0.5,
    "00456",
  ]);
  b.getCell(9).numFmt = "yyyy/m/d";
  b.getCell(10).numFmt = "0%";
  book.addWorksheet("Notes").addRow(["keep me"]);
  await book.xlsx.writeFile(file);
}

describe("the source is never touched", () => {
  it.each([
    ["the same path", (dir: string) => join(dir, "r.csv")],
    ["a path through ..", (dir: string) => join(dir, "x", "..", "r.csv")],
    [
      "a symbolic link to it",
      (dir: string) => {
        symlinkSync(join(dir, "r.csv"), join(dir, "link.csv"));
        return join(dir, "link.csv");
      },
    ],
    [
      "a hard link to it",
      (dir: string) => {
        linkSync(join(dir, "r.csv"), join(dir, "hard.csv"));
        return join(dir, "hard.csv");
      },
    ],
  ])("refuses --out as %s, exit 2, the source unchanged", async (_name, target) => {
    for (const format of ["json", "csv", "xlsx"]) {
      const dir = folder();
      mkdirSync(join(dir, "x"));
      writeFileSync(join(dir, "r.csv"), SAMPLE_TEXT);
      const run = await itss("score", join(dir, "r.csv"), "--format", format, "--out", target(dir));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is the input file .*r\.csv; the source is never overwritten/);
      expectOneLine(run);
      expect(readFileSync(join(dir, "r.csv"), "utf8")).toBe(SAMPLE_TEXT);
    }
  });

  it("refuses an xlsx written over itself, as csv or xlsx, and itss import onto its source", async () => {
    const dir = folder();
    const book = join(dir, "b.xlsx");
    await teamWorkbook(book);
    const before = readFileSync(book);
    for (const args of [
      ["score", book, "--format", "csv", "--out", book],
      ["score", book, "--format", "xlsx", "--out", book],
      ["import", book, "--out", book],
    ]) {
      const run = await itss(...args);
      expect(run.code).toBe(2);
      expectOneLine(run);
      expect(readFileSync(book).equals(before)).toBe(true);
    }
  });

  it("a failed run leaves no output file and no temporary file", async () => {
    const dir = folder();
    const bad = join(dir, "wide.csv");
    // The header fits; a row further down has more columns than Excel holds.
    writeFileSync(
      bad,
      `${SAMPLE_TEXT.split(/\r?\n/)[0]}\n${SAMPLE_TEXT.split(/\r?\n/)[1]}\n${",".repeat(16_384)}x\n`,
    );
    const out = join(dir, "out.csv");
    const run = await itss("score", bad, "--format", "csv", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /row 3 has 16,385 columns; with the 2 score columns that is more than Excel's 16,384/,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["wide.csv"]);
  });

  it("an existing output is replaced only when the new one is complete", async () => {
    const dir = folder();
    const out = join(dir, "out.json");
    writeFileSync(out, "previous");
    const ok = await itss("score", SAMPLE, "--out", out);
    expect(ok.code).toBe(0);
    expect(jsonRows(readFileSync(out, "utf8"))).toHaveLength(16);
    writeFileSync(out, "previous");
    const fail = await itss("score", join(dir, "missing.csv"), "--out", out);
    expect(fail.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  it("a write error names the path", async () => {
    const out = join(folder(), "no-such-folder", "out.csv");
    const run = await itss("score", SAMPLE, "--format", "csv", "--out", out);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`itss: cannot write ${out}: its folder does not exist\n`);
  });
});

describe("arguments", () => {
  it("rejects an empty --out instead of writing to stdout", async () => {
    const run = await itss("score", SAMPLE, "--out=");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("itss: --out needs a file name\n");
  });

  it("accepts flag values in any case", async () => {
    const out = join(folder(), "s.xlsx");
    const run = await itss(
      "score",
      SAMPLE,
      "--format",
      "XLSX",
      "--edition",
      "V2",
      "--lang",
      "JA",
      "--out",
      out,
    );
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it("warns that --sheet means nothing for a CSV, and still scores it", async () => {
    const run = await itss("score", SAMPLE, "--sheet", "Team");
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: --sheet is ignored for a CSV file/);
    expect(jsonRows(run.stdout)).toHaveLength(16);
  });

  it("warns about a second column that maps to the same roster column", async () => {
    const file = join(folder(), "dup.csv");
    const lines = SAMPLE_TEXT.replace(/^\uFEFF/, "").split(/\r?\n/);
    writeFileSync(file, `${lines[0]},Specialty Field\n${lines[1]},Software\n`);
    const run = await itss("score", file);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: .*Specialty Field.*kept as an extra column/);
    expect(jsonRows(run.stdout)[0].level).toBe(3); // the first column is the one read
  });

  it("score-only flags are refused for import", async () => {
    const run = await itss("import", SAMPLE, "--format", "csv", "--out", join(folder(), "x.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--format is an option of itss score/);
  });

  it("an empty file says so, with no advice the command line cannot follow", async () => {
    const file = join(folder(), "empty.csv");
    writeFileSync(file, "");
    const run = await itss("score", file);
    expect(run.code).toBe(2);
    expectOneLine(run);
    expect(run.stderr).not.toMatch(/by hand/);
  });
});

describe("limits are checked while reading", () => {
  it("refuses /dev/zero at its first chunk instead of reading on", async () => {
    // NUL bytes are not text; a long line of text hits the line limit (its peak memory is
    // measured in a child process by test/cli/hostile-files.test.ts).
    const run = await itss("score", "/dev/zero");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\/dev\/zero: line 1 holds a NUL byte/);
  });

  it("refuses a CSV with more rows than an Excel sheet, saying what does not fit", async () => {
    const file = join(folder(), "long.csv");
    writeFileSync(file, `${SAMPLE_TEXT.split(/\r?\n/)[0]}\n${"\n".repeat(1_048_576)}`);
    const run = await itss("score", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/has more than 1,048,576 rows.*at most 1,048,575 below a header row/);
  });

  it("refuses 16,385 columns for JSON too", async () => {
    const file = join(folder(), "wide.csv");
    writeFileSync(file, `${SAMPLE_TEXT.split(/\r?\n/)[0]}${",x".repeat(16_385 - 21)}\n`);
    const run = await itss("score", file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/row 1 has 16,385 columns, more than Excel's 16,384/);
  });
});

describe("csv output", () => {
  it("neutralises formula-looking cells per OWASP, and --raw turns it off", async () => {
    const file = join(folder(), "inj.csv");
    const header = SAMPLE_TEXT.split(/\r?\n/)[0] as string;
    const row = (SAMPLE_TEXT.split(/\r?\n/)[1] as string).replace(/^E001/, "=cmd|' /C calc'!A0");
    writeFileSync(file, `${header},Notes\n${row},"@SUM(A1)"\n`);
    const safe = Papa.parse<string[]>((await itss("score", file, "--format", "csv")).stdout.trim()).data;
    expect(safe[1]?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(safe[1]?.[21]).toBe("'@SUM(A1)");
    const raw = Papa.parse<string[]>(
      (await itss("score", file, "--format", "csv", "--raw")).stdout.trim(),
    ).data;
    expect(raw[1]?.[0]).toBe("=cmd|' /C calc'!A0");
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+cmd", "'+cmd"],
    ["-cmd", "'-cmd"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["-2", "-2"],
    ["+1.5", "+1.5"],
    ["-1,234", "-1,234"],
    ["plain", "plain"],
  ])("neutralise(%j) is %j", (input, output) => expect(neutralise(input)).toBe(output));

  it("writes a BOM when the input had one or with --bom, and not otherwise", async () => {
    const dir = folder();
    const plain = join(dir, "plain.csv");
    writeFileSync(plain, SAMPLE_TEXT.replace(/^\uFEFF/, ""));
    const withBom = join(dir, "bom.csv");
    writeFileSync(withBom, `\uFEFF${SAMPLE_TEXT.replace(/^\uFEFF/, "")}`);
    expect((await itss("score", plain, "--format", "csv")).stdout.startsWith("\uFEFF")).toBe(false);
    expect((await itss("score", withBom, "--format", "csv")).stdout.startsWith("\uFEFF")).toBe(true);
    expect((await itss("score", plain, "--format", "csv", "--bom")).stdout.startsWith("\uFEFF")).toBe(true);
  });

  it("from an xlsx: values as shown, a merged title once, text IDs as text, formulas neutralised", async () => {
    const book = join(folder(), "team.xlsx");
    await teamWorkbook(book);
    const run = await itss("score", book, "--format", "csv");
    expect(run.code).toBe(0);
    const rows = Papa.parse<string[]>(run.stdout.trim()).data;
    expect(rows[0]).toEqual(["FY2026 skill review"]);
    expect(rows[3]?.slice(7, 11)).toEqual(['\'=HYPERLINK("http://x")', "09:30", "12.5%", "00123"]);
    expect(rows[4]?.slice(7, 11)).toEqual(["'\tcmd", "2024/4/1", "50%", "00456"]);
    expect(rows[3]?.slice(11, 12)).toEqual(["3"]);
    expect(run.stderr).toMatch(
      /note: the CSV holds sheet "Team" only, as values; the workbook's 1 other sheet/,
    );
  });

  it.each([
    [new Date(Date.UTC(1899, 11, 30, 9, 29, 59, 999)), "hh:mm", "09:30"],
    [new Date(Date.UTC(1899, 11, 30, 15, 5)), "h:mm AM/PM", "3:05 PM"],
    [new Date(Date.UTC(2024, 0, 5)), 'yyyy"年"m"月"d"日"', "2024年1月5日"],
    [new Date(Date.UTC(2024, 0, 5)), "mm-dd-yy", "01-05-24"],
    [new Date(Date.UTC(2024, 0, 5)), undefined, "2024-01-05"],
    [0.125, "0.0%", "12.5%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [123, "00000", "00123"],
    [-3, "0", "-3"],
    [0.5, "General", "0.5"],
  ])("shownText(%p, %p) is %p", (value, format, text) => expect(shownText(value, format)).toBe(text));
});

describe("xlsx output", () => {
  it("csv in: numbers stay numbers, IDs with leading zeros and formula text stay text", async () => {
    const dir = folder();
    const file = join(dir, "r.csv");
    const lines = SAMPLE_TEXT.split(/\r?\n/);
    writeFileSync(
      file,
      `${lines[0]}\n${(lines[1] as string).replace(/^E001/, "00123")}\n${(lines[2] as string).replace(/^E002/, "=1+1")}\n`,
    );
    const out = join(dir, "r.xlsx");
    expect((await itss("score", file, "--format", "xlsx", "--out", out)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.getCell("A2").value).toBe("00123");
    expect(ws.getCell("A3").value).toBe("=1+1");
    expect(ws.getCell("A3").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("G2").value).toBe(1); // Projects
    expect(typeof ws.getCell("V2").value).toBe("number"); // ITSS Level
  });

  it("xlsx in: every part but the sheet and styles.xml is kept byte for byte, the sheet keeps its cells", async () => {
    const dir = folder();
    const book = join(dir, "team.xlsx");
    await teamWorkbook(book);
    const out = join(dir, "out.xlsx");
    const run = await itss("score", book, "--format", "xlsx", "--out", out);
    expect(run.code).toBe(0);
    const parts = async (file: string) => {
      const handle = await open(file, "r");
      try {
        const map = new Map<string, string>();
        for (const part of await listParts(handle)) map.set(part.name, await partText(file, handle, part));
        return map;
      } finally {
        await handle.close();
      }
    };
    const before = await parts(book);
    const after = await parts(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, text] of before) {
      if (name === "xl/worksheets/sheet1.xml" || name === "xl/styles.xml") continue;
      expect(after.get(name)).toBe(text);
    }
    // The sheet: the source's XML with only the added cells (and the dimension, cols) changed.
    const sheet = after.get("xl/worksheets/sheet1.xml") as string;
    const stripped = sheet
      .replace(/<c r="[LM]\d+"[^>]*>.*?<\/c>/g, "")
      .replace(/<cols>.*?<\/cols>/, "")
      .replace(/spans="1:13"/g, 'spans="1:11"')
      .replace('ref="A1:M5"', 'ref="A1:K5"');
    expect(stripped).toBe(before.get("xl/worksheets/sheet1.xml"));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.readFile(out);
    const team = loaded.getWorksheet("Team") as ExcelJS.Worksheet;
    expect(team.getCell("L3").value).toBe("ITSS Level");
    expect(team.getCell("L4").value).toBe(3);
    expect(team.getCell("M4").value).toMatch(/^Role Responsible or higher needed for level 4/);
    expect(team.getCell("M4").alignment?.wrapText).toBe(true);
    expect(team.getCell("J4").numFmt).toBe("0.0%");
    expect(team.getCell("I4").numFmt).toBe("hh:mm");
    expect(loaded.getWorksheet("Notes")?.getCell("A1").value).toBe("keep me");
  });
});

describe("itss import on the batch path", () => {
  it("writes a Roster table and the report's tables, reads past a totals row to people below it", async () => {
    const dir = folder();
    const file = join(dir, "team.csv");
    const lines = SAMPLE_TEXT.split(/\r?\n/).filter((l) => l !== "");
    // A totals row and a blank run inside the roster, then more people: every person is imported.
    writeFileSync(
      file,
      [lines[0], lines[1], lines[2], "Total,,,,", "", "", lines[3], "", "", "note: prepared by HR", ""].join(
        "\n",
      ),
    );
    const out = join(dir, "roster.xlsx");
    const run = await itss("import", file, "--out", out);
    expect(run.stdout).toMatch(/^Imported 3 of 3 rows/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const roster = book.getWorksheet("Roster") as ExcelJS.Worksheet;
    const table = roster.getTable("Roster") as unknown as {
      table: { tableRef: string; columns: { name: string }[] };
    };
    expect(table.table.tableRef).toBe("A1:U4");
    expect(table.table.columns[0]?.name).toBe("Employee ID");
    expect([2, 3, 4].map((r) => roster.getCell(`A${r}`).value)).toEqual(["E001", "E002", "E003"]);
    const report = book.getWorksheet("Import Report") as ExcelJS.Worksheet;
    expect(Object.keys((report as unknown as { tables: object }).tables).sort()).toEqual([
      "ImportChanges",
      "ImportProblems",
      "ImportSummary",
    ]);
  });

  it("keeps the report's problems bounded per column, and --problems writes every one", async () => {
    const dir = folder();
    const file = join(dir, "bad.csv");
    const lines = SAMPLE_TEXT.split(/\r?\n/).filter((l) => l !== "");
    const bad = (lines[1] as string).replace("Hardware", "Hardwear");
    writeFileSync(file, [lines[0], ...Array.from({ length: 50 }, () => bad)].join("\n"));
    const out = join(dir, "roster.xlsx");
    const all = join(dir, "problems.csv");
    const run = await itss("import", file, "--out", out, "--problems", all);
    expect(run.code).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const report = book.getWorksheet("Import Report") as ExcelJS.Worksheet;
    const texts: string[] = [];
    report.eachRow((row) => texts.push(String(row.getCell(4).value ?? "")));
    expect(texts.filter((t) => /"Hardwear" is not a specialty field/.test(t))).toHaveLength(20);
    const listed = Papa.parse<string[]>(readFileSync(all, "utf8").trim()).data;
    expect(listed).toHaveLength(51); // header + 50 problems
    expect(listed[50]?.[0]).toBe("51");
  });

  it("refuses --problems onto the source", async () => {
    const dir = folder();
    const file = join(dir, "r.csv");
    writeFileSync(file, SAMPLE_TEXT);
    const run = await itss("import", file, "--out", join(dir, "x.xlsx"), "--problems", file);
    expect(run.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(SAMPLE_TEXT);
  });
});
