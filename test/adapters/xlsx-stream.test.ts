/**
 * The command line's xlsx reader (saxes over the zip's parts) against ExcelJS's
 * whole-workbook reader, cell by cell, on LibreOffice's files (the fixtures) and on
 * ExcelJS-written workbooks with every kind of cell; and on hand-written parts for
 * what ExcelJS reads wrongly or not at all (phonetic readings, prefixed elements,
 * cells without references).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { isDateFormat, openXlsxStream, serialToDate } from "../../src/adapters/files/xlsx-stream";
import { plainValue, type CellValue } from "../../src/adapters/files/read-sheet";
import { shownText } from "../../src/adapters/files/shown-text";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const tmp = (name: string): string => join(mkdtempSync(join(tmpdir(), "itss-xlsx-")), name);

interface Read {
  rows: CellValue[][];
  shown: string[][];
  width: number;
  sheetName: string;
}

async function readOurs(file: string, sheet?: string): Promise<Read> {
  const x = await openXlsxStream(file, { maxBytes: 1 << 30, shown: true, ...(sheet ? { sheet } : {}) });
  const rows: CellValue[][] = [];
  const shown: string[][] = [];
  for await (const batch of x.batches) {
    for (const row of batch.rows) rows.push(row);
    for (const texts of batch.shown ?? []) shown.push(texts);
  }
  return { rows, shown, width: x.width(), sheetName: x.sheetName() };
}

/**
 * ExcelJS's whole-workbook reader (its streaming reader loses parts now and then: exceljs
 * issue 3064), its cells as plain values and shown text, a merge's value in its top-left
 * cell only (as Excel's Range.values); rows without values as empty rows, none at the end.
 */
async function readExcelJs(file: string, sheet?: string): Promise<Read> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = sheet === undefined ? book.worksheets[0] : book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: CellValue[][] = [];
  const shown: string[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: CellValue[] = [];
    const texts: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = plainValue(cell.value);
      // An empty shared string is an empty cell (the whole-workbook reader alone says "").
      if (value === null || value === "") return;
      cells[col - 1] = value;
      texts[col - 1] = shownText(value, cell.numFmt);
    });
    for (let i = 0; i < cells.length; i++)
      if (cells[i] === undefined) {
        cells[i] = null;
        texts[i] = "";
      }
    while (rows.length < row.number - 1) {
      rows.push([]);
      shown.push([]);
    }
    width = Math.max(width, cells.length);
    rows.push(cells);
    shown.push(texts);
  });
  return { rows, shown, width, sheetName: ws.name };
}

/** Without the empty rows at the end (a row of empty styled cells is a row to one reader only). */
function withoutTrailingEmptyRows(read: Read): Read {
  const rows = [...read.rows];
  const shown = [...read.shown];
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) {
    rows.pop();
    shown.pop();
  }
  return { ...read, rows, shown };
}

/** Every kind of cell ExcelJS writes (shared strings), and with `streamed`, a streamed copy (inline strings). */
async function kitchenSink(file: string, streamed: boolean): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Cover").getCell("B2").value = "FY2026 review";
  const ws = book.addWorksheet("Team & Co <1>");
  ws.addRow(["Employee ID", "Name", "Joined", "Rate", "Active", "Note", "Time", "Total", "Check"]);
  ws.addRow([
    "E1",
    "山田 太郎",
    new Date(Date.UTC(2019, 3, 1)),
    0.125,
    true,
    'a < b & "c"',
    new Date(Date.UTC(1899, 11, 30, 9, 30)),
    { formula: "D2*2", result: 0.25 },
    { formula: "1/0", result: { error: "#DIV/0!" } },
  ]);
  ws.getCell("C2").numFmt = "yyyy-mm-dd";
  ws.getCell("D2").numFmt = "0.0%";
  ws.getCell("G2").numFmt = "hh:mm";
  ws.getRow(5).values = ["E2", { richText: [{ text: "Rich " }, { text: "text", font: { bold: true } }] }];
  ws.getCell("F5").value = 1200;
  ws.getCell("F5").numFmt = "#,##0";
  ws.getCell("Z7").value = "far right";
  ws.getCell("A9").value = false;
  ws.getCell("B9").value = { formula: 'A1&"!"', result: "Employee ID!" };
  ws.getCell("C9").value = -3.5e-7;
  ws.getCell("D9").value = "";
  await book.xlsx.writeFile(file);
  if (streamed) {
    const stream = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: `${file}.stream.xlsx`,
      useStyles: true,
    });
    const s = stream.addWorksheet("Roster");
    s.addRow(["ID", "Joined", "Score"]).commit();
    const r = s.addRow(["E1", new Date(Date.UTC(2020, 0, 15)), 3]);
    r.getCell(2).numFmt = "yyyy/m/d";
    r.commit();
    s.addRow([]).commit();
    s.addRow(["E2", null, 4.5]).commit();
    s.commit();
    await stream.commit();
  }
}

