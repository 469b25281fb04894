/**
 * A fake Excel for adapter tests, built on office-addin-mock: ranges, tables and
 * charts are OfficeMockObjects, so reading a property that was not loaded and
 * synced gives office-addin-mock's error string instead of data. Around them, this
 * keeps a cell grid per sheet and records every context.sync(): how many there
 * were, the bytes each request carried, and whether calculation was suspended.
 */
import { OfficeMockObject } from "office-addin-mock";

type Cell = unknown;
type Grid = Cell[][];

interface FakeTable {
  name: string;
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

interface FakeChart {
  name: string;
  sheet: string;
  type: string;
  data: string;
  title: string;
  adds: number;
  setDataCalls: number;
}

export interface SyncRecord {
  /** Bytes of the values, formulas and number formats sent in this request. */
  bytes: number;
  suspended: boolean;
  /** Operations in order: "numberFormat@r,c" / "values@r,c" / "formulas@r,c". */
  writes: string[];
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias -- a fake object model: closures over the fake are the point */
export class FakeExcel {
  readonly grids = new Map<string, Grid>();
  readonly formats = new Map<string, Map<string, unknown>>();
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly fills: {
    sheet: string;
    top: number;
    left: number;
    rows: number;
    columns: number;
    color: string;
  }[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly validations: { sheet: string; column: number; rule: unknown; prompt: unknown }[] = [];
  tablesAdded = 0;
  readonly colorScales: {
    sheet: string;
    top: number;
    left: number;
    rows: number;
    columns: number;
    format: { colorScale: Record<string, unknown> };
  }[] = [];
  /** Make the next Excel.run fail once with this code (e.g. InvalidOperationInCellEditMode). */
  failNextRunWith: string | null = null;
  /** Make the sync with this index (0-based) throw. */
  failSyncAt: number | null = null;
  selection = { sheet: "", top: 0, left: 0, rows: 1, columns: 1 };

  private pending: { mock: any; sheet: string; top: number; left: number; seedValues: unknown }[] = [];
  private current: SyncRecord = { bytes: 0, suspended: false, writes: [] };

  constructor(sheets: Record<string, Grid> = {}) {
    for (const [name, grid] of Object.entries(sheets))
      this.grids.set(
        name,
        grid.map((r) => [...r]),
      );
  }

  /** Installs the fake as the global Excel namespace. */
  install(): void {
    (globalThis as any).Excel = {
      run: async (batch: (context: any) => Promise<unknown>) => {
        if (this.failNextRunWith) {
          const code = this.failNextRunWith;
          this.failNextRunWith = null;
          throw Object.assign(new Error(code), { code });
        }
        return batch(this.context());
      },
      DeleteShiftDirection: { up: "Up" },
      ChartType: { columnClustered: "ColumnClustered", columnStacked: "ColumnStacked", radar: "Radar" },
      ChartSeriesBy: { columns: "Columns", auto: "Auto" },
      ClearApplyTo: { contents: "Contents", all: "All" },
      VerticalAlignment: { top: "Top" },
      DataValidationOperator: { greaterThanOrEqualTo: "GreaterThanOrEqualTo", between: "Between" },
      DataValidationAlertStyle: { stop: "Stop" },
      ConditionalFormatType: { colorScale: "ColorScale" },
      ConditionalFormatColorCriterionType: { number: "Number" },
    };
  }

  addTable(table: FakeTable, values: Grid): void {
    this.tables.push(table);
    this.writeGrid(table.sheet, table.top, table.left, values);
  }

  grid(sheet: string): Grid {
    let g = this.grids.get(sheet);
    if (!g) {
      g = [];
      this.grids.set(sheet, g);
    }
    return g;
  }

  cell(sheet: string, row: number, column: number): Cell {
    return this.grids.get(sheet)?.[row]?.[column] ?? null;
  }

  // ---- the object model ----

  private context(): any {
    const fake = this;
    // Collections are plain objects with their own load (office-addin-mock cannot load
    // "items/name" on arrays); ranges and tables below are OfficeMockObjects.
    return {
      workbook: {
        worksheets: fake.sheetCollection(),
        tables: fake.tableCollection(),
        getSelectedRange: () =>
          fake.range(
            fake.selection.sheet,
            fake.selection.top,
            fake.selection.left,
            fake.selection.rows,
            fake.selection.columns,
          ),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => {
          fake.current.suspended = true;
        },
      },
      sync: async () => fake.sync(),
    };
  }

  private async sync(): Promise<void> {
    if (this.failSyncAt === this.syncs.length) {
      this.failSyncAt = null;
      throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    }
    for (const p of this.pending) {
      const m = p.mock;
      if (
        m.numberFormat !== undefined &&
        typeof m.numberFormat !== "string" &&
        m.numberFormat !== m.__formatSeen
      ) {
        m.__formatSeen = m.numberFormat; // count each format write once
        this.current.bytes += JSON.stringify(m.numberFormat).length;
        this.current.writes.push(`numberFormat@${p.top},${p.left}`);
        const fmt = this.formatMap(p.sheet);
        (m.numberFormat as unknown[][]).forEach((row, r) =>
          row.forEach((f, c) => fmt.set(`${p.top + r},${p.left + c}`, f)),
        );
      }
      if (Array.isArray(m.values) && m.values !== p.seedValues) {
        this.current.bytes += JSON.stringify(m.values).length;
        this.current.writes.push(`values@${p.top},${p.left}`);
        this.writeGrid(p.sheet, p.top, p.left, m.values);
        p.seedValues = m.values;
      }
      for (const key of ["formulas", "formulasR1C1"]) {
        if (Array.isArray(m[key]) && !m[`__seen_${key}`]) {
          m[`__seen_${key}`] = true;
          this.current.bytes += JSON.stringify(m[key]).length;
          this.current.writes.push(`${key}@${p.top},${p.left}`);
          this.writeGrid(p.sheet, p.top, p.left, m[key]);
        }
      }
      if (typeof m.format?.fill?.color === "string" && !m.__filled) {
        m.__filled = true;
        this.fills.push({
          sheet: p.sheet,
          top: p.top,
          left: p.left,
          rows: m.__rows,
          columns: m.__columns,
          color: m.format.fill.color,
        });
        this.current.bytes += 60;
      }
      if (m.dataValidation?.rule && !m.__validated) {
        m.__validated = true;
        this.validations.push({
          sheet: p.sheet,
          column: p.left,
          rule: m.dataValidation.rule,
          prompt: m.dataValidation.prompt,
        });
      }
      await m.sync();
      // What a load brought back is not a write.
      if (Array.isArray(m.values)) p.seedValues = m.values;
    }
    // office-addin-mock resolves nested properties in un-awaited callbacks: let them finish.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.syncs.push(this.current);
    this.current = { bytes: 0, suspended: false, writes: [] };
  }

  private formatMap(sheet: string): Map<string, unknown> {
    let f = this.formats.get(sheet);
    if (!f) {
      f = new Map();
      this.formats.set(sheet, f);
    }
    return f;
  }

  numberFormat(sheet: string, row: number, column: number): unknown {
    return this.formats.get(sheet)?.get(`${row},${column}`);
  }

  private writeGrid(sheet: string, top: number, left: number, values: readonly (readonly unknown[])[]): void {
    const g = this.grid(sheet);
    values.forEach((row, r) => {
      const line = (g[top + r] ??= []);
      row.forEach((v, c) => (line[left + c] = v));
    });
  }

  private range(sheet: string, top: number, left: number, rows: number, columns: number): any {
    const fake = this;
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => fake.cell(sheet, top + r, left + c) ?? ""),
    );
    const mock = new OfficeMockObject({
      rowIndex: top,
      columnIndex: left,
      rowCount: rows,
      columnCount: columns,
      cellCount: rows * columns,
      values,
      format: { fill: { clear: () => undefined }, columnWidth: 0, wrapText: false },
      dataValidation: {},
      conditionalFormats: {
        clearAll: () => undefined,
        add: (type: string) => {
          const format = { type, colorScale: {} as Record<string, unknown> };
          fake.colorScales.push({ sheet, top, left, rows, columns, format });
          return format;
        },
      },
      worksheet: fake.sheetMock(sheet),
      delete: () => {
        const g = fake.grid(sheet);
        g.splice(top, rows);
        for (const t of fake.tables)
          if (t.sheet === sheet && t.top < top && t.top + t.rows > top) t.rows -= rows;
      },
      select: () => {
        fake.selection = { sheet, top, left, rows, columns };
      },
      clear: () => {
        fake.grids.set(sheet, []);
      },
      getUsedRange: () => {
        const g = fake.grid(sheet);
        return fake.range(sheet, 0, 0, g.length, Math.max(0, ...g.map((r) => r?.length ?? 0)));
      },
    }) as any;
    mock.__top = top;
    mock.__left = left;
    mock.__rows = rows;
    mock.__columns = columns;
    mock.dataValidation.rule = undefined;
    mock.format.fill.color = undefined;
    fake.pending.push({ mock, sheet, top, left, seedValues: mock.values });
    return mock;
  }

