/**
 * Excel tables (ListObjects) added to a finished xlsx: ExcelJS's streaming writer
 * cannot write tables, so the workbook it wrote is copied part by part (byte for
 * byte) with a table part per table, the sheets' relationships and content types
 * extended, and a tableParts element before each sheet's end.
 */
import { open } from "node:fs/promises";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { ZipCopier, listParts, partStreams, partText, ZipFormatError, type ZipPart } from "./zip-parts";
import { xmlText } from "./xlsx-patch";

export interface TableSpec {
  /** The sheet's part, e.g. "xl/worksheets/sheet1.xml". */
  readonly sheetPart: string;
  readonly name: string;
  /** "A1:V5": header row and data rows. */
  readonly ref: string;
  readonly columns: readonly string[];
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

function attr(text: string): string {
  return xmlText(text).replace(/"/g, "&quot;");
}

export function tableXml(spec: TableSpec, id: number): string {
  const columns = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${attr(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN}" id="${id}" name="${spec.name}" displayName="${spec.name}" ref="${spec.ref}">` +
    `<autoFilter ref="${spec.ref}"/><tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** Inserts text before the sheet's closing tag, streaming the rest through. */
class BeforeEnd extends Transform {
  private tail = "";
  constructor(private readonly insert: string) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const text = this.tail + chunk.toString("latin1");
    // Keep enough back to find the closing tag when it straddles chunks.
    const keep = Math.min(text.length, 64);
    this.tail = text.slice(text.length - keep);
    done(null, Buffer.from(text.slice(0, text.length - keep), "latin1"));
  }
  override _flush(done: TransformCallback): void {
    const at = this.tail.lastIndexOf("</worksheet>");
    if (at < 0) return done(new ZipFormatError("no worksheet end"));
    done(null, Buffer.from(this.tail.slice(0, at) + this.insert + this.tail.slice(at), "latin1"));
  }
}

function now(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function newPart(name: string): ZipPart {
  return {
    name,
    flags: 0,
    method: 8,
    ...now(),
    crc: 0,
    compressedSize: 0,
    size: 0,
    localOffset: 0,
    central: Buffer.alloc(0),
  };
}

/** Copies the workbook at `path` to `out` with the tables added. */
export async function addTables(
  path: string,
  out: NodeJS.WritableStream,
  tables: readonly TableSpec[],
): Promise<void> {
  const handle = await open(path, "r");
  try {
    const parts = await listParts(handle);
    const names = new Set(parts.map((p) => p.name));
    const zip = new ZipCopier(path, handle, out);
    const bySheet = new Map<string, { spec: TableSpec; id: number; rel: string }[]>();
    tables.forEach((spec, i) => {
      const list = bySheet.get(spec.sheetPart) ?? [];
      list.push({ spec, id: i + 1, rel: `rIdItssTable${i + 1}` });
      bySheet.set(spec.sheetPart, list);
    });
    const relsOf = (sheet: string): string => sheet.replace(/([^/]+)$/, "_rels/$1.rels");
    for (const part of parts) {
      const mine = bySheet.get(part.name);
      if (part.name === "[Content_Types].xml") {
        const types = await partText(path, handle, part);
        const overrides = tables
          .map((_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${TABLE_TYPE}"/>`)
          .join("");
        await zip.replace(part, [
          Readable.from([Buffer.from(types.replace("</Types>", `${overrides}</Types>`), "utf8")]),
        ]);
      } else if (mine) {
        const insert = `<tableParts count="${mine.length}">${mine.map((t) => `<tablePart r:id="${t.rel}"/>`).join("")}</tableParts>`;
        await zip.replace(part, [...(await partStreams(path, handle, part)), new BeforeEnd(insert)]);
      } else if ([...bySheet.keys()].some((s) => relsOf(s) === part.name)) {
        const sheet = [...bySheet.keys()].find((s) => relsOf(s) === part.name) as string;
        const rels = await partText(path, handle, part);
        const added = (bySheet.get(sheet) ?? [])
          .map((t) => `<Relationship Id="${t.rel}" Type="${TABLE_REL}" Target="../tables/table${t.id}.xml"/>`)
          .join("");
        await zip.replace(part, [
          Readable.from([Buffer.from(rels.replace("</Relationships>", `${added}</Relationships>`), "utf8")]),
        ]);
      } else await zip.copy(part);
    }
    for (const [sheet, list] of bySheet) {
      if (names.has(relsOf(sheet))) continue;
      const rels =
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        list
          .map((t) => `<Relationship Id="${t.rel}" Type="${TABLE_REL}" Target="../tables/table${t.id}.xml"/>`)
          .join("") +
        `</Relationships>`;
      await zip.replace(newPart(relsOf(sheet)), [Readable.from([Buffer.from(rels, "utf8")])]);
    }
    for (const [i, spec] of tables.entries())
      await zip.replace(newPart(`xl/tables/table${i + 1}.xml`), [
        Readable.from([Buffer.from(tableXml(spec, i + 1), "utf8")]),
      ]);
    await zip.finish();
  } finally {
    await handle.close();
  }
}
