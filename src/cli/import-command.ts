/**
 * `itss import`: the pane's import pipeline on the batch path. Two streaming passes
 * over the source: the first finds the header row and which columns hold anything,
 * the second plans each row as the pane would (values normalised, problems flagged,
 * nothing dropped) and writes it through the streaming workbook writer (xlsx-writer.ts:
 * the sheet XML deflated straight into the output, with backpressure; the Excel tables
 * in the same pass). Problems are kept as counts plus the first examples per column;
 * `--problems FILE` writes all. Memory stays flat; time grows linearly with the rows.
 */
import Papa from "papaparse";
import type { Lang } from "../core/catalog/types";
import type {
  HeaderDetection,
  ImportNote,
  ImportPlan,
  ImportProblem,
  PlannedRow,
  SourceRow,
} from "../core/import";
import {
  buildImportPlan,
  CHANGE_EXAMPLES,
  checkWriteLimits,
  detectHeader,
  importReport,
  IMPORT_REPORT_SHEET,
  mapColumns,
  ROSTER_SHEET,
} from "../app/batch";
import type { CsvEncoding } from "../adapters/files/csv-encoding";
import { FileReadError, type CellValue } from "../adapters/files/read-sheet";
import { openAtomic, writeTo, type AtomicFile } from "../adapters/files/safe-write";
import { columnLetters } from "../adapters/files/xlsx-patch";
import { XlsxWriter, type SheetTable } from "../adapters/files/xlsx-writer";
import { openSource, withOutput, type CliIo } from "./score-command";
import { cliReason, duplicateWarnings, walkRoster, type RowVisitor } from "./score-stream";

export interface ImportOptions {
  readonly file: string;
  readonly out: string;
  readonly sheet: string | undefined;
  readonly lang: Lang;
  readonly encoding: CsvEncoding | undefined;
  /** Write every problem to this CSV (the report shows the first ones per column). */
  readonly problems?: string | undefined;
}

/** Problems shown per source column in the Import Report; all of them go to --problems. */
export const PROBLEM_EXAMPLES = 20;
/** Source rows planned at a time. */
const PLAN_BATCH = 2000;

interface Scan {
  detection: HeaderDetection;
  mapping: ReturnType<typeof mapColumns>;
  /** Source columns holding a value in some data row. */
  filled: Set<number>;
  people: number;
}

function located(prefix: CellValue[][], fileName: string): Omit<Scan, "filled" | "people"> {
  const found = detectHeader(prefix);
  if (!found.ok) throw new FileReadError(`${fileName}: ${cliReason(found.message.en)}`);
  return { detection: found.detection, mapping: mapColumns(found.detection.headers) };
}

async function scan(options: ImportOptions): Promise<Scan> {
  const source = await openSource({ file: options.file, sheet: options.sheet, encoding: options.encoding });
  let result: Scan | undefined;
  await walkRoster(source.batches, { fileName: options.file, addedColumns: 0 }, async (prefix) => {
    const found = located(prefix, options.file);
    const scanned: Scan = { ...found, filled: new Set(), people: 0 };
    result = scanned;
    const visitor: RowVisitor = {
      header: () => undefined,
      person: (_i, cells) => {
        scanned.people++;
        for (let c = 0; c < cells.length; c++) {
          const v = cells[c];
          if (v !== null && v !== undefined && v !== "" && !scanned.filled.has(c)) scanned.filled.add(c);
        }
      },
      skipped: () => undefined,
      flush: () => undefined,
      end: async () => undefined,
    };
    return { headerIndex: found.detection.headerIndex, skippedAbove: found.detection.skippedAbove, visitor };
  });
  return result as Scan;
}

