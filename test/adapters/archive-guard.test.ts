/** The zip guard: actual inflated bytes are counted and capped; declared sizes are never trusted. */
import { open } from "node:fs/promises";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  checkXlsxArchive,
  fflateInflater,
  fileHandleSource,
  guardArchive,
  bytesSource,
  MAX_EXPANDED_BYTES,
  STREAMING_ARCHIVE_LIMITS,
} from "../../src/adapters/files/archive-guard";
import {
  bitFlips,
  honestBomb,
  lyingBomb,
  odsFile,
  overlappingBomb,
  truncatedPart,
  zeroDeflate,
  zipOf,
} from "../helpers/hostile-files";

const u8 = (b: Buffer): Uint8Array => new Uint8Array(b);
const MIB = 1024 * 1024;

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Roster");
  ws.addRow(["Employee ID", "Name", "Specialty Field"]);
  for (let i = 0; i < 50; i++) ws.addRow([`E${i}`, `Person ${i}`, "Hardware"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the zip guard", () => {
  it("accepts a real workbook and reports its parts and the bytes actually inflated", async () => {
    const check = await checkXlsxArchive(u8(await workbook()), "r.xlsx");
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.format).toBe("xlsx");
      expect(check.parts).toContain("xl/worksheets/sheet1.xml");
      expect(check.expanded).toBeGreaterThan(1000);
    }
  });

  it("refuses a 10 MB zip that declares 20 kB and inflates to 10 GiB, at the first lie", async () => {
    const started = Date.now();
    const check = await checkXlsxArchive(u8(lyingBomb(10 * 1024, 20_000)), "lying.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "size-mismatch" });
    if (!check.ok)
      expect(check.reason.en).toBe(
        "lying.xlsx is refused: its part xl/worksheets/sheet1.xml inflates past the 20,000 bytes it declares, so the archive is damaged or crafted (a zip bomb)",
      );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("stops at the 400 MB limit when a part declares no size, without keeping what it inflated", async () => {
    const check = await checkXlsxArchive(u8(lyingBomb(3072, 0xffffffff)), "unknown.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "too-large" });
    if (!check.ok) expect(check.reason.en).toMatch(/^unknown.xlsx expands to more than 400 MB, the limit/);
  });

  it("stops at the limit when a part declares a size just under it and inflates past it", async () => {
    const check = await checkXlsxArchive(u8(lyingBomb(3072, MAX_EXPANDED_BYTES - 1)), "under.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "too-large" });
  });

  it("refuses an honest bomb from what it declares, before inflating anything", async () => {
    const check = await checkXlsxArchive(u8(honestBomb(1024)), "honest.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "too-large" });
    if (!check.ok)
      expect(check.reason.en).toMatch(/^honest.xlsx declares 1,024 MB when expanded; the limit is 400 MB/);
  });

  it("refuses a part that expands more than 200 times its compressed size", async () => {
    const check = await checkXlsxArchive(u8(lyingBomb(8, 8 * MIB)), "ratio.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "ratio" });
    if (!check.ok)
      expect(check.reason.en).toMatch(/^ratio.xlsx expands more than \d+ times its size \(limit 200\)/);
  });

  it("refuses parts that share their compressed bytes (a non-recursive zip bomb)", async () => {
    const check = await checkXlsxArchive(u8(overlappingBomb(3)), "overlap.xlsx");
    expect(check).toMatchObject({ ok: false, problem: "damaged" });
    if (!check.ok) expect(check.reason.en).toContain("two parts overlap");
  });

  it("refuses damaged archives with one sentence naming the file", async () => {
    const good = await workbook();
    const cases = [
      good.subarray(0, good.length - 30),
      good.subarray(0, good.length >> 1),
      good.subarray(0, 100),
      Buffer.from("PK\u0003\u0004garbage"),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => bitFlips(good, seed, 8)),
    ];
    for (const bytes of cases) {
      const check = await checkXlsxArchive(u8(bytes), "broken.xlsx");
      if (check.ok) continue; // a flip in an unused byte leaves a readable archive
      expect(check.reason.en).toMatch(/^broken.xlsx /);
      expect(check.reason.en).not.toMatch(/\n|at .*\(.*:\d+:\d+\)/);
      expect(check.reason.ja).toContain("broken.xlsx");
    }
    const truncated = await checkXlsxArchive(u8(good.subarray(0, good.length >> 1)), "half.xlsx");
    expect(truncated.ok).toBe(false);
  });

  it("refuses a part whose compressed data ends early, naming the file and the part in both languages", async () => {
    const cut = truncatedPart(await workbook(), "xl/worksheets/sheet1.xml");
    for (const inflater of [undefined, fflateInflater]) {
      const check = await guardArchive(bytesSource(u8(cut)), "cut.xlsx", undefined, inflater);
      expect(check).toMatchObject({ ok: false, problem: "damaged" });
      if (check.ok) continue;
      expect(check.reason.en).toBe(
        "cut.xlsx is damaged and cannot be read (part xl/worksheets/sheet1.xml ends early: its compressed data is cut short); save it from Excel again as .xlsx",
      );
      expect(check.reason.ja).toBe(
        "cut.xlsxは壊れているため読めません（パーツxl/worksheets/sheet1.xmlの圧縮データが途中で切れています）。Excelで.xlsxとして保存し直してください",
      );
    }
  });

  it("says every damage in Japanese in the Japanese message (no English detail)", async () => {
    const good = await workbook();
    const cases = [
      truncatedPart(good, "xl/worksheets/sheet1.xml"),
      good.subarray(0, good.length - 30),
      overlappingBomb(2),
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => bitFlips(good, seed, 8)),
    ];
    let refused = 0;
    for (const bytes of cases) {
      const check = await checkXlsxArchive(u8(bytes), "b.xlsx");
      if (check.ok) continue;
      refused++;
      // Only the file's own names (b.xlsx, the part after "パーツ", "zip", "xlsx", "Excel") are in Latin letters.
      const latin = check.reason.ja
        .replace(/パーツ[^\u3000-\u9fff]*/g, "")
        .replace(/b\.xlsx|zip64|zip|\.?xlsx|Excel/g, "")
        .match(/[A-Za-z]{2,}/g);
      expect(latin).toBeNull();
    }
    expect(refused).toBeGreaterThanOrEqual(3);
  });

  it("admits Excel's row limit when the sheets are streamed, and still stops a bomb at the ratio", async () => {
    expect(STREAMING_ARCHIVE_LIMITS.maxExpandedBytes).toBeGreaterThanOrEqual(1024 * MIB);
    // A roster sheet as Excel writes it expands about 10 times: within the ratio at any size.
    const rows: string[] = [];
    for (let i = 0; i < 60_000; i++)
      rows.push(
        `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>E${(i * 7919) % 1_000_003}</t></is></c><c r="B${i + 2}"><v>${(i * 31) % 97}</v></c></row>`,
      );
    const sheet = Buffer.from(`<worksheet><sheetData>${rows.join("")}</sheetData></worksheet>`);
    const zip = zipOf([
      { name: "xl/workbook.xml", data: Buffer.from("<workbook/>") },
      { name: "xl/worksheets/sheet1.xml", data: sheet },
    ]);
    const tight = { ...STREAMING_ARCHIVE_LIMITS, maxExpandedBytes: MIB, maxHeldBytes: MIB };
    expect(await guardArchive(bytesSource(u8(zip)), "big.xlsx", tight)).toMatchObject({
      ok: false,
      problem: "too-large",
    });
    expect(await guardArchive(bytesSource(u8(zip)), "big.xlsx", STREAMING_ARCHIVE_LIMITS)).toMatchObject({
      ok: true,
    });
    // The same bytes outside a worksheet are held by a streaming reader: they count against the held limit.
    const held = zipOf([{ name: "xl/sharedStrings.xml", data: sheet }]);
    const check = await guardArchive(bytesSource(u8(held)), "held.xlsx", {
      ...STREAMING_ARCHIVE_LIMITS,
      maxHeldBytes: MIB,
    });
    expect(check).toMatchObject({ ok: false, problem: "too-large" });
    if (!check.ok) expect(check.reason.en).toMatch(/other than the sheets \(here xl\/sharedStrings.xml\)/);
    const bomb = await guardArchive(
      bytesSource(u8(lyingBomb(64, 0xffffffff))),
      "bomb.xlsx",
      STREAMING_ARCHIVE_LIMITS,
    );
    expect(bomb).toMatchObject({ ok: false, problem: "ratio" });
  });

  it("tells an OpenDocument spreadsheet from a workbook", async () => {
    expect(await checkXlsxArchive(u8(odsFile()), "a.ods")).toMatchObject({ ok: true, format: "ods" });
  });

  it("reads a file on disk in chunks, as the command line does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "guard-"));
    const path = join(dir, "bomb.xlsx");
    writeFileSync(path, lyingBomb(2048, 20_000));
    const handle = await open(path, "r");
    try {
      const check = await guardArchive(fileHandleSource(handle, (await handle.stat()).size), "bomb.xlsx");
      expect(check).toMatchObject({ ok: false, problem: "size-mismatch" });
    } finally {
      await handle.close();
    }
  });

  it("counts the same bytes with fflate, the task pane's inflater", async () => {
    const good = await workbook();
    const viaZlib = await checkXlsxArchive(u8(good), "r.xlsx");
    const viaFflate = await guardArchive(bytesSource(u8(good)), "r.xlsx", undefined, fflateInflater);
    expect(viaFflate).toEqual(viaZlib);
    const bomb = await guardArchive(
      bytesSource(u8(lyingBomb(64, 20_000))),
      "b.xlsx",
      undefined,
      fflateInflater,
    );
    expect(bomb).toMatchObject({ ok: false, problem: "size-mismatch" });
  });

  it("builds its bombs compactly: a repeated full-flushed block inflates to exactly the size asked", () => {
    const { deflated, size } = zeroDeflate(4);
    expect(size).toBe(4 * MIB);
    expect(deflated.length).toBeLessThan(20_000);
    expect(zipOf([{ name: "a", data: { deflated, size } }]).length).toBeLessThan(20_200);
  });
});
