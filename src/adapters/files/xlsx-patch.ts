/**
 * Adds the two score columns to a workbook by editing its parts in place: the
 * scored sheet's XML gets two cells at the end of the header row and of each scored
 * row (streamed, never held whole), styles.xml one wrap-text style, and every other
 * part is copied byte for byte. Charts, pivot tables, macros, number formats,
 * times, merged cells and other sheets come out exactly as they went in.
 */
import { open } from "node:fs/promises";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { ZipCopier, listParts, partStreams, partText, ZipFormatError, type ZipPart } from "./zip-parts";

/** The added cells of one sheet row, XML-escaped (see `spoolLine`). */
export interface SpooledRow {
  /** Sheet row number, 1-based. */
  readonly row: number;
  /** "n3" for a number, "sText" for text, "" for none. */
  readonly level: string;
  readonly gap: string;
}

/** Characters XML 1.0 cannot hold (control characters other than tab, newline, return). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for XML element content: escaped, and characters XML 1.0 cannot hold removed. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r\n?|\n/g, "&#10;")
    .replace(NOT_IN_XML, "");
}

/** One line of the score spool: row, level, gap (tabs and newlines are escaped by xmlText). */
export function spoolLine(row: number, level: number | string, gap: string): string {
  const levelField = typeof level === "number" ? `n${level}` : level === "" ? "" : `s${xmlText(level)}`;
  return `${row}\t${levelField}\t${xmlText(gap).replace(/\t/g, "&#9;")}\n`;
}

export function parseSpoolLine(line: string): SpooledRow {
  const a = line.indexOf("\t");
  const b = line.indexOf("\t", a + 1);
  return { row: Number(line.slice(0, a)), level: line.slice(a + 1, b), gap: line.slice(b + 1) };
}

