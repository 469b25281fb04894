/**
 * A host-faithful Office.js Excel double, with a `desktop` and a `web` profile.
 *
 * Like Office.js, every call on a proxy only queues an operation; operations run in
 * order at `context.sync()`, where errors surface with Office's error codes, and a
 * property can be read only after it was loaded and synced. Around that it keeps a
 * cell grid per sheet, tables, charts, validation and formats, and records every
 * sync: the request and response sizes in UTF-8 bytes, whether calculation was
 * suspended, and the writes in order.
 *
 * What it enforces, and where Excel says so:
 * - `TableRowCollection.add` returns the top added row only (@types/office-js doc
 *   comment of TableRowCollection.add; office-js issue 1025).
 * - A values / formulas / numberFormat array must match the range's dimensions
 *   exactly, else InvalidArgument (Range.values: "any[][]"; office-js-snippet-explorer
 *   issue 19 "The argument is invalid or missing or has an incorrect format").
 * - `null` in a 2-D write leaves that cell unchanged; `""` clears it; `null` for a
 *   single property (fill colour) is invalid (Microsoft Learn, "Blank and null values
 *   in Excel add-ins").
 * - A string starting with `=`, `+` or `-` written through `values` becomes a formula
 *   (@types/office-js doc of Range.values/formulas: "If the returned value starts with a
 *   plus, minus, or equal sign, Excel interprets this value as a formula"), unless the
 *   cell is formatted as text ("@") when written; `formulas` written into a text cell
 *   land as text as well.
 * - Sheet names: not blank, at most 31 characters, none of : \ / ? * [ ], not starting
 *   or ending with ', not "History", unique without regard to case (Microsoft support,
 *   "Rename a worksheet"); a duplicate gives ItemAlreadyExists.
 * - Tables may not overlap (InvalidArgument).
 * - Data validation: titles at most 32 characters, input prompt at most 255, error
 *   alert message at most 225 ([MS-XLS] 2.5.37 DValStrings).
 * - Web profile: a request or a response over 5 MB fails with
 *   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (Microsoft
 *   Learn, "Resource limits and performance optimization", Excel add-ins; the limit is
 *   for Excel on the web only, office-js-docs-pr PR 5333). Both profiles: a read of more
 *   than five million cells fails (Microsoft Learn, "Performance optimization using the
 *   Excel JavaScript API": a range is limited to five million cells for get operations).
 * - Requirement sets: the members below that a later ExcelApi than the manifest's 1.9
 *   introduced fail with ApiNotFound (each member's "[Api set: ExcelApi x.y]" in
 *   @types/office-js): ChartAxisTitle.textOrientation (1.12). A test may lower `apiSet`.
 * - A DataValidationRule holds exactly one kind of criterion ("You can only use one of
 *   them at a time", Excel.DataValidationRule); a list's source is a comma-separated text
 *   or a Range of a single row or column (Excel's own message: "The list source must be a
 *   delimited list, or a reference to single row or column").
 * - PageLayout (ExcelApi 1.9): paperSize and orientation take the documented enum values;
 *   `zoom` must be set as a whole object ("use x.zoom = {...} instead of x.zoom.scale =
 *   ..."), scale 10-400, fit-to-pages whole numbers; setPrintArea takes a Range or an address.
 * - Chart axes: textOrientation an integer from -90 to 90, or 180 (ChartAxis doc comment);
 *   tickLabelSpacing 1 to 31999 or ""; minimum, maximum and majorUnit a number or "".
 * - Custom functions see an empty cell inside a range as 0 on desktop and null on the
 *   web (office-js issues 4702, 1951, 5262): the double calculates the HR.* formulas
 *   this product writes with the memory workbook's evaluator, blanks passed per profile.
 */
import { evaluateFormula } from "../../src/adapters/memory/formulas";
import { SHEET_NAME_PROBLEMS, sheetNameProblem } from "../../src/adapters/workbook";

export type Profile = "desktop" | "web";
export const PROFILES: readonly Profile[] = ["desktop", "web"];

/** Excel on the web's request and response limit (5 MB). */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Cells a single get may return, every host. */
export const MAX_GET_CELLS = 5_000_000;
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;
/** Bytes of a request's envelope per queued operation (ids, method names). */
const OP_OVERHEAD = 40;

type Grid<T> = (T | undefined)[][];

export interface SheetModel {
  name: string;
  /** What the cell holds: a value, or a formula's text when `formula` is set. */
  values: Grid<unknown>;
  formula: Grid<true>;
  formats: Grid<string>;
}

export interface TableModel {
  name: string;
  sheet: string;
  top: number;
  left: number;
  /** Rows including the header row. */
  rows: number;
  columns: number;
  style?: string;
}

export interface AxisModel {
  title?: string;
  textOrientation?: number;
  tickLabelSpacing?: number | "";
  minimum?: number | "";
  maximum?: number | "";
  majorUnit?: number | "";
}

export interface ChartModel {
  name: string;
  sheet: string;
  type: string;
  data: string;
  title: string;
  adds: number;
  setDataCalls: number;
  axes?: { category: AxisModel; value: AxisModel };
  /** Top-left and bottom-right cells (0-based) of the last setPosition. */
  position?: { top: number; left: number; bottom: number; right: number };
}

export interface PageModel {
  paperSize?: string;
  orientation?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea?: { top: number; left: number; rows: number; columns: number } | string;
}

/** ExcelApi versions compared as numbers of minor releases ("1.12" > "1.9"). */
function apiAtMost(version: string, supported: string): boolean {
  const [a1, a2] = version.split(".").map(Number);
  const [b1, b2] = supported.split(".").map(Number);
  return (a1 ?? 0) < (b1 ?? 0) || ((a1 ?? 0) === (b1 ?? 0) && (a2 ?? 0) <= (b2 ?? 0));
}

/** PaperType values (Excel.PaperType) the double accepts. */
const PAPER_TYPES = new Set([
  "Letter",
  "LetterSmall",
  "Tabloid",
  "Ledger",
  "Legal",
  "Statement",
  "Executive",
  "A3",
  "A4",
  "A4Small",
  "A5",
  "B4",
  "B5",
]);

export interface SyncRecord {
  /** UTF-8 bytes of the request. */
  bytes: number;
  /** UTF-8 bytes of the response (loaded values). */
  responseBytes: number;
  /** Loads of cell contents (values, formulas, formats) this request carried. */
  reads: number;
  /** The error code when Excel refused the request. */
  error?: string;
  suspended: boolean;
  /** Operations in order: "numberFormat@r,c" / "values@r,c" / "formulas@r,c" / "rows.add@r,c". */
  writes: string[];
}