/** Per source column: how many problems, and the first few. */
class BoundedProblems {
  total = 0;
  flaggedRows = 0;
  private readonly byColumn = new Map<number | null, ImportProblem[]>();
  private readonly counts = new Map<number | null, number>();
  add(row: PlannedRow): void {
    if (row.problems.length > 0) this.flaggedRows++;
    for (const p of row.problems) {
      this.total++;
      this.counts.set(p.column, (this.counts.get(p.column) ?? 0) + 1);
      const list = this.byColumn.get(p.column) ?? [];
      if (list.length < PROBLEM_EXAMPLES) list.push(p);
      this.byColumn.set(p.column, list);
    }
  }
  /** The examples in row order, as the report lists them. */
  examples(): ImportProblem[] {
    const all: ImportProblem[] = [];
    for (const list of this.byColumn.values()) for (const p of list) all.push(p);
    return all.sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  }
  cut(): { column: string; count: number }[] {
    const out: { column: string; count: number }[] = [];
    for (const [column, count] of this.counts)
      if (count > PROBLEM_EXAMPLES) out.push({ column: this.byColumn.get(column)?.[0]?.header ?? "", count });
    return out;
  }
}

class ChangeTally {
  total = 0;
  private readonly byColumn = new Map<
    number | null,
    { header: string; key: ImportNote["key"]; count: number; examples: ImportNote[] }
  >();
  add(row: PlannedRow): void {
    for (const note of row.notes) {
      this.total++;
      let entry = this.byColumn.get(note.column);
      if (!entry)
        this.byColumn.set(
          note.column,
          (entry = { header: note.header, key: note.key, count: 0, examples: [] }),
        );
      entry.count++;
      if (entry.examples.length < CHANGE_EXAMPLES) entry.examples.push(note);
    }
  }
  list(): ImportPlan["report"]["changes"] {
    return [...this.byColumn.entries()]
      .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
      .map(([column, e]) => ({ column, header: e.header, key: e.key, count: e.count, examples: e.examples }));
  }
}