  private sheetMock(name: string): any {
    const fake = this;
    return {
      name,
      getRangeByIndexes: (top: number, left: number, rows: number, columns: number) =>
        fake.range(name, top, left, rows, columns),
      getRange: () => fake.range(name, 0, 0, fake.grid(name).length, 50),
      getUsedRange: () => {
        const g = fake.grid(name);
        return fake.range(name, 0, 0, g.length, Math.max(0, ...g.map((r) => r?.length ?? 0)));
      },
      activate: () => undefined,
      freezePanes: { freezeRows: () => undefined },
      tables: {
        add: (range: any, hasHeaders: boolean) => {
          fake.tablesAdded++;
          const table: FakeTable = {
            name: `Table${fake.tables.length + 1}`,
            sheet: name,
            top: range.__top,
            left: range.__left,
            rows: range.__rows,
            columns: range.__columns,
          };
          void hasHeaders;
          fake.tables.push(table);
          return fake.tableMock(table);
        },
      },
      charts: fake.chartCollection(name),
    };
  }

  private sheetCollection(): any {
    const fake = this;
    const collection: any = {
      items: "Error, property was not loaded",
      load(props: string) {
        if (props !== "items/name") throw new Error(`unexpected load ${props}`);
        collection.__load = true;
        fake.pending.push({
          mock: { sync: async () => (collection.items = [...fake.grids.keys()].map((n) => ({ name: n }))) },
          sheet: "",
          top: 0,
          left: 0,
          seedValues: null,
        });
      },
      getItem: (name: string) => fake.sheetMock(name),
      add: (name: string) => {
        fake.grid(name);
        return fake.sheetMock(name);
      },
    };
    return collection;
  }

