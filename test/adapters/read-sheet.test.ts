/** Reading files safely: size and expansion limits, damaged and password-protected workbooks, encodings. */
import { deflateRawSync } from "node:zlib";
import { checkXlsxArchive, MAX_EXPANDED_BYTES } from "../../src/adapters/files/archive-guard";
import { decodeCsv, FileReadError, MAX_FILE_BYTES, readSheet } from "../../src/adapters/files/read-sheet";

/** A one-entry zip whose directory declares `declared` uncompressed bytes. */
function zip(name: string, content: Buffer, declared = content.length): Uint8Array {
  const data = deflateRawSync(content);
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(fileName.length, 28);
  const directoryOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return new Uint8Array(Buffer.concat([local, fileName, data, central, fileName, end]));
}

describe("xlsx archive guard", () => {
  it("accepts an ordinary archive and reports its expanded size", () => {
    expect(checkXlsxArchive(zip("a.xml", Buffer.from("<x/>")), "a.xlsx")).toEqual({
      ok: true,
      entries: 1,
      expanded: 4,
    });
  });

  it("refuses an archive that declares more than the limit, before inflating anything", () => {
    const bomb = zip("sheet1.xml", Buffer.from("tiny"), MAX_EXPANDED_BYTES + 1);
    const result = checkXlsxArchive(bomb, "bomb.xlsx");
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/^bomb.xlsx expands to 400 MB; the limit is 400 MB/),
    });
  });

  it("refuses an archive with an absurd expansion ratio", () => {
    const zeros = zip("sheet1.xml", Buffer.alloc(50 * 1024 * 1024));
    expect(checkXlsxArchive(zeros, "zeros.xlsx")).toEqual({
      ok: false,
      reason: expect.stringMatching(/expands \d+ times its size \(limit 200\)/),
    });
  });

  it("reads files through the guard: damaged and password-protected workbooks get clear messages", async () => {
    await expect(
      readSheet(new Uint8Array(Buffer.from("PK\u0003\u0004garbage")), "broken.xlsx"),
    ).rejects.toThrow(/broken.xlsx is not a valid xlsx file/);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readSheet(ole, "secret.xlsx")).rejects.toThrow(
      /secret.xlsx cannot be opened: it is password-protected/,
    );
    await expect(
      readSheet(zip("x", Buffer.from("a"), MAX_EXPANDED_BYTES * 2), "big.xlsx"),
    ).rejects.toBeInstanceOf(FileReadError);
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    await expect(readSheet(huge, "huge.csv")).rejects.toThrow(/huge.csv is 50.0 MB; the limit is 50 MB/);
  });
});

describe("CSV encodings", () => {
  it("reads UTF-8 with and without BOM, and Shift_JIS", () => {
    const text = "氏名,専門分野\n山田,ハードウェア\n";
    const utf8 = new Uint8Array(Buffer.from(text, "utf8"));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsv(utf8)).toEqual({ text, encoding: "utf-8" });
    expect(decodeCsv(bom)).toEqual({ text, encoding: "utf-8" });
    // "山田" in Shift_JIS.
    const shiftJis = new Uint8Array([0x8e, 0x52, 0x93, 0x63]);
    expect(decodeCsv(shiftJis)).toEqual({ text: "山田", encoding: "shift_jis" });
  });
});