export async function runImport(options: ImportOptions, io: CliIo): Promise<number> {
  const { file, out, lang } = options;
  const found = await scan(options);
  for (const warning of duplicateWarnings(found.mapping)) io.stderr(`itss: ${warning}\n`);
  // The layout as the pane plans it: a sample row with a value in every column that holds one.
  const sample: SourceRow = {
    rowNumber: 0,
    cells: Array.from({ length: found.detection.headers.length }, (_, c) =>
      found.filled.has(c) ? "x" : null,
    ),
  };
  const base = {
    ...found.detection,
    dataRows: [sample],
    blankRowsInData: [],
    totalsRowsInData: [],
    end: { reason: "end-of-sheet" as const },
    rowsBelowEnd: 0,
    firstRowBelowEnd: null,
  };
  const layoutPlan = buildImportPlan(base, found.mapping, { mode: "new-sheet", headerLanguage: lang });
  if (!layoutPlan.ok) throw new FileReadError(`${file}: ${layoutPlan.message.en}`);
  const columns = layoutPlan.plan.columns;
  const limits = checkWriteLimits({ dataRows: found.people, columns: columns.length });
  if (!limits.ok) throw new FileReadError(`${file}: ${limits.message.en}`);

  const problemsFile: AtomicFile | undefined = options.problems
    ? await openAtomic(options.problems)
    : undefined;
  try {
    const summary = await withOutput(out, io, async (stream) => {
      const book = new XlsxWriter(stream);
      // Identity and extra columns are text whatever they hold (IDs like 0012 keep their zeros).
      const textColumns = new Set<number>();
      columns.forEach((c, i) => {
        if (c.key === null || c.key === "employeeId" || c.key === "name" || c.key === "department")
          textColumns.add(i);
      });
      const roster = book.sheet({
        name: ROSTER_SHEET.sheet,
        widths: columns.map(() => 16),
        textColumns,
      });
      roster.row(columns.map((c) => c.header));
      const problems = new BoundedProblems();
      const changes = new ChangeTally();
      let imported = 0;
      let pending: SourceRow[] = [];
      let problemsText = problemsFile
        ? Papa.unparse([["Source row", "Column", "Value", "Problem", "Valid"]], { newline: "\r\n" }) + "\r\n"
        : "";
      const plan = (): void => {
        if (pending.length === 0) return;
        const planned = buildImportPlan({ ...base, dataRows: [sample, ...pending] }, found.mapping, {
          mode: "new-sheet",
          headerLanguage: lang,
        });
        pending = [];
        if (!planned.ok) throw new FileReadError(`${file}: ${planned.message.en}`);
        const rows = planned.plan.rows;
        for (let r = 1; r < rows.length; r++) {
          const row = rows[r] as PlannedRow;
          imported++;
          problems.add(row);
          changes.add(row);
          roster.row(row.values);
          if (problemsFile && row.problems.length > 0)
            problemsText +=
              Papa.unparse(
                row.problems.map((p) => [p.row, p.header, p.value, p.message[lang], p.valid[lang]]),
                { newline: "\r\n" },
              ) + "\r\n";
        }
      };
      const writeProblems = (): Promise<void> | undefined => {
        if (!problemsFile || problemsText === "") return undefined;
        const text = problemsText;
        problemsText = "";
        return writeTo(problemsFile.stream, text);
      };
      const source = await openSource({ file, sheet: options.sheet, encoding: options.encoding });
      const counts = await walkRoster(source.batches, { fileName: file, addedColumns: 0 }, async () => ({
        headerIndex: found.detection.headerIndex,
        skippedAbove: found.detection.skippedAbove,
        visitor: {
          header: () => undefined,
          person: (i, cells) => {
            pending.push({ rowNumber: i + 1, cells });
            if (pending.length >= PLAN_BATCH) plan();
          },
          skipped: () => undefined,
          flush: () => {
            const a = writeProblems();
            const b = roster.flush();
            return a || b ? Promise.all([a, b]).then(() => undefined) : undefined;
          },
          end: async () => {
            plan();
            await writeProblems();
          },
        },
      }));
      await roster.end([
        {
          name: ROSTER_SHEET.table,
          ref: `A1:${columnLetters(columns.length)}${Math.max(2, imported + 1)}`,
          columns: columns.map((c) => c.header),
        },
      ]);

      const summary = {
        read: imported,
        imported,
        flagged: problems.flaggedRows,
        problems: problems.total,
        changed: changes.total,
        blankRowsSkipped: counts.blankRowsInData.length,
        totalsRowsSkipped: counts.totalsRowsInData.length,
        rowsBelowEnd: counts.rowsBelowEnd,
      };
      const notes = [...layoutPlan.plan.report.sheetNotes];
      for (const cut of problems.cut())
        notes.push({
          en: `${cut.column}: ${cut.count} problems; the first ${PROBLEM_EXAMPLES} are listed here${options.problems ? `, all of them in ${options.problems}` : "; itss import --problems FILE writes all of them"}.`,
          ja: `${cut.column}：問題${cut.count}件のうち先頭${PROBLEM_EXAMPLES}件を表示しています${options.problems ? `（全件は${options.problems}）` : "（全件は itss import --problems FILE で出力できます）"}。`,
        });
      const report = importReport(
        {
          mode: "new-sheet",
          columns,
          rows: [],
          report: { summary, problems: problems.examples(), changes: changes.list(), sheetNotes: notes },
        },
        lang,
        file,
      );
      const widths: number[] = [];
      for (const spec of report.tables)
        spec.widths?.forEach((w, c) => {
          widths[c] = Math.max(widths[c] ?? 0, w);
        });
      const sheet = book.sheet({ name: IMPORT_REPORT_SHEET, widths });
      const tables: SheetTable[] = [];
      let top = 1;
      for (const spec of report.tables) {
        sheet.row([...spec.headers], top);
        spec.rows.forEach((row, i) => sheet.row([...row], top + 1 + i));
        tables.push({
          name: spec.table,
          ref: `A${top}:${columnLetters(spec.headers.length)}${top + Math.max(1, spec.rows.length)}`,
          columns: spec.headers,
        });
        // An empty table keeps one empty data row; two blank rows between tables.
        top += Math.max(1, spec.rows.length) + 1 + 2;
      }
      await sheet.end(tables);
      await book.finish();
      return summary;
    });
    if (problemsFile) await problemsFile.commit();
    const s = summary;
    io.stdout.write(
      `${lang === "en" ? `Imported ${s.imported} of ${s.read} rows into ${out} (${s.flagged} flagged, ${s.changed} cells converted); see its Import Report sheet.` : `${s.read}行中${s.imported}行を${out}に取り込みました（要確認${s.flagged}行、変換${s.changed}セル）。取り込みレポートのシートを参照してください。`}\n`,
    );
    return s.flagged > 0 ? 1 : 0;
  } catch (err) {
    if (problemsFile) await problemsFile.abort();
    throw err;
  }
}