export function columnLetters(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** UTF-8 text as a latin1 string: the patcher works on bytes, one char per byte. */
const asBytes = (text: string): string => Buffer.from(text, "utf8").toString("latin1");

/** Streams a sheet's XML, adding the spooled cells to their rows. */
export class SheetPatcher extends Transform {
  private buf = "";
  private state: "head" | "rows" | "tail" = "head";
  private prefix = "";
  private lastRow = 0;
  private level = "";
  private gap = "";
  private next: SpooledRow | null | undefined;
  /** Rows whose own cells reach the score columns: their scores follow their last cell. */
  readonly crowdedRows: number[] = [];
  placed = 0;

  constructor(
    private width: number,
    private readonly spool: AsyncIterator<SpooledRow>,
    private readonly wrapStyle: number | null,
  ) {
    super();
    this.setColumns();
  }

  private setColumns(): void {
    this.level = columnLetters(this.width + 1);
    this.gap = columnLetters(this.width + 2);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.buf += chunk.toString("latin1");
    this.process(false).then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    this.process(true).then(() => {
      if (this.buf !== "") this.push(Buffer.from(this.buf, "latin1"));
      this.buf = "";
      done();
    }, done);
  }

  private async spooled(): Promise<SpooledRow | null> {
    if (this.next === undefined) {
      const r = await this.spool.next();
      this.next = r.done ? null : r.value;
    }
    return this.next;
  }

  private async process(final: boolean): Promise<void> {
    const out: string[] = [];
    if (this.state === "head") {
      const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(this.buf);
      if (root) this.prefix = root[1] ?? "";
      const p = this.prefix;
      const open = new RegExp(`<${p}sheetData(\\s[^>]*)?(/?)>`).exec(this.buf);
      if (!open) {
        if (final) throw new ZipFormatError("the sheet has no sheetData");
        return;
      }
      let head = this.buf.slice(0, open.index);
      head = head.replace(
        new RegExp(`(<${p}dimension\\s+ref=")([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?"`),
        (_m, start: string, c1: string, r1: string, c2?: string, r2?: string) => {
          const last = columnNumber(c2 ?? c1);
          // A dimension wider than the cells seen: the score columns go right of it.
          if (last > this.width) {
            this.width = last;
            this.setColumns();
          }
          return `${start}${c1}${r1}:${this.gap}${r2 ?? r1}"`;
        },
      );
      if (!new RegExp(`<${p}cols[\\s>]`).test(head))
        head += `<${p}cols><${p}col min="${this.width + 2}" max="${this.width + 2}" width="80" customWidth="1"/></${p}cols>`;
      out.push(head, open[0]);
      this.buf = this.buf.slice(open.index + open[0].length);
      this.state = open[2] === "/" ? "tail" : "rows";
    }
    if (this.state === "rows") {
      const p = this.prefix;
      const rowOpen = `<${p}row`;
      const rowClose = `</${p}row>`;
      const dataClose = `</${p}sheetData>`;
      let pos = 0;
      for (;;) {
        let at = this.buf.indexOf(rowOpen, pos);
        while (at >= 0 && !/[\s>/]/.test(this.buf.charAt(at + rowOpen.length)))
          at = this.buf.indexOf(rowOpen, at + 1);
        const end = this.buf.indexOf(dataClose, pos);
        if (end >= 0 && (at < 0 || end < at)) {
          out.push(this.buf.slice(pos, end));
          pos = end;
          this.state = "tail";
          break;
        }
        if (at < 0) break;
        const tagEnd = this.buf.indexOf(">", at);
        if (tagEnd < 0) break;
        const selfClosing = this.buf.charAt(tagEnd - 1) === "/";
        let rowEnd = tagEnd + 1;
        if (!selfClosing) {
          const close = this.buf.indexOf(rowClose, tagEnd);
          if (close < 0) break;
          rowEnd = close + rowClose.length;
        }
        out.push(this.buf.slice(pos, at));
        const tag = this.buf.slice(at, tagEnd + 1);
        const r = /\sr="(\d+)"/.exec(tag);
        const rowNumber = r ? Number(r[1]) : this.lastRow + 1;
        this.lastRow = rowNumber;
        let want = await this.spooled();
        while (want && want.row < rowNumber) {
          this.next = undefined;
          want = await this.spooled();
        }
        if (want && want.row === rowNumber) {
          this.next = undefined;
          const inner = selfClosing ? "" : this.buf.slice(tagEnd + 1, rowEnd - rowClose.length);
          out.push(this.patchedRow(tag, selfClosing, inner, rowNumber, want));
          this.placed++;
        } else out.push(this.buf.slice(at, rowEnd));
        pos = rowEnd;
      }
      this.buf = this.buf.slice(pos);
    }
    if (this.state === "tail") {
      out.push(this.buf);
      this.buf = "";
    }
    if (out.length > 0) this.push(Buffer.from(out.join(""), "latin1"));
  }

  private patchedRow(
    tag: string,
    selfClosing: boolean,
    inner: string,
    row: number,
    want: SpooledRow,
  ): string {
    const p = this.prefix;
    let level = this.level;
    let gap = this.gap;
    // Cells of this row at or beyond the score columns (an unusually wide row): follow them.
    const lastCell = inner.lastIndexOf(`<${p}c `);
    if (lastCell >= 0) {
      const ref = /^<[\w.:-]*c\s[^>]*?\br="([A-Z]+)\d+"/.exec(inner.slice(lastCell));
      const column = ref ? columnNumber(ref[1] as string) : 0;
      if (column > this.width) {
        level = columnLetters(column + 1);
        gap = columnLetters(column + 2);
        if (this.crowdedRows.length < 10) this.crowdedRows.push(row);
      }
    }
    let cells = "";
    if (want.level.startsWith("n"))
      cells += `<${p}c r="${level}${row}"><${p}v>${want.level.slice(1)}</${p}v></${p}c>`;
    else if (want.level.startsWith("s"))
      cells += `<${p}c r="${level}${row}" t="inlineStr"><${p}is><${p}t>${asBytes(want.level.slice(1))}</${p}t></${p}is></${p}c>`;
    if (want.gap !== "") {
      const style = this.wrapStyle === null ? "" : ` s="${this.wrapStyle}"`;
      cells += `<${p}c r="${gap}${row}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${asBytes(want.gap)}</${p}t></${p}is></${p}c>`;
    }
    let open = tag.replace(/\sspans="(\d+):(\d+)"/, (_m, a: string) => ` spans="${a}:${columnNumber(gap)}"`);
    if (selfClosing) open = open.replace(/\s*\/>$/, ">");
    return `${open}${inner}${cells}</${p}row>`;
  }
}

/** styles.xml with one more cell format (wrap text, top aligned), and that format's index. */
export function addWrapStyle(styles: string): { xml: string; index: number } | null {
  const m = /<([\w.-]+:)?cellXfs\b([^>]*?)(\/?)>/.exec(styles);
  if (!m || m[3] === "/") return null;
  const p = m[1] ?? "";
  const close = styles.indexOf(`</${p}cellXfs>`, m.index);
  if (close < 0) return null;
  const body = styles.slice(m.index + m[0].length, close);
  const index = (body.match(new RegExp(`<${p}xf[\\s>/]`, "g")) ?? []).length;
  const xf = `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>`;
  const openTag = m[0].replace(/\bcount="\d+"/, `count="${index + 1}"`);
  return {
    xml: styles.slice(0, m.index) + openTag + body + xf + styles.slice(close),
    index,
  };
}

/** The part holding a sheet, from workbook.xml and its relationships. */
function sheetPart(workbook: string, rels: string, sheetName: string): string | null {
  const unescape = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  let id: string | null = null;
  for (const m of workbook.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (name !== undefined && unescape(name) === sheetName) {
      id =
        /\br:id="([^"]*)"|\b[\w]+:id="([^"]*)"/
          .exec(attrs)
          ?.slice(1)
          .find((x) => x) ?? null;
      break;
    }
  }
  if (!id) return null;
  for (const m of rels.matchAll(/<(?:[\w.-]+:)?Relationship\s([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    if (/\bId="([^"]*)"/.exec(attrs)?.[1] !== id) continue;
    const target = unescape(/\bTarget="([^"]*)"/.exec(attrs)?.[1] ?? "");
    return target.startsWith("/") ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, "/");
  }
  return null;
}

export interface PatchResult {
  readonly placed: number;
  readonly crowdedRows: readonly number[];
}

/**
 * Copies the workbook at `path` to `out` with the spooled cells added to `sheetName`.
 * `width` is the widest row the reader saw (columns); the score columns go right of it.
 */
export async function patchWorkbook(
  path: string,
  out: NodeJS.WritableStream,
  options: { sheetName: string; width: number; spool: AsyncIterator<SpooledRow> },
): Promise<PatchResult> {
  const handle = await open(path, "r");
  try {
    const parts = await listParts(handle);
    const byName = new Map(parts.map((p) => [p.name, p]));
    const workbookPart = byName.get("xl/workbook.xml");
    const relsPart = byName.get("xl/_rels/workbook.xml.rels");
    if (!workbookPart || !relsPart) throw new ZipFormatError("no workbook part");
    const target = sheetPart(
      await partText(path, handle, workbookPart),
      await partText(path, handle, relsPart),
      options.sheetName,
    );
    const sheet = target ? byName.get(target) : undefined;
    if (!sheet) throw new ZipFormatError(`no part for sheet "${options.sheetName}"`);
    const stylesPart: ZipPart | undefined = byName.get("xl/styles.xml");
    const styles = stylesPart ? addWrapStyle(await partText(path, handle, stylesPart)) : null;
    const zip = new ZipCopier(path, handle, out);
    const patcher = new SheetPatcher(options.width, options.spool, styles?.index ?? null);
    for (const part of parts) {
      if (part === sheet) await zip.replace(part, [...(await partStreams(path, handle, part)), patcher]);
      else if (part === stylesPart && styles)
        await zip.replace(part, [Readable.from([Buffer.from(styles.xml, "utf8")])]);
      else await zip.copy(part);
    }
    await zip.finish();
    return { placed: patcher.placed, crowdedRows: patcher.crowdedRows };
  } finally {
    await handle.close();
  }
}
