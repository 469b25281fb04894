/**
 * A workbook written as a stream, sheet after sheet: each worksheet's XML is produced
 * row by row and deflated straight into the zip, with backpressure (a batch waits
 * until the output has taken the previous one), so memory stays flat at any row
 * count. Excel tables (ListObjects) are added with their sheet, in the same pass.
 * ExcelJS's streaming writer buffers its whole output when rows come faster than it
 * compresses (about 1 GB at 1,048,575 rows) and registers a style per cell, hence
 * this writer, used by `itss score` (CSV to xlsx) and `itss import`.
 *
 * API:
 *   const book = new XlsxWriter(out);
 *   const sheet = book.sheet({ name: "Roster", widths: [16, 16], textColumns: new Set([0]) });
 *   sheet.row(["Employee ID", "Name"]); sheet.row(["0012", "山田"]);
 *   await sheet.flush();                       // after each batch: resolves when the output takes more
 *   await sheet.end([{ name: "Roster", ref: "A1:B2", columns: ["Employee ID", "Name"] }]);
 *   await book.finish();                       // workbook, styles, relationships, content types
 *
 * Cells: strings are inline text (never a formula, whatever they start with), numbers
 * numbers, booleans booleans, dates date serials shown as dates; null is no cell.
 */
import { PassThrough, Readable } from "node:stream";
import type { CellValue } from "./read-sheet";
import { writeTo } from "./safe-write";
import { columnLetters, xmlText } from "./xlsx-patch";
import { ZipCopier, type ZipPart } from "./zip-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

function attr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;");
}

