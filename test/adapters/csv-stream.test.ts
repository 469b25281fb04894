import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import Papa from "papaparse";
import { openCsvStream } from "../../src/adapters/files/csv-stream";

async function streamed(text: string, chunkBytes: number): Promise<string[][]> {
  const file = join(mkdtempSync(join(tmpdir(), "itss-csv-")), "t.csv");
  writeFileSync(file, text);
  const stream = await openCsvStream(file, { maxBytes: 1 << 20, chunkBytes, batchRows: 3 });
  const rows: string[][] = [];
  for await (const batch of stream.batches) for (const row of batch.rows) rows.push(row as string[]);
  return rows;
}

/** Papa Parse on the whole text, the trailing line break not taken for a row. */
function whole(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: text.includes("\r\n") ? "\r\n" : "\n",
  }).data;
  const last = rows[rows.length - 1];
  if (/[\r\n]$/.test(text) && last && last.length === 1 && last[0] === "") rows.pop();
  return rows;
}

describe("CSV read as a stream", () => {
  it.each([
    ["blank lines at a chunk edge", "a,b\n\n\n\n"],
    ["quoted line breaks across chunks", 'a,b\n"x\ny",2\n"long ""quoted"" text",3\n'],
    ["no final line break", "a,b\n1,2"],
    ["CRLF", "a,b\r\n1,2\r\n\r\n3,4\r\n"],
    ["multi-byte text split between chunks", "名前,専門分野\n佐藤 陽翔,ソフトウェア\n"],
  ])("gives the same rows as a whole parse, whatever the chunk size: %s", async (_name, text) => {
    for (const size of [1, 2, 3, 5, 8, 64]) expect(await streamed(text, size)).toEqual(whole(text));
  });

  it("matches a whole parse on generated CSV (property)", async () => {
    // No other character Papa Parse may take for the delimiter (; tab | and the record and unit
    // separators): a file of such cells is read with that delimiter, as its first lines suggest.
    const cell = fc.oneof(
      fc.constantFrom("", "x", "a b", '"q"', "l1\nl2", "名", ","),
      fc
        .string({ maxLength: 4 })
        .filter((s) => ![";", "\t", "|", "\u001e", "\u001f"].some((d) => s.includes(d))),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        async (rows, size) => {
          const text = `${Papa.unparse(rows, { newline: "\n" })}\n`;
          expect(await streamed(text, size)).toEqual(whole(text));
        },
      ),
      { numRuns: 40 },
    );
  });
});