  private tableCollection(): any {
    const fake = this;
    const collection: any = {
      items: "Error, property was not loaded",
      load(props: string) {
        if (props !== "items/name") throw new Error(`unexpected load ${props}`);
        fake.pending.push({
          mock: { sync: async () => (collection.items = fake.tables.map((t) => fake.tableMock(t))) },
          sheet: "",
          top: 0,
          left: 0,
          seedValues: null,
        });
      },
      getItem: (name: string) => {
        const t = fake.tables.find((x) => x.name === name);
        if (!t) throw new Error(`ItemNotFound: table ${name}`);
        return fake.tableMock(t);
      },
      getItemOrNullObject: (name: string) => {
        const t = fake.tables.find((x) => x.name === name);
        // Office.js fills isNullObject at the next sync without a load: load it for the caller.
        return t ? fake.tableMock(t).load("isNullObject") : { isNullObject: true };
      },
    };
    return collection;
  }

  private tableMock(table: FakeTable): any {
    const fake = this;
    const mock: any = new OfficeMockObject({
      name: table.name,
      isNullObject: false,
      style: "",
      worksheet: fake.sheetMock(table.sheet),
      getRange: () => fake.range(table.sheet, table.top, table.left, table.rows, table.columns),
      getHeaderRowRange: () => fake.range(table.sheet, table.top, table.left, 1, table.columns),
      delete: () => {
        fake.tables.splice(fake.tables.indexOf(table), 1);
      },
    });
    fake.pending.push({ mock, sheet: table.sheet, top: -1, left: -1, seedValues: null });
    mock.rows = {
      add: (_index: unknown, values: unknown[][]) => {
        const at = table.top + table.rows;
        fake.writeGrid(table.sheet, at, table.left, values);
        table.rows += values.length;
        fake.current.bytes += JSON.stringify(values).length;
        return { getRange: () => fake.range(table.sheet, at, table.left, values.length, table.columns) };
      },
    };
    mock.columns = {
      add: (_index: unknown, _values: unknown, name: string) => {
        fake.writeGrid(table.sheet, table.top, table.left + table.columns, [[name]]);
        table.columns += 1;
      },
    };
    // Setting the name renames the fake table.
    Object.defineProperty(mock, "name", {
      get: () => table.name,
      set: (v: string) => (table.name = v),
    });
    return mock;
  }

  private chartCollection(sheet: string): any {
    const fake = this;
    const collection: any = {
      items: "Error, property was not loaded",
      load(props: string) {
        if (props !== "items/name") throw new Error(`unexpected load ${props}`);
        fake.pending.push({
          mock: {
            sync: async () =>
              (collection.items = fake.charts.filter((c) => c.sheet === sheet).map((c) => fake.chartMock(c))),
          },
          sheet: "",
          top: 0,
          left: 0,
          seedValues: null,
        });
      },
      add: (type: string, range: any) => {
        const chart: FakeChart = {
          name: `Chart${fake.charts.length + 1}`,
          sheet,
          type,
          data: `${range.__top},${range.__left},${range.__rows}x${range.__columns}`,
          title: "",
          adds: 1,
          setDataCalls: 0,
        };
        fake.charts.push(chart);
        return fake.chartMock(chart);
      },
    };
    return collection;
  }

  private chartMock(chart: FakeChart): any {
    const mock: any = {
      title: {},
      axes: { categoryAxis: { title: {} }, valueAxis: { title: {} } },
      setData: (range: any) => {
        chart.setDataCalls++;
        chart.data = `${range.__top},${range.__left},${range.__rows}x${range.__columns}`;
      },
      setPosition: () => undefined,
    };
    Object.defineProperty(mock, "name", { get: () => chart.name, set: (v: string) => (chart.name = v) });
    Object.defineProperty(mock.title, "text", {
      get: () => chart.title,
      set: (v: string) => (chart.title = v),
    });
    return mock;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-this-alias */