/** A table part: its range (header row and data), its column names, a banded style with filter buttons. */
export function tableXml(spec: SheetTable, id: number): string {
  const columns = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${attr(c)}"/>`).join("");
  return (
    `${HEAD}<table xmlns="${MAIN}" id="${id}" name="${spec.name}" displayName="${spec.name}" ref="${spec.ref}">` +
    `<autoFilter ref="${spec.ref}"/><tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** The cell formats styles.xml defines, by index (cellXfs). */
export const CELL_STYLE = { plain: 0, wrap: 1, text: 2, date: 3, textWrap: 4 } as const;
const STYLE_ATTR = ["", ` s="1"`, ` s="2"`, ` s="3"`, ` s="4"`] as const;

const STYLES =
  `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

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

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** One cell's XML; `style` is a CELL_STYLE index. Strings are inline text, never formulas. */
export function cellXml(ref: string, value: CellValue | undefined, style: number): string {
  if (value === null || value === undefined) return "";
  const s = STYLE_ATTR[style] ?? "";
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) {
    const serial = (value.getTime() - EXCEL_EPOCH) / 86_400_000;
    if (!Number.isFinite(serial)) return "";
    return `<c r="${ref}"${style === CELL_STYLE.plain ? STYLE_ATTR[CELL_STYLE.date] : s}><v>${serial}</v></c>`;
  }
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

export interface SheetOptions {
  readonly name: string;
  /** Column widths in characters, by 0-based column; undefined leaves Excel's default. */
  readonly widths?: readonly (number | undefined)[];
  /** Columns formatted as text ("@"): what is typed there later stays text (IDs keep their zeros). */
  readonly textColumns?: ReadonlySet<number>;
  /** Columns whose cells wrap their text. */
  readonly wrapColumns?: ReadonlySet<number>;
}

/** A table on the sheet; the header row's cells must be the column names. */
export interface SheetTable {
  readonly name: string;
  /** "A1:V5": header row and data rows. */
  readonly ref: string;
  readonly columns: readonly string[];
}

export class XlsxWriter {
  private readonly zip: ZipCopier;
  private readonly sheets: { name: string; tables: number[] }[] = [];
  private readonly tables: (SheetTable & { sheet: number })[] = [];
  private open: SheetWriter | undefined;

  constructor(out: NodeJS.WritableStream) {
    this.zip = new ZipCopier("", null, out);
  }

  /** Starts the next sheet; the previous one must have ended. */
  sheet(options: SheetOptions): SheetWriter {
    if (this.open && !this.open.ended) throw new Error("the previous sheet has not ended");
    const index = this.sheets.length + 1;
    this.sheets.push({ name: options.name, tables: [] });
    this.open = new SheetWriter(this.zip, index, options, (tables) =>
      tables.map((t) => {
        this.tables.push({ ...t, sheet: index });
        this.sheets[index - 1]?.tables.push(this.tables.length);
        return this.tables.length;
      }),
    );
    return this.open;
  }

  /** Writes the workbook's other parts and the zip directory. */
  async finish(): Promise<void> {
    if (this.open && !this.open.ended) throw new Error("the last sheet has not ended");
    const text = (name: string, xml: string) =>
      this.zip.replace(part(name), [Readable.from([Buffer.from(xml, "utf8")])]);
    for (const [i, t] of this.tables.entries()) await text(`xl/tables/table${i + 1}.xml`, tableXml(t, i + 1));
    for (const [i, s] of this.sheets.entries()) {
      if (s.tables.length === 0) continue;
      const rels = s.tables
        .map((t) => `<Relationship Id="rIdT${t}" Type="${REL}/table" Target="../tables/table${t}.xml"/>`)
        .join("");
      await text(
        `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
        `${HEAD}<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`,
      );
    }
    await text(
      "xl/workbook.xml",
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${this.sheets
        .map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    );
    await text(
      "xl/_rels/workbook.xml.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}">${this.sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          "",
        )}<Relationship Id="rId${this.sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    await text("xl/styles.xml", STYLES);
    await text(
      "_rels/.rels",
      `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    await text(
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${this.sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`)
        .join("")}${this.tables
        .map((_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${TABLE_TYPE}"/>`)
        .join(
          "",
        )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    );
    await this.zip.finish();
  }
}

export class SheetWriter {
  private readonly stream = new PassThrough();
  private readonly written: Promise<void>;
  private text: string;
  private next = 1;
  /** Style per column (0-based) for cells without a style of their own. */
  private readonly styles: number[] = [];
  ended = false;

  constructor(
    zip: ZipCopier,
    index: number,
    options: SheetOptions,
    /** Registers the sheet's tables; returns their numbers in the workbook. */
    private readonly onTables: (tables: readonly SheetTable[]) => number[],
  ) {
    const width = Math.max(
      options.widths?.length ?? 0,
      ...[...(options.textColumns ?? [])].map((c) => c + 1),
    );
    let cols = "";
    for (let c = 0; c < width; c++) {
      const text = options.textColumns?.has(c) ?? false;
      const wrap = options.wrapColumns?.has(c) ?? false;
      const style = text ? (wrap ? CELL_STYLE.textWrap : CELL_STYLE.text) : wrap ? CELL_STYLE.wrap : 0;
      this.styles[c] = style;
      const w = options.widths?.[c];
      if (w === undefined && style === 0) continue;
      cols += `<col min="${c + 1}" max="${c + 1}" width="${w ?? 9.140625}"${w !== undefined ? ` customWidth="1"` : ""}${style ? ` style="${style}"` : ""}/>`;
    }
    for (const c of options.wrapColumns ?? []) if (c >= width) this.styles[c] = CELL_STYLE.wrap;
    this.text = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`;
    this.written = zip.replace(part(`xl/worksheets/sheet${index}.xml`), [this.stream]);
    // Errors surface through `written`, awaited at flush and end.
    this.written.catch(() => undefined);
  }

  /**
   * The next row (rows are numbered from 1 in the order given, unless `rowNumber`
   * says otherwise, never backwards). The cell at `wrapAt` (0-based) wraps its text.
   */
  row(values: readonly (CellValue | undefined)[], rowNumber?: number, wrapAt = -1): void {
    const r = rowNumber ?? this.next;
    this.next = r + 1;
    let xml = "";
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined) continue;
      xml += cellXml(
        `${columnLetters(c + 1)}${r}`,
        v,
        c === wrapAt ? CELL_STYLE.wrap : (this.styles[c] ?? 0),
      );
    }
    this.text += `<row r="${r}">${xml}</row>`;
  }

  /** Writes what the rows produced; resolves when the output can take more. */
  flush(): Promise<void> | undefined {
    if (this.text === "") return undefined;
    const text = this.text;
    this.text = "";
    const wait = writeTo(this.stream, text);
    return wait ? Promise.race([wait, this.written]) : undefined;
  }

  /** Ends the sheet, with its tables. */
  async end(tables: readonly SheetTable[] = []): Promise<void> {
    this.text += `</sheetData>`;
    if (tables.length > 0) {
      const ids = this.onTables(tables);
      this.text += `<tableParts count="${ids.length}">${ids.map((t) => `<tablePart r:id="rIdT${t}"/>`).join("")}</tableParts>`;
    }
    this.text += `</worksheet>`;
    await this.flush();
    this.stream.end();
    await this.written;
    this.ended = true;
  }
}