interface Loc {
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

interface Op {
  bytes: number;
  run: () => void;
  /** A load: returns the response bytes and commits what it read. */
  load?: () => { bytes: number; commit: () => void };
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

/** UTF-8 length of a string, without allocating. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Proxies in a response (collection items) count as their loaded name only. */
const proxyAsName = (_key: string, v: unknown): unknown =>
  v && typeof v === "object" && "load" in v ? { name: "item" } : v;
const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value, proxyAsName) ?? "");

/** Why Excel refuses a sheet name: the rules are the product's one statement of them (adapters/workbook). */
export { sheetNameProblem };

const CELL_PROPS = new Set(["values", "formulas", "numberFormat", "text"]);

const VALIDATION_LIMITS = { title: 32, prompt: 255, error: 225 } as const;

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- an untyped Office.js object model: closures over the double are the point */
export class ExcelDouble {
  /** Profile of doubles created without one: set per describe.each(PROFILES) block. */
  static defaultProfile: Profile = "web";

  readonly profile: Profile;
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly fills: {
    sheet: string;
    top: number;
    left: number;
    rows: number;
    columns: number;
    color: string;
  }[] = [];
  readonly validations: {
    sheet: string;
    column: number;
    top: number;
    rows: number;
    rule?: unknown;
    /** A list rule's Range source, as located when the rule was set. */
    listRange?: { sheet: string; top: number; left: number; rows: number; columns: number };
    prompt?: { title?: string; message?: string; showPrompt?: boolean };
    errorAlert?: { title?: string; message?: string };
  }[] = [];
  readonly colorScales: {
    sheet: string;
    top: number;
    left: number;
    rows: number;
    columns: number;
    format: { colorScale: Record<string, unknown> };
  }[] = [];
  readonly syncs: SyncRecord[] = [];
  /** Print setup per sheet (lower-case name). */
  readonly pages = new Map<string, PageModel>();
  /** Cells set bold, as "sheet!row,column" of their top-left cell. */
  readonly bold: string[] = [];
  /** The ExcelApi requirement set the host supports: the manifest's minimum unless a test says otherwise. */
  apiSet = "1.9";
  readonly settings = new Map<string, unknown>();
  tablesAdded = 0;
  /** Make the next Excel.run fail once with this code (e.g. InvalidOperationInCellEditMode). */
  failNextRunWith: string | null = null;
  /** Make the sync with this index (0-based) throw. */
  failSyncAt: number | null = null;
  selection = { sheet: "", top: 0, left: 0, rows: 1, columns: 1 };
  activeSheet = "";
  /** Excel on the web's payload limit; a test may lower it to see what happens at the edge. */
  payloadLimit = WEB_PAYLOAD_LIMIT;

  /** Operations queued but never synced when an Excel.run ended (should stay 0). */
  unsynced = 0;
  private queue: Op[] = [];
  private suspended = false;

  constructor(sheets: Record<string, unknown[][]> = {}, profile: Profile = ExcelDouble.defaultProfile) {
    this.profile = profile;
    for (const [name, grid] of Object.entries(sheets)) {
      const sheet = this.addSheet(name);
      this.put(sheet, 0, 0, grid);
    }
  }

  // ---- test-facing API ----

