/**
 * One workbook, one reading: the pane's import (readSheet, ExcelJS's whole-workbook
 * loader in the browser) and the command line (openXlsxStream, saxes over the zip)
 * must give the same cells, so a roster scores the same from either. Checked on
 * LibreOffice's fixtures, on an ExcelJS-written workbook with every kind of cell, and
 * on Japanese shared strings carrying phonetic readings (ふりがな), which Excel writes
 * for names typed through the IME.
 */
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { readSheet, type CellValue } from "../../src/adapters/files/read-sheet";
import { openXlsxStream } from "../../src/adapters/files/xlsx-stream";

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const dir = mkdtempSync(join(tmpdir(), "itss-agree-"));

/**
 * Rows without trailing empty cells and without trailing empty rows, an empty text as an
 * empty cell (the engine reads both as blank): both readers' gaps alike.
 */
function trimmed(rows: readonly CellValue[][]): CellValue[][] {
  const out = rows.map((row) => {
    const r = row.map((c) => (c === undefined || c === "" ? null : c));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && out[out.length - 1]?.length === 0) out.pop();
  return out;
}

async function both(file: string): Promise<{ pane: CellValue[][]; cli: CellValue[][] }> {
  const pane = await readSheet(new Uint8Array(readFileSync(file)), file);
  const stream = await openXlsxStream(file, { maxBytes: 1 << 30 });
  const cli: CellValue[][] = [];
  for await (const batch of stream.batches) cli.push(...batch.rows);
  return { pane: trimmed(pane.rows), cli: trimmed(cli) };
}

describe("the pane's and the command line's xlsx readers agree", () => {
  it.each(["hr-export-en.xlsx", "skills-ja.xlsx"])("on LibreOffice's %s", async (name) => {
    const { pane, cli } = await both(join(FIXTURES, name));
    expect(pane.length).toBeGreaterThan(3);
    expect(cli).toEqual(pane);
  });

  it("on merged cells: the value in the merge's top-left cell only, as Excel's Range.values has it", async () => {
    const { pane, cli } = await both(join(FIXTURES, "skills-ja.xlsx"));
    // The title is merged across the table's width (A1:M1 or so) in the fixture.
    expect(pane[0]).toEqual(["2026年度 上期 スキル棚卸し（情報システム部）"]);
    expect(cli[0]).toEqual(pane[0]);
  });

  it("on an ExcelJS-written workbook with text, numbers, dates, booleans, formulas and rich text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名簿");
    ws.addRow(["社員番号", "氏名", "入社日", "実績件数", "在籍", "計算", "メモ"]);
    ws.addRow([
      "0101",
      "山田 太郎",
      new Date(Date.UTC(2020, 3, 1)),
      3,
      true,
      { formula: "1+2", result: 3 },
      "=SUM(A1)",
    ]);
    ws.addRow([
      "0102",
      { richText: [{ text: "佐藤 " }, { font: { bold: true }, text: "花子" }] },
      null,
      2.5,
      false,
      { formula: "1/0", result: { error: "#DIV/0!" } },
      "",
    ]);
    ws.getCell("C2").numFmt = "yyyy/m/d";
    const file = join(dir, "exceljs.xlsx");
    await wb.xlsx.writeFile(file);
    const { pane, cli } = await both(file);
    expect(pane[1]?.[1]).toBe("山田 太郎");
    expect(cli).toEqual(pane);
  });

  it("on a Japanese name with its phonetic reading: the name, never the reading", async () => {
    const main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const pkg = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"';
    const type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const file = join(dir, "furigana.xlsx");
    writeFileSync(
      file,
      zipSync({
        "[Content_Types].xml": strToU8(
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
        "_rels/.rels": strToU8(
          `<Relationships ${pkg}><Relationship Id="rId1" Type="${type}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          `<Relationships ${pkg}><Relationship Id="rId1" Type="${type}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${type}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
        ),
        "xl/workbook.xml": strToU8(
          `<workbook ${main} ${rel}><sheets><sheet name="名簿" sheetId="1" r:id="rId1"/></sheets></workbook>`,
        ),
        "xl/sharedStrings.xml": strToU8(
          `<sst ${main} count="2" uniqueCount="2"><si><t>氏名</t></si><si><t>山田 太郎</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh><rPh sb="3" eb="5"><t>タロウ</t></rPh><phoneticPr fontId="1"/></si></sst>`,
        ),
        "xl/worksheets/sheet1.xml": strToU8(
          `<worksheet ${main}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`,
        ),
      }),
    );
    const { pane, cli } = await both(file);
    expect(pane).toEqual([["氏名"], ["山田 太郎"]]);
    expect(cli).toEqual(pane);
  });
});
