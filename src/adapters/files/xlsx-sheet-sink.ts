/**
 * xlsx output for a CSV source, written as a stream: one worksheet whose XML is
 * produced row by row and deflated straight into the zip, with backpressure (a
 * batch waits until the output has taken the previous one), so memory stays flat
 * at any row count. ExcelJS's streaming writer buffers its whole output when rows
 * come faster than it compresses (about 1 GB at 1,048,575 rows), hence this writer.
 * Numbers written as plain numbers become numbers; everything else stays text.
 */
import { PassThrough, Readable } from "node:stream";
import type { Lang } from "../../core/catalog/types";
import type { CellValue } from "./read-sheet";
import { writeTo } from "./safe-write";
import { addedCells, type Added, type ScoredSink } from "./scored-sinks";
import { columnLetters, xmlText } from "./xlsx-patch";
import { ZipCopier, type ZipPart } from "./zip-parts";

/** A plain decimal number without a leading zero (so "00123" stays an ID) and within Excel's 15 digits. */
const NUMBER_TEXT = /^-?(0|[1-9]\d{0,14})(\.\d{1,15})?$/;

export function csvCellForXlsx(value: CellValue): CellValue {
  if (typeof value === "string" && NUMBER_TEXT.test(value)) return Number(value);
  return value === "" ? null : value;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

function part(name: string): ZipPart {
  const d = new Date();
  return {
    name,
    flags: 0x0800,
    method: 8,
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    crc: 0,
    compressedSize: 0,
    size: 0,
    localOffset: 0,
    central: Buffer.alloc(0),
  };
}

function cellXml(ref: string, value: CellValue, style: string): string {
  if (value === null) return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = value instanceof Date ? value.toISOString() : value;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

function staticParts(sheetName: string): [string, string][] {
  return [
    [
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName).replace(/"/g, "&quot;")}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      "xl/styles.xml",
      `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
  ];
}

export class XlsxSheetSink implements ScoredSink {
  private readonly sheet = new PassThrough();
  private readonly zip: ZipCopier;
  private readonly written: Promise<void>;
  private text = "";

  constructor(
    out: NodeJS.WritableStream,
    private readonly options: { width: number; lang: Lang; sheetName: string },
  ) {
    this.zip = new ZipCopier("", null, out);
    const gap = options.width + 2;
    this.text = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><cols><col min="${gap}" max="${gap}" width="80" customWidth="1"/></cols><sheetData>`;
    this.written = this.zip.replace(part("xl/worksheets/sheet1.xml"), [this.sheet]);
    // Errors surface through `written`, awaited at flush and end.
    this.written.catch(() => undefined);
  }

  row(index: number, cells: readonly CellValue[], _shown: unknown, added: Added): void {
    const r = index + 1;
    let xml = "";
    for (let c = 0; c < cells.length; c++)
      xml += cellXml(`${columnLetters(c + 1)}${r}`, csvCellForXlsx(cells[c] ?? null), "");
    if (added) {
      const [level, gap] = addedCells(added, this.options.lang);
      const at = Math.max(this.options.width, cells.length);
      xml += cellXml(`${columnLetters(at + 1)}${r}`, level === "" ? null : level, "");
      xml += cellXml(`${columnLetters(at + 2)}${r}`, gap === "" ? null : gap, ` s="1"`);
    }
    this.text += `<row r="${r}">${xml}</row>`;
  }

  flush(): Promise<void> | undefined {
    if (this.text === "") return undefined;
    const text = this.text;
    this.text = "";
    const wait = writeTo(this.sheet, text);
    return wait ? Promise.race([wait, this.written]) : undefined;
  }

  async end(): Promise<void> {
    this.text += `</sheetData></worksheet>`;
    await this.flush();
    this.sheet.end();
    await this.written;
    for (const [name, xml] of staticParts(this.options.sheetName))
      await this.zip.replace(part(name), [Readable.from([Buffer.from(xml, "utf8")])]);
    await this.zip.finish();
  }
}
