/**
 * "The user's own data is never translated" (issue 14): only the values the product
 * defines (categories, fields, roles, scopes, yes/no, level names) follow the pane's
 * language. IDs, names, departments and engagement names stay as written, even when
 * they read like a product name: "Service Desk" is a field and may be a department.
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { SheetCell, TableData } from "../../src/core/sheets/sheet-table";
import { rosterTemplate } from "../../src/core/sheets/roster-template";
import { engagementsTemplate } from "../../src/core/engagements/template";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";
import { ENGAGEMENT_COLUMNS } from "../../src/core/engagements/columns";
import { sampleRosterRows } from "../../src/core/roster/sample";
import { sampleEngagementRows } from "../../src/core/engagements/sample";
import { createRoster, drawDistribution } from "../../src/app/roster";
import { buildTrends, closeRound, compareSelfManager } from "../../src/app/rounds";
import { ROLES } from "../../src/core/catalog/fields";
import { HEADER, hardware, type Person } from "../core/rounds/roster";

const at = (key: string): number => ROSTER_COLUMNS.findIndex((c) => c.key === key);
const column = (t: TableData | null, header: string): SheetCell[] => {
  const i = (t?.headers ?? []).indexOf(header);
  return (t?.rows ?? []).map((r) => r[i] ?? null);
};

describe("the sample roster in Japanese", () => {
  const en = sampleRosterRows();
  const ja = rosterTemplate({ lang: "ja", sampleRows: true, useCompanyRules: false }).rows;

  it("keeps IDs, names and departments as written, even a department named like a field", () => {
    for (const key of ["employeeId", "name", "department"])
      expect(ja.map((r) => r[at(key)])).toEqual(en.map((r) => r[at(key)]));
    const serviceDesk = ja.filter((r) => r[at("department")] === "Service Desk");
    expect(serviceDesk.length).toBeGreaterThan(0);
  });

  it("names the product's values in Japanese: category, field, role, scope and yes/no", () => {
    const desk = ja.find((r) => r[at("department")] === "Service Desk");
    expect(desk?.[at("field")]).toBe("サービスデスク");
    expect(desk?.[at("category")]).toBe("ITサービスマネジメント");
    expect(ja.some((r) => r[at("mentoring")] === "はい")).toBe(true);
    expect(ja.some((r) => r[at("role")] === "yes" || r[at("mentoring")] === "yes")).toBe(false);
  });
});

describe("the sample engagements in Japanese", () => {
  it("keep engagement names and evidence as written, and translate only role, scope and yes/no", () => {
    const ja = engagementsTemplate({ lang: "ja", sampleRows: true }).rows;
    const en = sampleEngagementRows();
    const key = (k: string): number => ENGAGEMENT_COLUMNS.findIndex((c) => c.key === k);
    for (const k of ["employeeId", "engagement", "evidence", "start", "end"])
      expect(ja.map((r) => r[key(k)])).toEqual(en.map((r) => r[key(k)]));
    const roles = new Set<string>(ROLES.map((r) => r.name.ja));
    const filled = ja.map((r) => r[key("role")]).filter((v) => v !== "");
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.every((v) => roles.has(String(v)))).toBe(true);
  });
});

describe("reports in Japanese", () => {
  it("the department distribution shows departments as the roster spells them", async () => {
    const wb = new MemoryWorkbook();
    await createRoster(wb, { lang: "ja", sampleRows: true, useCompanyRules: false, edition: "V3" });
    await drawDistribution(wb, { lang: "ja", edition: "V3", useCompanyRules: false, fromSelection: false });
    const headers = (await wb.readTable("LevelByDepartment"))?.headers ?? [];
    expect(headers).toContain("Service Desk");
    expect(headers).not.toContain("サービスデスク");
    // The field table is the product's: its field names are Japanese.
    expect((await wb.readTable("LevelByField"))?.headers).toContain("サービスデスク");
  });

  it("Self vs Manager, History and Trends keep names and departments, and name fields in Japanese", async () => {
    const wb = new MemoryWorkbook();
    // A person named like an assessor, in a department named like a field.
    const who = { "Employee ID": "E001", Name: "Manager", Department: "Service Desk" };
    const other = { "Employee ID": "E002", Name: "Hardware", Department: "はい" };
    const people: Person[] = [
      { ...who, "Assessed by": "Self", ...hardware(5) },
      { ...who, "Assessed by": "Manager", ...hardware(4) },
      { ...other, "Assessed by": "Manager", ...hardware(3) },
    ];
    await wb.writeTables([
      {
        sheet: "Roster",
        table: "Roster",
        headers: [...HEADER],
        rows: people.map((p) => HEADER.map((h) => p[h] ?? "")),
        text: HEADER.map(() => true),
      },
    ]);
    const ja = { lang: "ja", edition: "V3" } as const;
    await compareSelfManager(wb, ja);
    const compared = await wb.readTable("Self_vs_Manager");
    expect(column(compared, "氏名")).toEqual(["Manager"]);
    expect(column(compared, "部署")).toEqual(["Service Desk"]);
    expect(column(compared, "専門分野")).toEqual(["ハードウェア"]);
    for (const round of ["2026-1", "2026-2"])
      await closeRound(wb, { ...ja, roundLabel: round, date: "2026-09-30", replace: false });
    const history = await wb.readTable("History");
    expect(column(history, "氏名")).toEqual(["Manager", "Hardware", "Manager", "Hardware"]);
    expect(column(history, "部署")).toEqual(["Service Desk", "はい", "Service Desk", "はい"]);
    expect(column(history, "専門分野")).toEqual(Array(4).fill("ハードウェア"));
    await buildTrends(wb, { lang: "ja" });
    const moved = await wb.readTable("Trends_MovementPeople");
    expect(column(moved, "氏名").sort()).toEqual(["Hardware", "Manager"]);
    expect(column(moved, "部署").sort()).toEqual(["Service Desk", "はい"].sort());
  });
});