/** A workbook from hand-written parts, for what ExcelJS's writer never produces. */
function handWritten(file: string, parts: Record<string, string>): void {
  const base: Record<string, string> = {
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      "</Relationships>",
    "xl/styles.xml":
      '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="[$-411]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>',
  };
  const all: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries({ ...base, ...parts })) all[name] = strToU8(text);
  writeFileSync(file, zipSync(all));
}

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe("openXlsxStream", () => {
  it.each(["hr-export-en.xlsx", "skills-ja.xlsx"])(
    "reads LibreOffice's %s as ExcelJS's workbook reader does, value for value and text for text",
    async (name) => {
      const file = join(FIXTURES, name);
      const ours = withoutTrailingEmptyRows(await readOurs(file));
      const theirs = await readExcelJs(file);
      expect(ours.rows.length).toBeGreaterThan(3);
      expect(ours).toEqual(theirs);
    },
  );

  it("reads every kind of cell of an ExcelJS workbook (shared strings, dates, formulas, gaps) as ExcelJS does", async () => {
    const file = tmp("kitchen.xlsx");
    await kitchenSink(file, true);
    for (const [f, sheet] of [
      [file, "Team & Co <1>"],
      [file, "Cover"],
      [`${file}.stream.xlsx`, undefined],
    ] as const) {
      const ours = withoutTrailingEmptyRows(await readOurs(f, sheet));
      const theirs = await readExcelJs(f, sheet);
      expect(ours).toEqual(theirs);
    }
    const team = await readOurs(file, "Team & Co <1>");
    expect(team.rows[1]?.slice(0, 6)).toEqual([
      "E1",
      "山田 太郎",
      new Date(Date.UTC(2019, 3, 1)),
      0.125,
      true,
      'a < b & "c"',
    ]);
    expect(team.shown[1]?.slice(2, 9)).toEqual([
      "2019-04-01",
      "12.5%",
      "TRUE",
      'a < b & "c"',
      "09:30",
      "0.25",
      "#DIV/0!",
    ]);
    expect(team.rows[4]?.slice(0, 2)).toEqual(["E2", "Rich text"]);
    expect(team.rows[2]).toEqual([]);
    expect(team.rows[6]?.[25]).toBe("far right");
    expect(team.width).toBe(26);
    // An empty string is stored as an empty shared string: an empty cell.
    expect(team.rows[8]).toEqual([false, "Employee ID!", -3.5e-7]);
    const stream = await readOurs(`${file}.stream.xlsx`);
    expect(stream.rows).toEqual([
      ["ID", "Joined", "Score"],
      ["E1", new Date(Date.UTC(2020, 0, 15)), 3],
      [],
      ["E2", null, 4.5],
    ]);
    expect(stream.shown[1]).toEqual(["E1", "2020/1/15", "3"]);
  });

  it("names the sheets when the one asked for is missing, and the first sheet is the workbook's first", async () => {
    const file = tmp("two.xlsx");
    await kitchenSink(file, false);
    expect((await readOurs(file)).sheetName).toBe("Cover");
    await expect(openXlsxStream(file, { maxBytes: 1 << 30, sheet: "Other" })).rejects.toThrow(
      /has no sheet "Other". Sheets: "Cover", "Team & Co <1>"/,
    );
  });

  it("reads a shared string without its phonetic reading, prefixed elements, and cells without references", async () => {
    const file = tmp("hand.xlsx");
    handWritten(file, {
      "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${REL}><x:workbookPr date1904="1"/><x:sheets><x:sheet name="名簿" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN} count="3" uniqueCount="3"><si><t>社員番号</t></si><si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><phoneticPr fontId="1"/></si><si><r><t xml:space="preserve">A </t></r><r><rPr><b/></rPr><t>B</t></r><rPh sb="0" eb="1"><t>エー</t></rPh></si></sst>`,
      "xl/worksheets/data.xml": `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
        <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="inlineStr"><x:is><x:t>入社日</x:t></x:is></x:c></x:row>
        <x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c r="D3" t="s"><x:v>2</x:v></x:c><x:c r="E3" t="e"><x:v>#N/A</x:v></x:c><x:c r="F3" t="b"><x:v>1</x:v></x:c><x:c r="G3" s="2"/></x:row>
      </x:sheetData></x:worksheet>`,
    });
    const ours = await readOurs(file);
    expect(ours.sheetName).toBe("名簿");
    // 1904 date system: serial 0 is 1904-01-01.
    expect(ours.rows).toEqual([
      ["社員番号", "入社日"],
      [],
      ["山田", new Date(Date.UTC(1904, 0, 1)), null, "A B", "#N/A", true],
    ]);
    expect(ours.shown[2]).toEqual(["山田", "1904年1月1日", "", "A B", "#N/A", "TRUE"]);
    expect(ours.width).toBe(6);
  });

  it('starts at the first worksheet when a chart sheet comes first, and reads ISO dates (t="d") at the clock\'s time', async () => {
    const file = tmp("chart-first.xlsx");
    handWritten(file, {
      "xl/workbook.xml": `<workbook ${MAIN} ${REL}><sheets><sheet name="Chart" sheetId="2" r:id="rId9"/><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels":
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        "</Relationships>",
      "xl/chartsheets/sheet1.xml": `<chartsheet ${MAIN}/>`,
      "xl/worksheets/sheet1.xml": `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="d"><v>2019-04-01T09:30:00</v></c><c r="B1" t="d"><v>2019-04-01</v></c><c r="C1" t="d"><v>2019-04-01T09:30:00+09:00</v></c></row></sheetData></worksheet>`,
    });
    const ours = await readOurs(file);
    expect(ours.sheetName).toBe("People");
    expect(ours.rows).toEqual([
      [
        new Date(Date.UTC(2019, 3, 1, 9, 30)),
        new Date(Date.UTC(2019, 3, 1)),
        new Date(Date.UTC(2019, 3, 1, 0, 30)),
      ],
    ]);
  });

  it("stops at Excel's limits: a cell past column XFD is refused, a row past the last is not padded to", async () => {
    const sheet = (rows: string) => ({
      "xl/workbook.xml": `<workbook ${MAIN} ${REL}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/sharedStrings.xml": `<sst ${MAIN}/>`,
      "xl/worksheets/data.xml": `<worksheet ${MAIN}><sheetData>${rows}</sheetData></worksheet>`,
    });
    const wide = tmp("wide.xlsx");
    handWritten(wide, sheet('<row r="2"><c r="XFD2"><v>1</v></c><c r="ZZZZZZ2"><v>2</v></c></row>'));
    await expect(readOurs(wide)).rejects.toThrow(
      /wide\.xlsx: row 2 has a cell in column 321,272,406, past Excel's 16,384 columns/,
    );
    const tall = tmp("tall.xlsx");
    handWritten(
      tall,
      sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999"><c r="A99999999"><v>2</v></c></row>'),
    );
    const rows = (await readOurs(tall)).rows;
    // Excel's 1,048,576 rows, then the one past them, which the batch path refuses by count.
    expect(rows).toHaveLength(1_048_577);
    expect(rows[1_048_576]).toEqual([2]);
  });

  it("refuses a sheet whose XML is broken with a sentence naming the file", async () => {
    const file = tmp("broken.xlsx");
    handWritten(file, {
      "xl/workbook.xml": `<workbook ${MAIN} ${REL}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/sharedStrings.xml": `<sst ${MAIN}/>`,
      "xl/worksheets/data.xml": `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData></worksheet>`,
    });
    const x = await openXlsxStream(file, { maxBytes: 1 << 30 });
    const drain = async () => {
      for await (const batch of x.batches) void batch;
    };
    await expect(drain()).rejects.toThrow(/broken\.xlsx cannot be read as an xlsx workbook/);
  });
});

describe("isDateFormat and serialToDate", () => {
  it("tells date and time formats from number formats", () => {
    for (const f of [
      "yyyy-mm-dd",
      "m/d/yy h:mm",
      "[h]:mm:ss",
      '[$-411]ggge"年"m"月"d"日"',
      "hh:mm",
      "mmm-yy",
    ])
      expect([f, isDateFormat(f)]).toEqual([f, true]);
    for (const f of ["General", "0.00%", "#,##0", '0 "days"', "[Red]0.0", "0.00E+00", "@", "\\d0", undefined])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });

  it("counts days from Excel's epoch in both date systems", () => {
    expect(serialToDate(43556, false)).toEqual(new Date(Date.UTC(2019, 3, 1)));
    expect(serialToDate(43556.5, false)).toEqual(new Date(Date.UTC(2019, 3, 1, 12)));
    expect(serialToDate(0, true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });
});
