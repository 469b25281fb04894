import { Writable } from "node:stream";
import Papa from "papaparse";
import { addedCells, CsvSink, JsonSink, neutralise } from "../../src/adapters/files/scored-sinks";
import { scoreRow, type RowScore } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { gapSentences, problemText } from "../../src/core/roster/score-roster";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";

const headers = mapHeaders(SAMPLE_ROSTER_HEADERS);
const column = (name: string): number => SAMPLE_ROSTER_HEADERS.indexOf(name as never);

/** Writes the scores through JsonSink, flushing after every `batch` rows, and returns the bytes. */
async function sinkOutput(scores: readonly RowScore[], lang: "en" | "ja", batch: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const sink = new JsonSink(out, lang);
  for (let i = 0; i < scores.length; i++) {
    sink.row(i, [], undefined, { score: scores[i] as RowScore });
    if (i % batch === batch - 1) await sink.flush();
  }
  await sink.end({ read: scores.length, scored: 0, invalid: 0, skipped: [] });
  return Buffer.concat(chunks);
}

/** The documented shape, serialised by JSON.stringify alone: what the sink must write, byte for byte. */
function expectedJson(scores: readonly RowScore[], lang: "en" | "ja"): string {
  const rows = scores.map((s) =>
    JSON.stringify({
      row: s.row,
      employeeId: s.evidence.employeeId,
      name: s.evidence.name,
      level: s.level,
      gaps: gapSentences(s, lang),
      ...(s.level === null ? { error: problemText(s, lang) } : {}),
    }),
  );
  const counts = JSON.stringify({ read: scores.length, scored: 0, invalid: 0, skipped: [] });
  return `${rows.length === 0 ? '{"rows":[]' : `{"rows":[\n${rows.join(",\n")}\n]`},\n"counts":${counts}}\n`;
}

describe("JsonSink", () => {
  const awkward = [
    'quote " inside',
    "back\\slash",
    "tab\tnew\nline\rcontrol\u0001\u001f",
    "佐藤 花子",
    "emoji 👩‍💻",
    "lone \ud800 surrogate",
    "</script>",
  ];
  const sample = sampleRosterRows();
  const rows = awkward.map((text, i) => {
    const row = [...(sample[i % sample.length] ?? [])];
    row[column("Employee ID")] = `E${i}${text}`;
    row[column("Name")] = text;
    return row;
  });
  // Units read from cells ("35名") add reading sentences that quote the cell as written.
  const withUnits = [...(sample[6] ?? [])];
  withUnits[column("Staff")] = "35名";
  withUnits[column("Floor Area")] = "2,000㎡";
  // An invalid row: the error quotes the cell, backslash and quotes included.
  const invalid = [...(sample[0] ?? [])];
  invalid[column("Specialty Field")] = 'Hard"wear\\';

  it("writes exactly what JSON.stringify writes for the documented shape, awkward text included", async () => {
    const scores = [...rows, withUnits, invalid].map((cells, i) => scoreRow(cells, { headers, row: i + 2 }));
    expect(scores.some((s) => s.level === null)).toBe(true);
    expect(scores.some((s) => (s.evidence.readings?.length ?? 0) > 0)).toBe(true);
    for (const lang of ["en", "ja"] as const) {
      const bytes = await sinkOutput(scores, lang, 3);
      expect(bytes.toString("utf8")).toBe(expectedJson(scores, lang));
      const parsed = JSON.parse(bytes.toString("utf8")) as { rows: { name: string; gaps: string[] }[] };
      // A lone surrogate is written escaped (\ud800), as JSON.stringify does, and reads back as itself.
      expect(parsed.rows.map((r) => r.name).slice(0, awkward.length)).toEqual(awkward);
      expect(parsed.rows[awkward.length]?.gaps.some((g) => g.includes("35名"))).toBe(true);
    }
  });

  it("stays byte-identical past its buffer and its sentence memory (thousands of distinct sentences)", async () => {
    // Each row's "N名" gives a sentence of its own (the reading); long names grow the buffer.
    const scores: RowScore[] = [];
    for (let i = 0; i < 6000; i++) {
      const row = [...(sample[i % sample.length] ?? [])];
      row[column("Employee ID")] = `E${i}`;
      row[column("Name")] = "名前".repeat(i % 500);
      row[column("Staff")] = `${i}名`;
      scores.push(scoreRow(row, { headers, row: i + 2 }));
    }
    const distinct = new Set(scores.flatMap((s) => gapSentences(s, "en")));
    expect(distinct.size).toBeGreaterThan(4096);
    const bytes = await sinkOutput(scores, "en", 500);
    expect(bytes.equals(Buffer.from(expectedJson(scores, "en"), "utf8"))).toBe(true);
  });

  it("writes an empty rows array when no row was scored", async () => {
    expect((await sinkOutput([], "en", 1)).toString("utf8")).toBe(expectedJson([], "en"));
  });
});

describe("CsvSink", () => {
  it("writes every batch as one Papa.unparse of its rows would, whatever the batch size", async () => {
    const sample = sampleRosterRows();
    const awkward = ['say "hi"', "a,b", "line\nbreak", "=SUM(A1)", "-2", " spaced ", "佐藤"];
    const rows = Array.from({ length: 237 }, (_, i) => {
      const row: (string | number | null)[] = [...(sample[i % sample.length] ?? [])];
      row[column("Name")] = `${awkward[i % awkward.length]}${i}`;
      return row;
    });
    const scores = rows.map((cells, i) => scoreRow(cells, { headers, row: i + 2 }));
    for (const batch of [1, 49, 50, 51, 237]) {
      const chunks: Buffer[] = [];
      const out = new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      });
      const width = SAMPLE_ROSTER_HEADERS.length;
      const sink = new CsvSink(out, { width, delimiter: ";", bom: true, raw: false, lang: "ja" });
      sink.row(0, [...SAMPLE_ROSTER_HEADERS], undefined, { header: true });
      for (let i = 0; i < rows.length; i++) {
        sink.row(i + 1, rows[i] ?? [], undefined, { score: scores[i] as RowScore });
        if (i % batch === batch - 1) await sink.flush();
      }
      await sink.end();
      const expected = [
        [...SAMPLE_ROSTER_HEADERS, ...addedCells({ header: true }, "ja")],
        ...rows.map((cells, i) => [
          ...cells.map((c) => neutralise(c === null ? "" : String(c))),
          ...addedCells({ score: scores[i] as RowScore }, "ja").map((c) => neutralise(String(c))),
        ]),
      ];
      const text = `\uFEFF${Papa.unparse(expected, { delimiter: ";", newline: "\r\n", escapeFormulae: false })}\r\n`;
      expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
    }
  });
});
