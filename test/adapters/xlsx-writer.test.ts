/** The streaming workbook writer: what a reader (ExcelJS here) finds in its output. */
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { XlsxWriter } from "../../src/adapters/files/xlsx-writer";

async function written(build: (book: XlsxWriter) => Promise<void>): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  const book = new XlsxWriter(out);
  await build(book);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return loaded;
}

describe("XlsxWriter", () => {
  it("writes sheets in order with typed cells, text columns, widths and tables", async () => {
    const book = await written(async (w) => {
      const roster = w.sheet({ name: "Roster", widths: [16, 20, 12], textColumns: new Set([0]) });
      roster.row(["Employee ID", "Note", "Years"]);
      roster.row(["0012", '=HYPERLINK("http://x")', 2.5]);
      roster.row(["E2", "<a & b>", true]);
      roster.row(["E3", new Date(Date.UTC(2024, 3, 1)), null]);
      await roster.flush();
      await roster.end([{ name: "Roster", ref: "A1:C4", columns: ["Employee ID", "Note", "Years"] }]);
      const report = w.sheet({ name: "Import Report", widths: [60] });
      report.row(["Count", "n"], 1);
      report.row(["rows", 3], 2);
      report.row(["Other", "m"], 5);
      await report.end([
        { name: "ImportSummary", ref: "A1:B2", columns: ["Count", "n"] },
        { name: "ImportOther", ref: "A5:B6", columns: ["Other", "m"] },
      ]);
      await w.finish();
    });
    expect(book.worksheets.map((s) => s.name)).toEqual(["Roster", "Import Report"]);
    const roster = book.getWorksheet("Roster") as ExcelJS.Worksheet;
    expect(roster.getCell("A2").value).toBe("0012");
    expect(roster.getCell("A2").numFmt).toBe("@");
    expect(roster.getColumn(1).width).toBe(16);
    // Text that looks like a formula stays text.
    expect(roster.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(roster.getCell("B2").value).toBe('=HYPERLINK("http://x")');
    expect(roster.getCell("B3").value).toBe("<a & b>");
    expect(roster.getCell("C2").value).toBe(2.5);
    expect(roster.getCell("C3").value).toBe(true);
    expect(roster.getCell("B4").value).toEqual(new Date(Date.UTC(2024, 3, 1)));
    expect(roster.getCell("C4").value).toBeNull();
    type Tables = Record<string, { table: { name: string; tableRef: string } }>;
    const tables = (s: ExcelJS.Worksheet) =>
      Object.values((s as unknown as { tables: Tables }).tables)
        .map((t) => [t.table.name, t.table.tableRef])
        .sort();
    expect(tables(roster)).toEqual([["Roster", "A1:C4"]]);
    const report = book.getWorksheet("Import Report") as ExcelJS.Worksheet;
    expect(report.getCell("B2").value).toBe(3);
    expect(report.getCell("A5").value).toBe("Other");
    expect(tables(report)).toEqual([
      ["ImportOther", "A5:B6"],
      ["ImportSummary", "A1:B2"],
    ]);
  });

  it("refuses to start a sheet before the previous one ended", () => {
    const w = new XlsxWriter(new Writable({ write: (_c, _e, done) => done() }));
    w.sheet({ name: "A" });
    expect(() => w.sheet({ name: "B" })).toThrow(/has not ended/);
  });
});