  /** Installs the double as the global Excel namespace (and Office's document settings). */
  install(): void {
    const g = globalThis as any;
    g.Excel = {
      run: async (batch: (context: any) => Promise<unknown>) => {
        if (this.failNextRunWith) {
          const code = this.failNextRunWith;
          this.failNextRunWith = null;
          throw new OfficeError(code, "Excel refused the request.");
        }
        this.queue = [];
        this.suspended = false;
        const result = await batch(this.context());
        // Whether Excel.run flushes what is still queued is not documented: the double
        // drops it, so an adapter that forgets its last sync shows in the tests.
        this.unsynced += this.queue.length;
        this.queue = [];
        return result;
      },
      DeleteShiftDirection: { up: "Up", left: "Left" },
      ChartType: { columnClustered: "ColumnClustered", columnStacked: "ColumnStacked", radar: "Radar" },
      ChartSeriesBy: { columns: "Columns", rows: "Rows", auto: "Auto" },
      ClearApplyTo: { contents: "Contents", all: "All", formats: "Formats" },
      VerticalAlignment: { top: "Top" },
      DataValidationOperator: { greaterThanOrEqualTo: "GreaterThanOrEqualTo", between: "Between" },
      DataValidationAlertStyle: { stop: "Stop" },
      ConditionalFormatType: { colorScale: "ColorScale" },
      ConditionalFormatColorCriterionType: { number: "Number" },
      PaperType: { a4: "A4", letter: "Letter", a3: "A3" },
      PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    };
    const settings = this.settings;
    g.Office = {
      ...(g.Office ?? {}),
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (key: string) => (settings.has(key) ? settings.get(key) : null),
            set: (key: string, value: unknown) => settings.set(key, value),
            saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
          },
        },
      },
    };
  }

  /** Adds a table (and its cells) as if the user had made it. */
  addTable(table: Omit<TableModel, "sheet"> & { sheet: string }, values: unknown[][]): void {
    const sheet = this.sheetModel(table.sheet) ?? this.addSheet(table.sheet);
    this.tables.push({ ...table });
    this.put(sheet, table.top, table.left, values);
  }

  /** A sheet's cell contents (formula text for formulas), created when missing; tests may edit it. */
  grid(name: string): unknown[][] {
    return (this.sheetModel(name) ?? this.addSheet(name)).values as unknown[][];
  }

  /** What a cell holds (a formula's text for a formula), null when empty. */
  cell(sheet: string, row: number, column: number): unknown {
    return this.sheetModel(sheet)?.values[row]?.[column] ?? null;
  }

  /** What Excel shows: formulas calculated, "" for an empty cell. */
  display(sheet: string, row: number, column: number): unknown {
    const model = this.sheetModel(sheet);
    return model ? this.shown(model, row, column) : "";
  }

  isFormula(sheet: string, row: number, column: number): boolean {
    return this.sheetModel(sheet)?.formula[row]?.[column] === true;
  }

  numberFormat(sheet: string, row: number, column: number): string {
    return this.sheetModel(sheet)?.formats[row]?.[column] ?? "General";
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  // ---- the model ----

  sheetModel(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private addSheet(name: string): SheetModel {
    const sheet: SheetModel = { name, values: [], formula: [], formats: [] };
    this.sheets.push(sheet);
    return sheet;
  }

  private put(sheet: SheetModel, top: number, left: number, values: readonly (readonly unknown[])[]): void {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        (sheet.values[top + r] ??= [])[left + c] = v;
      }),
    );
    this.fillHoles(sheet);
  }

  /** Keeps row arrays dense at the front, so tests can index any row up to the last. */
  private fillHoles(sheet: SheetModel): void {
    for (let r = 0; r < sheet.values.length; r++) sheet.values[r] ??= [];
  }

  private shown(sheet: SheetModel, row: number, column: number, depth = 0): unknown {
    const v = sheet.values[row]?.[column];
    if (v === undefined || v === null) return "";
    if (sheet.formula[row]?.[column] !== true) return v;
    const text = String(v);
    if (/^[+-]\d+(\.\d+)?$/.test(text)) return Number(text);
    if (!text.startsWith("=") || depth > 3) return "#NAME?";
    const calc = (blank: 0 | null): unknown =>
      evaluateFormula(text, {
        workbook: this.calcView(depth + 1, blank) as never,
        sheet: sheet.name,
        row,
        column,
      });
    // The evaluator stands in for Excel's own IF(COUNTA(...)=0,"",...) guard, which sees
    // blanks as blanks on every host; only the HR.* call gets desktop's 0 for a blank.
    const guarded = calc(null);
    // The evaluator knows only the HR.* calls and cell checks; it echoes any other formula.
    // Excel would calculate it: no test may read an echo as what Excel shows.
    if (guarded === text) return `#UNCALCULATED-BY-DOUBLE ${text}`;
    return this.profile === "desktop" && guarded !== "" ? calc(0) : guarded;
  }

  /** What the formula evaluator reads: tables and displayed values, blanks as each host passes them. */
  private calcView(depth: number, blank: 0 | null): unknown {
    return {
      table: (name: string) => this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()),
      values: (sheetName: string, top: number, left: number, rows: number, columns: number) => {
        const sheet = this.sheetModel(sheetName);
        return Array.from({ length: rows }, (_, r) =>
          Array.from({ length: columns }, (_, c) => {
            const v = sheet ? this.shown(sheet, top + r, left + c, depth) : "";
            return v === "" ? blank : v;
          }),
        );
      },
    };
  }

  private loc(l: Loc): string {
    return `${l.top},${l.left}`;
  }

  private checkDims(l: Loc, values: unknown, what: string): unknown[][] {
    if (
      !Array.isArray(values) ||
      values.length !== l.rows ||
      values.some((row) => !Array.isArray(row) || row.length !== l.columns)
    ) {
      const shape = Array.isArray(values)
        ? `${values.length}x${Array.isArray(values[0]) ? values[0].length : "?"}`
        : typeof values;
      throw new OfficeError(
        "InvalidArgument",
        `The ${what} array (${shape}) does not match the range's ${l.rows}x${l.columns} dimensions.`,
      );
    }
    return values as unknown[][];
  }

  /** Writes through values (formula interpretation) or formulas; null leaves the cell unchanged. */
  private writeCells(l: Loc, values: unknown[][]): void {
    const s = l.sheet;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const R = l.top + r;
        const C = l.left + c;
        const text = s.formats[R]?.[C] === "@";
        const line = (s.values[R] ??= []);
        const f = (s.formula[R] ??= []);
        if (v === "") {
          line[C] = "";
          f[C] = undefined;
        } else if (typeof v === "string" && /^[=+-]/.test(v) && !text && v.length > 1) {
          line[C] = v;
          f[C] = true;
        } else {
          line[C] = v;
          f[C] = undefined;
        }
      }),
    );
    this.fillHoles(s);
  }

  private writeFormats(l: Loc, formats: unknown[][]): void {
    formats.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        (l.sheet.formats[l.top + r] ??= [])[l.left + c] = v === "" ? "General" : String(v);
      }),
    );
  }

  private usedRange(sheet: SheetModel): Loc | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    sheet.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === undefined || v === null || v === "") return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return null;
    return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  private overlaps(a: Omit<Loc, "sheet">, b: Omit<Loc, "sheet">): boolean {
    return (
      a.top < b.top + b.rows &&
      b.top < a.top + a.rows &&
      a.left < b.left + b.columns &&
      b.left < a.left + a.columns
    );
  }

  private tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase());
  }

  /** Inserts `count` rows of cells at `at` within the columns [left, left+columns), shifting cells below down. */
  private insertCells(sheet: SheetModel, at: number, left: number, columns: number, count: number): void {
    for (const grid of [sheet.values, sheet.formula, sheet.formats] as Grid<unknown>[]) {
      for (let r = grid.length - 1; r >= at; r--) {
        const from = grid[r];
        if (!from) continue;
        const to = (grid[r + count] ??= []);
        for (let c = left; c < left + columns; c++) {
          to[c] = from[c];
          from[c] = undefined;
        }
      }
    }
    for (const t of this.tablesOn(sheet))
      if (t.top >= at && t.left < left + columns && left < t.left + t.columns) t.top += count;
    this.fillHoles(sheet);
  }

  /** Deletes cells and shifts the cells below up, within the range's columns. */
  private deleteCells(l: Loc): void {
    const s = l.sheet;
    for (const grid of [s.values, s.formula, s.formats] as Grid<unknown>[]) {
      for (let r = l.top; r < grid.length; r++) {
        const to = (grid[r] ??= []);
        const from = grid[r + l.rows];
        for (let c = l.left; c < l.left + l.columns; c++) to[c] = from?.[c];
      }
      while (grid.length > 0 && (grid[grid.length - 1] ?? []).every((v) => v === undefined)) grid.pop();
    }
    for (const t of this.tablesOn(s)) {
      const inside = t.left <= l.left && l.left + l.columns <= t.left + t.columns;
      const bodyTop = t.top + 1;
      if (inside && l.top >= bodyTop && l.top < t.top + t.rows) {
        const removed = Math.min(l.rows, t.top + t.rows - l.top);
        // A table keeps at least one (empty) data row.
        t.rows = Math.max(2, t.rows - removed);
      } else if (t.top > l.top && t.left < l.left + l.columns && l.left < t.left + t.columns) {
        t.top -= Math.min(l.rows, t.top - l.top);
      }
    }
    this.fillHoles(s);
  }

  // ---- the request pipeline ----

  private enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Queues a write op whose payload is `payload`. */
  private op(payload: unknown, run: () => void): void {
    this.enqueue({ bytes: OP_OVERHEAD + (payload === undefined ? 0 : jsonBytes(payload)), run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      bytes: 0,
      responseBytes: 0,
      reads: 0,
      suspended: this.suspended,
      writes: [],
    };
    this.current = record;
    this.suspended = false;
    record.bytes = ops.reduce((n, o) => n + o.bytes, 0);
    const index = this.syncs.length;
    this.syncs.push(record);
    try {
      await this.run(ops, record, index);
    } catch (err) {
      record.error = (err as { code?: string }).code ?? "Error";
      throw err;
    }
  }

  private async run(ops: Op[], record: SyncRecord, index: number): Promise<void> {
    if (this.failSyncAt === index) {
      this.failSyncAt = null;
      throw new OfficeError("GeneralException", "An internal error has occurred.");
    }
    if (this.profile === "web" && record.bytes > this.payloadLimit)
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    const commits: (() => void)[] = [];
    for (const o of ops) {
      o.run();
      if (o.load) {
        const { bytes, commit } = o.load();
        record.responseBytes += bytes;
        commits.push(commit);
      }
    }
    if (this.profile === "web" && record.responseBytes > this.payloadLimit)
      throw new OfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    for (const c of commits) c();
    await Promise.resolve();
  }

  /** Fails as Office.js does when a member is newer than the host's requirement set. */
  private requireApi(version: string, member: string): void {
    if (!apiAtMost(version, this.apiSet))
      throw new OfficeError(
        "ApiNotFound",
        `${member} needs ExcelApi ${version}; this host has ${this.apiSet}.`,
      );
  }

  private current: SyncRecord = { bytes: 0, responseBytes: 0, reads: 0, suspended: false, writes: [] };

  private logWrite(entry: string): void {
    // Ops run inside sync(); the record being built is the last one.
    const record = this.syncs[this.syncs.length - 1] ?? this.current;
    record.writes.push(entry);
  }

  // ---- proxies ----

  private context(): any {
    const d = this;
    return {
      workbook: {
        worksheets: d.worksheetCollection(),
        tables: d.tableCollection(null),
        getSelectedRange: () =>
          d.range(() => {
            const sheet = d.requireSheet(d.selection.sheet);
            return { ...d.selection, sheet };
          }),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          d.suspended = true;
          d.op(undefined, () => undefined);
        },
      },
      sync: () => d.sync(),
    };
  }

  requireSheet(name: string): SheetModel {
    const sheet = this.sheetModel(name);
    if (!sheet) throw new OfficeError("ItemNotFound", `The worksheet "${name}" does not exist.`);
    return sheet;
  }

  private requireTable(name: string): TableModel {
    const table = this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!table) throw new OfficeError("ItemNotFound", `The table "${name}" does not exist.`);
    return table;
  }

  /** A proxy whose properties can be read only after load + sync. */
  private loadable(
    props: Record<string, () => unknown>,
    extra: Record<string, unknown> = {},
    onNull?: () => boolean,
  ): any {
    const d = this;
    const loaded = new Map<string, unknown>();
    const proxy: any = { ...extra };
    const read = (key: string): unknown => {
      if (!loaded.has(key))
        throw new OfficeError(
          "PropertyNotLoaded",
          `The property '${key}' is not available. Call load and context.sync() before reading it.`,
        );
      return loaded.get(key);
    };
    for (const key of Object.keys(props))
      Object.defineProperty(proxy, key, { get: () => read(key), configurable: true, enumerable: true });
    if (onNull) {
      // *OrNullObject: isNullObject is known after the next sync, no load needed.
      Object.defineProperty(proxy, "isNullObject", { get: () => read("isNullObject"), configurable: true });
      d.enqueue({
        bytes: OP_OVERHEAD,
        run: () => undefined,
        load: () => {
          const isNull = onNull();
          return { bytes: 5, commit: () => loaded.set("isNullObject", isNull) };
        },
      });
    }
    proxy.load = (what?: string | string[]) => {
      const keys = (Array.isArray(what) ? what : String(what ?? Object.keys(props).join(",")).split(","))
        .map((k) => k.trim())
        .filter((k) => k !== "" && k !== "isNullObject");
      for (const k of keys) if (!(k in props)) throw new Error(`the double does not model loading "${k}"`);
      d.enqueue({
        bytes: OP_OVERHEAD + jsonBytes(keys),
        run: () => undefined,
        load: () => {
          if (onNull?.()) return { bytes: 5, commit: () => loaded.set("isNullObject", true) };
          if (keys.some((k) => CELL_PROPS.has(k))) d.syncs[d.syncs.length - 1]!.reads++;
          const got = keys.map((k) => [k, props[k]!()] as const);
          return {
            bytes: jsonBytes(Object.fromEntries(got)),
            commit: () => {
              for (const [k, v] of got) loaded.set(k, v);
              if (onNull) loaded.set("isNullObject", false);
            },
          };
        },
      });
      return proxy;
    };
    return proxy;
  }

  private range(locate: () => Loc, onNull?: () => boolean): any {
    const d = this;
    const cells = (l: Loc) => l.rows * l.columns;
    const readCells = (l: Loc, f: (s: SheetModel, r: number, c: number) => unknown): unknown[][] => {
      if (cells(l) > MAX_GET_CELLS)
        throw new OfficeError("RangeExceedsLimit", "The cell count in range has exceeded the maximum.");
      return Array.from({ length: l.rows }, (_, r) =>
        Array.from({ length: l.columns }, (_, c) => f(l.sheet, l.top + r, l.left + c)),
      );
    };
    const proxy = d.loadable(
      {
        rowIndex: () => locate().top,
        columnIndex: () => locate().left,
        rowCount: () => locate().rows,
        columnCount: () => locate().columns,
        cellCount: () => cells(locate()),
        address: () => {
          const l = locate();
          return `${l.sheet.name}!R${l.top + 1}C${l.left + 1}:R${l.top + l.rows}C${l.left + l.columns}`;
        },
        values: () => readCells(locate(), (s, r, c) => d.shown(s, r, c)),
        formulas: () => readCells(locate(), (s, r, c) => s.values[r]?.[c] ?? ""),
        numberFormat: () => readCells(locate(), (s, r, c) => s.formats[r]?.[c] ?? "General"),
        text: () => readCells(locate(), (s, r, c) => String(d.shown(s, r, c))),
      },
      {},
      onNull,
    );
    const setter = (key: "values" | "formulas" | "formulasR1C1" | "numberFormat") => (v: unknown) => {
      d.op(v, () => {
        const l = locate();
        const grid = d.checkDims(l, v, key);
        if (key === "numberFormat") d.writeFormats(l, grid);
        else d.writeCells(l, grid);
        d.logWrite(`${key}@${d.loc(l)}`);
      });
    };
    for (const key of ["values", "formulas", "formulasR1C1", "numberFormat"] as const) {
      const get = Object.getOwnPropertyDescriptor(proxy, key)?.get ?? (() => undefined);
      Object.defineProperty(proxy, key, { get, set: setter(key), configurable: true });
    }
    const fill: any = {
      clear: () => d.op(undefined, () => locate()),
    };
    Object.defineProperty(fill, "color", {
      set: (color: unknown) =>
        d.op(color, () => {
          if (typeof color !== "string")
            throw new OfficeError("InvalidArgument", "A fill colour must be a string; null is not valid.");
          const l = locate();
          d.fills.push({
            sheet: l.sheet.name,
            top: l.top,
            left: l.left,
            rows: l.rows,
            columns: l.columns,
            color,
          });
        }),
    });
    const font: any = {};
    Object.defineProperty(font, "bold", {
      set: (v: unknown) =>
        d.op(v, () => {
          const l = locate();
          if (v === true) d.bold.push(`${l.sheet.name}!${l.top},${l.left}`);
        }),
    });
    const format: any = { fill, font };
    for (const key of ["columnWidth", "wrapText", "verticalAlignment", "rowHeight"])
      Object.defineProperty(format, key, { set: (v: unknown) => d.op(v, () => locate()) });
    const validation = (): (typeof d.validations)[number] => {
      const l = locate();
      let v = d.validations.find(
        (x) => x.sheet === l.sheet.name && x.column === l.left && x.top === l.top && x.rows === l.rows,
      );
      if (!v) {
        v = { sheet: l.sheet.name, column: l.left, top: l.top, rows: l.rows };
        d.validations.push(v);
      }
      return v;
    };
    const dataValidation: any = {
      clear: () =>
        d.op(undefined, () => {
          const l = locate();
          for (let i = d.validations.length - 1; i >= 0; i--) {
            const v = d.validations[i]!;
            if (
              v.sheet === l.sheet.name &&
              d.overlaps({ top: v.top, left: v.column, rows: v.rows, columns: 1 }, l)
            )
              d.validations.splice(i, 1);
          }
        }),
    };
    Object.defineProperty(dataValidation, "rule", {
      set: (rule: any) => {
        // A Range source is sent as its address: locate it now, check it at sync.
        const source = rule?.list?.source;
        const sourceLoc =
          source && typeof source === "object" && "__locate" in source ? source.__locate : null;
        d.op(sourceLoc ? { list: { ...rule.list, source: "range" } } : rule, () => {
          const kinds = Object.keys(rule ?? {}).filter((k) => rule[k] !== undefined);
          if (kinds.length !== 1)
            throw new OfficeError(
              "InvalidArgument",
              `A data validation rule takes exactly one kind of criterion; got ${kinds.join(", ") || "none"}.`,
            );
          let listRange: (typeof d.validations)[number]["listRange"];
          if (rule.list) {
            if (sourceLoc) {
              const l = sourceLoc() as Loc;
              if (l.rows !== 1 && l.columns !== 1)
                throw new OfficeError(
                  "InvalidArgument",
                  "The list source must be a delimited list, or a reference to single row or column.",
                );
              listRange = { sheet: l.sheet.name, top: l.top, left: l.left, rows: l.rows, columns: l.columns };
            } else if (typeof source !== "string")
              throw new OfficeError("InvalidArgument", "A list source is a comma-separated text or a Range.");
          }
          const v = validation();
          v.rule = rule;
          if (listRange) v.listRange = listRange;
          else delete v.listRange;
        });
      },
    });
    Object.defineProperty(dataValidation, "prompt", {
      set: (prompt: { title?: string; message?: string }) =>
        d.op(prompt, () => {
          tooLong("input prompt title", prompt.title, VALIDATION_LIMITS.title);
          tooLong("input prompt", prompt.message, VALIDATION_LIMITS.prompt);
          validation().prompt = prompt;
        }),
    });
    Object.defineProperty(dataValidation, "errorAlert", {
      set: (alert: { title?: string; message?: string }) =>
        d.op(alert, () => {
          tooLong("error alert title", alert.title, VALIDATION_LIMITS.title);
          tooLong("error alert message", alert.message, VALIDATION_LIMITS.error);
          validation().errorAlert = alert;
        }),
    });
    Object.assign(proxy, {
      format,
      dataValidation,
      // Range.getTables (ExcelApi 1.9): the tables that overlap the range, or lie within it.
      getTables: (fullyContained = false) =>
        d.tableCollection(null, (t) => {
          const l = locate();
          if (t.sheet !== l.sheet.name) return false;
          if (!fullyContained) return d.overlaps(t, l);
          return (
            t.top >= l.top &&
            t.left >= l.left &&
            t.top + t.rows <= l.top + l.rows &&
            t.left + t.columns <= l.left + l.columns
          );
        }),
      conditionalFormats: {
        clearAll: () =>
          d.op(undefined, () => {
            const l = locate();
            for (let i = d.colorScales.length - 1; i >= 0; i--) {
              const cs = d.colorScales[i]!;
              if (cs.sheet === l.sheet.name && d.overlaps(cs, l)) d.colorScales.splice(i, 1);
            }
          }),
        add: (type: string) => {
          const cf = { type, colorScale: {} as Record<string, unknown> };
          d.op(type, () => {
            const l = locate();
            d.colorScales.push({
              sheet: l.sheet.name,
              top: l.top,
              left: l.left,
              rows: l.rows,
              columns: l.columns,
              format: cf,
            });
          });
          return cf;
        },
      },
      delete: (shift: string) =>
        d.op(shift, () => {
          const l = locate();
          if (shift !== "Up") throw new Error("the double models delete(up) only");
          d.deleteCells(l);
        }),
      clear: (applyTo = "All") =>
        d.op(applyTo, () => {
          const l = locate();
          const s = l.sheet;
          for (let r = l.top; r < Math.min(l.top + l.rows, s.values.length); r++)
            for (let c = l.left; c < l.left + l.columns && c < (s.values[r]?.length ?? 0); c++) {
              if (applyTo !== "Formats") {
                s.values[r]![c] = undefined;
                if (s.formula[r]) s.formula[r]![c] = undefined;
              }
              if (applyTo !== "Contents" && s.formats[r]) s.formats[r]![c] = undefined;
            }
        }),
      select: () =>
        d.op(undefined, () => {
          const l = locate();
          d.selection = { sheet: l.sheet.name, top: l.top, left: l.left, rows: l.rows, columns: l.columns };
          d.activeSheet = l.sheet.name;
        }),
      getIntersectionOrNullObject: (other: any) => {
        const both = () => {
          const a = locate();
          const b = other.__locate() as Loc;
          const top = Math.max(a.top, b.top);
          const left = Math.max(a.left, b.left);
          const bottom = Math.min(a.top + a.rows, b.top + b.rows);
          const right = Math.min(a.left + a.columns, b.left + b.columns);
          return bottom > top && right > left && a.sheet === b.sheet
            ? { sheet: a.sheet, top, left, rows: bottom - top, columns: right - left }
            : null;
        };
        return d.range(
          () => both() as Loc,
          () => both() === null,
        );
      },
      __locate: locate,
    });
    proxy.worksheet = d.worksheet(() => locate().sheet);
    return proxy;
  }

  private worksheet(resolve: () => SheetModel): any {
    const d = this;
    const proxy = d.loadable({ name: () => resolve().name, position: () => d.sheets.indexOf(resolve()) });
    const whole = (): Loc => ({
      sheet: resolve(),
      top: 0,
      left: 0,
      rows: SHEET_ROWS,
      columns: SHEET_COLUMNS,
    });
    Object.assign(proxy, {
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
        d.range(() => {
          if (rows < 1 || columns < 1 || top < 0 || left < 0)
            throw new OfficeError("InvalidArgument", "A range needs at least one row and one column.");
          return { sheet: resolve(), top, left, rows, columns };
        }),
      getRange: (address?: string) => {
        if (address !== undefined) throw new Error("the double models getRange() without an address only");
        return d.range(whole);
      },
      getUsedRange: () =>
        d.range(() => d.usedRange(resolve()) ?? { sheet: resolve(), top: 0, left: 0, rows: 1, columns: 1 }),
      getUsedRangeOrNullObject: () =>
        d.range(
          () => d.usedRange(resolve()) as Loc,
          () => d.usedRange(resolve()) === null,
        ),
      activate: () => d.op(undefined, () => (d.activeSheet = resolve().name)),
      freezePanes: { freezeRows: (n: number) => d.op(n, () => resolve()) },
      pageLayout: d.pageLayout(resolve),
      tables: d.tableCollection(resolve),
      charts: d.chartCollection(resolve),
      delete: () =>
        d.op(undefined, () => {
          const s = resolve();
          d.sheets.splice(d.sheets.indexOf(s), 1);
          for (const t of d.tablesOn(s)) d.tables.splice(d.tables.indexOf(t), 1);
        }),
    });
    Object.defineProperty(proxy, "name", {
      get: Object.getOwnPropertyDescriptor(proxy, "name")?.get,
      set: (name: string) =>
        d.op(name, () => {
          const s = resolve();
          const problem = sheetNameProblem(
            name,
            d.sheets.filter((x) => x !== s).map((x) => x.name),
          );
          if (problem)
            throw new OfficeError(
              problem === "exists" ? "ItemAlreadyExists" : "InvalidArgument",
              `Sheet name "${name}" ${SHEET_NAME_PROBLEMS[problem].en}.`,
            );
          for (const t of d.tablesOn(s)) t.sheet = name;
          s.name = name;
        }),
      configurable: true,
    });
    return proxy;
  }

  private worksheetCollection(): any {
    const d = this;
    const collection = d.loadable({
      items: () =>
        d.sheets.map((s) =>
          d.loadedItem(
            d.worksheet(() => s),
            { name: s.name },
          ),
        ),
    });
    const original = collection.load;
    collection.load = (what?: string) => original(what === "items/name" || what === "name" ? "items" : what);
    Object.assign(collection, {
      getItem: (name: string) => d.worksheet(() => d.requireSheet(name)),
      getItemOrNullObject: (name: string) => {
        const w = d.worksheet(() => d.requireSheet(name));
        return w;
      },
      getActiveWorksheet: () => d.worksheet(() => d.requireSheet(d.activeSheet || d.sheets[0]!.name)),
      add: (name: string) => {
        let created: SheetModel | null = null;
        d.op(name, () => {
          const problem = sheetNameProblem(
            name,
            d.sheets.map((s) => s.name),
          );
          if (problem)
            throw new OfficeError(
              problem === "exists" ? "ItemAlreadyExists" : "InvalidArgument",
              `Sheet name "${name}" ${SHEET_NAME_PROBLEMS[problem].en}.`,
            );
          created = d.addSheet(name);
        });
        return d.worksheet(() => {
          if (!created) throw new OfficeError("ItemNotFound", "The sheet was not added.");
          return created;
        });
      },
    });
    return collection;
  }

  /** An item of a loaded collection, with the given properties already loaded. */
  private loadedItem(proxy: any, props: Record<string, unknown>): any {
    for (const [k, v] of Object.entries(props)) {
      const set = Object.getOwnPropertyDescriptor(proxy, k)?.set;
      Object.defineProperty(proxy, k, { get: () => v, set, configurable: true });
    }
    return proxy;
  }

  private tableCollection(scope: (() => SheetModel) | null, only?: (t: TableModel) => boolean): any {
    const d = this;
    const inScope = () => (scope ? d.tablesOn(scope()) : d.tables).filter((t) => !only || only(t));
    const collection = d.loadable({
      items: () =>
        inScope().map((t) =>
          d.loadedItem(
            d.table(() => t),
            { name: t.name },
          ),
        ),
      count: () => inScope().length,
    });
    const original = collection.load;
    collection.load = (what?: string) => original(what === "items/name" || what === "name" ? "items" : what);
    Object.assign(collection, {
      getItem: (name: string) => d.table(() => d.requireTable(name)),
      getItemOrNullObject: (name: string) =>
        d.table(
          () => d.requireTable(name),
          () => !d.tables.some((t) => t.name.toLowerCase() === name.toLowerCase()),
        ),
      add: (range: any, hasHeaders: boolean) => {
        let created: TableModel | null = null;
        d.op(hasHeaders, () => {
          const l = range.__locate() as Loc;
          for (const t of d.tablesOn(l.sheet))
            if (d.overlaps(t, l))
              throw new OfficeError("InvalidArgument", `A table can't overlap another table (${t.name}).`);
          d.tablesAdded++;
          let n = d.tables.length + 1;
          while (d.tables.some((t) => t.name === `Table${n}`)) n++;
          created = {
            name: `Table${n}`,
            sheet: l.sheet.name,
            top: l.top,
            left: l.left,
            rows: hasHeaders ? l.rows : l.rows + 1,
            columns: l.columns,
          };
          d.tables.push(created);
        });
        return d.table(() => {
          if (!created) throw new OfficeError("ItemNotFound", "The table was not added.");
          return created;
        });
      },
    });
    return collection;
  }

  private table(resolve: () => TableModel, onNull?: () => boolean): any {
    const d = this;
    const proxy = d.loadable({ name: () => resolve().name, style: () => resolve().style ?? "" }, {}, onNull);
    const sheetOf = () => d.requireSheet(resolve().sheet);
    Object.defineProperty(proxy, "name", {
      get: Object.getOwnPropertyDescriptor(proxy, "name")?.get,
      set: (name: string) =>
        d.op(name, () => {
          const t = resolve();
          if (d.tables.some((x) => x !== t && x.name.toLowerCase() === name.toLowerCase()))
            throw new OfficeError("InvalidArgument", `A table named "${name}" exists.`);
          if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name))
            throw new OfficeError("InvalidArgument", `"${name}" is not a valid table name.`);
          t.name = name;
        }),
      configurable: true,
    });
    Object.defineProperty(proxy, "style", {
      get: Object.getOwnPropertyDescriptor(proxy, "style")?.get,
      set: (style: string) => d.op(style, () => (resolve().style = style)),
      configurable: true,
    });
    Object.assign(proxy, {
      worksheet: d.worksheet(sheetOf),
      getRange: () =>
        d.range(() => {
          const t = resolve();
          return { sheet: sheetOf(), top: t.top, left: t.left, rows: t.rows, columns: t.columns };
        }),
      getHeaderRowRange: () =>
        d.range(() => {
          const t = resolve();
          return { sheet: sheetOf(), top: t.top, left: t.left, rows: 1, columns: t.columns };
        }),
      getDataBodyRange: () =>
        d.range(() => {
          const t = resolve();
          return { sheet: sheetOf(), top: t.top + 1, left: t.left, rows: t.rows - 1, columns: t.columns };
        }),
      delete: () =>
        d.op(undefined, () => {
          const t = resolve();
          d.tables.splice(d.tables.indexOf(t), 1);
        }),
      rows: {
        add: (index: number | null | undefined, values?: unknown[][]) => {
          let topRow: Loc | null = null;
          d.op(values, () => {
            const t = resolve();
            const sheet = sheetOf();
            if (index !== undefined && index !== null && index !== -1)
              throw new Error("the double models adding rows at the end only");
            const rows = values ?? [Array(t.columns).fill("")];
            const at = t.top + t.rows;
            d.checkDims(
              { sheet, top: at, left: t.left, rows: rows.length, columns: t.columns },
              rows,
              "rows.add values",
            );
            d.insertCells(sheet, at, t.left, t.columns, rows.length);
            t.rows += rows.length;
            const block = { sheet, top: at, left: t.left, rows: rows.length, columns: t.columns };
            d.writeCells(block, rows);
            // Calculated columns: with AutoCorrect's "Fill formulas in tables to create
            // calculated columns" on (the default), new rows take the column's formula
            // whatever value was given (office-js issues 2093, 6745).
            if (t.rows - rows.length > 1)
              for (let c = 0; c < t.columns; c++) {
                const last = at - 1;
                if (sheet.formula[last]?.[t.left + c] !== true) continue;
                const formula = sheet.values[last]?.[t.left + c];
                if (typeof formula !== "string" || !formula.startsWith("=")) continue;
                d.writeCells(
                  { sheet, top: at, left: t.left + c, rows: rows.length, columns: 1 },
                  rows.map(() => [formula]),
                );
              }
            d.logWrite(`rows.add@${d.loc(block)}`);
            // The returned TableRow is the top added row only.
            topRow = { ...block, rows: 1 };
          });
          return {
            getRange: () =>
              d.range(() => {
                if (!topRow) throw new OfficeError("ItemNotFound", "No row was added.");
                return topRow;
              }),
          };
        },
      },
      columns: {
        add: (index: number | null | undefined, values?: unknown[][], name?: string) =>
          d.op([values, name], () => {
            const t = resolve();
            const sheet = sheetOf();
            if (index !== undefined && index !== null)
              throw new Error("the double models adding columns at the end only");
            const col = t.left + t.columns;
            for (const other of d.tablesOn(sheet))
              if (other !== t && d.overlaps(other, { top: t.top, left: col, rows: t.rows, columns: 1 }))
                throw new OfficeError("InvalidArgument", "The new column would overlap another table.");
            const headers = (sheet.values[t.top] ?? [])
              .slice(t.left, col)
              .map((h) => String(h ?? "").toLowerCase());
            let header = name ?? `Column${t.columns + 1}`;
            for (let n = 2; headers.includes(header.toLowerCase()); n++) header = `${name ?? "Column"}${n}`;
            t.columns += 1;
            d.writeCells({ sheet, top: t.top, left: col, rows: 1, columns: 1 }, [[header]]);
            if (values)
              d.writeCells(
                { sheet, top: t.top + 1, left: col, rows: t.rows - 1, columns: 1 },
                values.slice(1),
              );
          }),
      },
    });
    return proxy;
  }

  /** A chart axis: the members this product sets, each checked as its doc comment says. */
  private axis(model: AxisModel): any {
    const d = this;
    const axis: any = {};
    const title: any = {};
    Object.defineProperty(title, "text", { set: (v: string) => d.op(v, () => (model.title = v)) });
    Object.defineProperty(title, "textOrientation", {
      set: (v: number) => d.op(v, () => d.requireApi("1.12", "ChartAxisTitle.textOrientation")),
    });
    axis.title = title;
    const numberOrBlank = (key: "minimum" | "maximum" | "majorUnit", version: string) =>
      Object.defineProperty(axis, key, {
        set: (v: unknown) =>
          d.op(v, () => {
            d.requireApi(version, `ChartAxis.${key}`);
            if (v !== "" && (typeof v !== "number" || !Number.isFinite(v)))
              throw new OfficeError("InvalidArgument", `ChartAxis.${key} takes a number or "".`);
            model[key] = v as number | "";
          }),
      });
    numberOrBlank("minimum", "1.1");
    numberOrBlank("maximum", "1.1");
    numberOrBlank("majorUnit", "1.1");
    Object.defineProperty(axis, "tickLabelSpacing", {
      set: (v: unknown) =>
        d.op(v, () => {
          d.requireApi("1.7", "ChartAxis.tickLabelSpacing");
          if (v !== "" && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 31999))
            throw new OfficeError("InvalidArgument", 'tickLabelSpacing takes 1 to 31999, or "".');
          model.tickLabelSpacing = v as number | "";
        }),
    });
    Object.defineProperty(axis, "textOrientation", {
      set: (v: unknown) =>
        d.op(v, () => {
          d.requireApi("1.8", "ChartAxis.textOrientation");
          const ok = Number.isInteger(v) && (((v as number) >= -90 && (v as number) <= 90) || v === 180);
          if (!ok)
            throw new OfficeError(
              "InvalidArgument",
              "textOrientation takes an integer from -90 to 90, or 180.",
            );
          model.textOrientation = v as number;
        }),
    });
    return axis;
  }

  /** Worksheet.pageLayout (ExcelApi 1.9): print setup, recorded per sheet. */
  private pageLayout(resolve: () => SheetModel): any {
    const d = this;
    const page = (): PageModel => {
      const key = resolve().name.toLowerCase();
      let p = d.pages.get(key);
      if (!p) d.pages.set(key, (p = {}));
      return p;
    };
    const layout: any = {
      setPrintArea: (area: any) =>
        d.op(typeof area === "string" ? area : "range", () => {
          d.requireApi("1.9", "PageLayout.setPrintArea");
          if (typeof area === "string") page().printArea = area;
          else if (area && typeof area === "object" && "__locate" in area) {
            const l = area.__locate() as Loc;
            page().printArea = { top: l.top, left: l.left, rows: l.rows, columns: l.columns };
          } else
            throw new OfficeError("InvalidArgument", "setPrintArea takes a Range, RangeAreas or an address.");
        }),
    };
    Object.defineProperty(layout, "paperSize", {
      set: (v: string) =>
        d.op(v, () => {
          d.requireApi("1.9", "PageLayout.paperSize");
          if (!PAPER_TYPES.has(v)) throw new OfficeError("InvalidArgument", `"${v}" is not a PaperType.`);
          page().paperSize = v;
        }),
    });
    Object.defineProperty(layout, "orientation", {
      set: (v: string) =>
        d.op(v, () => {
          d.requireApi("1.9", "PageLayout.orientation");
          if (v !== "Portrait" && v !== "Landscape")
            throw new OfficeError("InvalidArgument", `"${v}" is not a PageOrientation.`);
          page().orientation = v;
        }),
    });
    Object.defineProperty(layout, "zoom", {
      // Reading zoom needs load and sync; its members cannot be set one by one.
      get: () => {
        throw new OfficeError(
          "PropertyNotLoaded",
          "PageLayout.zoom must be loaded; set it as a whole object.",
        );
      },
      set: (v: PageModel["zoom"]) =>
        d.op(v, () => {
          d.requireApi("1.9", "PageLayout.zoom");
          const zoom = v ?? {};
          if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
            throw new OfficeError("InvalidArgument", "PageLayout.zoom.scale is between 10 and 400.");
          for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
            const n = zoom[k];
            if (n !== undefined && !(Number.isInteger(n) && n >= 0))
              throw new OfficeError("InvalidArgument", `PageLayout.zoom.${k} is a whole number of pages.`);
          }
          page().zoom = { ...zoom };
        }),
    });
    return layout;
  }

  private chartCollection(scope: () => SheetModel): any {
    const d = this;
    const collection = d.loadable({
      items: () =>
        d.charts
          .filter((c) => c.sheet === scope().name)
          .map((c) => d.loadedItem(d.chart(c), { name: c.name })),
    });
    const original = collection.load;
    collection.load = (what?: string) => original(what === "items/name" || what === "name" ? "items" : what);
    collection.add = (type: string, range: any) => {
      const chart: ChartModel = { name: "", sheet: "", type, data: "", title: "", adds: 1, setDataCalls: 0 };
      d.op(type, () => {
        const l = range.__locate() as Loc;
        chart.name ||= `Chart${d.charts.length + 1}`;
        chart.sheet = scope().name;
        chart.data = `${l.top},${l.left},${l.rows}x${l.columns}`;
        d.charts.push(chart);
      });
      return d.chart(chart);
    };
    return collection;
  }

  private chart(chart: ChartModel): any {
    const d = this;
    const titled = (set: (v: string) => void) => {
      const o: any = {};
      Object.defineProperty(o, "text", { set: (v: string) => d.op(v, () => set(v)) });
      return o;
    };
    chart.axes ??= { category: {}, value: {} };
    const proxy: any = {
      title: titled((v) => (chart.title = v)),
      axes: {
        categoryAxis: d.axis(chart.axes.category),
        valueAxis: d.axis(chart.axes.value),
      },
      setData: (range: any) =>
        d.op(undefined, () => {
          const l = range.__locate() as Loc;
          chart.setDataCalls++;
          chart.data = `${l.top},${l.left},${l.rows}x${l.columns}`;
        }),
      set chartType(type: string) {
        d.op(type, () => (chart.type = type));
      },
      setPosition: (start: any, end: any) =>
        d.op(undefined, () => {
          const a = start.__locate() as Loc;
          const b = (end ?? start).__locate() as Loc;
          chart.position = { top: a.top, left: a.left, bottom: b.top, right: b.left };
        }),
    };
    Object.defineProperty(proxy, "name", {
      set: (v: string) => d.op(v, () => (chart.name = v)),
      get: () => {
        throw new OfficeError("PropertyNotLoaded", "The property 'name' is not available.");
      },
      configurable: true,
    });
    return proxy;
  }
}

function tooLong(what: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max)
    throw new OfficeError(
      "InvalidArgument",
      `The data validation ${what} is ${text.length} characters; Excel allows ${max}.`,
    );
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias */
