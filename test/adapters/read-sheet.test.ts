/** Reading files safely: size limit, formats named with what to do, empty files, encodings through readSheet. */
import { FileReadError, MAX_FILE_BYTES, readSheet } from "../../src/adapters/files/read-sheet";
import { brokenRoster, odsFile, oleFile, utf16, zipOf } from "../helpers/hostile-files";

const u8 = (b: Buffer | string): Uint8Array => new Uint8Array(Buffer.from(b));

describe("readSheet", () => {
  it("refuses a file over the size limit before parsing it", async () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(readSheet(huge, "huge.csv")).rejects.toThrow(/huge.csv is 50.0 MB; the limit is 50 MB/);
  });

  it("names .ods, .xls and password-protected workbooks with what to do", async () => {
    await expect(readSheet(u8(odsFile()), "team.ods")).rejects.toThrow(
      /^team.ods is an OpenDocument spreadsheet \(.ods\).*save it as .xlsx/,
    );
    await expect(readSheet(u8(odsFile()), "renamed.xlsx")).rejects.toThrow(/OpenDocument spreadsheet/);
    await expect(readSheet(u8(oleFile("Workbook")), "old.xls")).rejects.toThrow(
      /^old.xls is an old Excel 97-2003 workbook \(.xls\).*save it as .xlsx/,
    );
    await expect(readSheet(u8("<html><table></table></html>"), "export.xls")).rejects.toThrow(
      /Excel 97-2003 workbook/,
    );
    await expect(readSheet(u8(oleFile("EncryptedPackage")), "secret.xlsx")).rejects.toThrow(
      /^secret.xlsx cannot be opened: it is password-protected/,
    );
    await expect(readSheet(u8(zipOf([{ name: "a.txt", data: Buffer.from("a") }])), "a.xlsx")).rejects.toThrow(
      /^a.xlsx is a zip archive but not an Excel workbook/,
    );
  });

  it("says an empty file is empty, with no advice the command line cannot follow", async () => {
    for (const bytes of [new Uint8Array(0), u8("\r\n\r\n"), u8("\ufeff"), u8(",,\n,,\n")]) {
      const err = await readSheet(bytes, "empty.csv").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileReadError);
      expect((err as Error).message).toMatch(/^empty.csv is empty: it has no rows to read\./);
      expect((err as Error).message).not.toMatch(/by hand|choose the header/);
    }
  });

  it("reads Excel's Unicode Text (UTF-16 LE, tab-separated) into the same rows as the CSV", async () => {
    const csv = brokenRoster([]);
    const tsv = csv.replace(/,/g, "\t");
    const fromCsv = await readSheet(u8(csv), "r.csv");
    const fromUnicode = await readSheet(new Uint8Array(utf16(tsv)), "r.txt");
    expect(fromUnicode.encoding).toBe("utf-16le");
    expect(fromUnicode.bom).toBe(true);
    expect(fromUnicode.rows).toEqual(fromCsv.rows);
    expect((await readSheet(new Uint8Array(utf16(tsv, "be")), "r.txt")).rows).toEqual(fromCsv.rows);
  });

  it("reads the encoding the user chose, and refuses text that is not in it", async () => {
    const sjis = new Uint8Array([0x8e, 0x52, 0x93, 0x63, 0x2c, 0x41, 0x0a]); // 山田,A
    expect((await readSheet(sjis, "s.csv", undefined, { encoding: "sjis" })).rows).toEqual([["山田", "A"]]);
    await expect(readSheet(sjis, "s.csv", undefined, { encoding: "utf8" })).rejects.toThrow(
      /^s.csv: line 1 has a byte \(0x8E\) that is not valid UTF-8/,
    );
  });
});
