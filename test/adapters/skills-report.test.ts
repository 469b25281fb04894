/**
 * The Skills Report through the Excel adapter on the Excel double: the heat map's
 * colour scale, the radar and team charts, and batching (the number of syncs does
 * not grow with the people, apart from read chunks).
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { SKILL_ITEMS, skillItemsOfField } from "../../src/core/catalog";
import { sampleSkillsHeaders, sampleSkillsRows } from "../../src/core/skills";
import { SKILL_LEVEL_HEADER } from "../../src/core/skills/sheets";
import { buildSkillsReport } from "../../src/app/skills";
import { eachProfile, FakeExcel } from "../helpers/mock-excel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
const NOT_LOADED = /Error, (property was not loaded|context.sync\(\) was not called)/;

const HEADERS = [...sampleSkillsHeaders("en"), SKILL_LEVEL_HEADER.en];

/** A fake workbook with a Skills table of `people` rows (the sample, repeated with new IDs). */
function skillsWorkbook(people: number, withRoster = false): FakeExcel {
  const sample = sampleSkillsRows("en");
  const rows = Array.from({ length: people }, (_, i) => {
    const row: unknown[] = [...(sample[i % sample.length] ?? []), ""];
    if (i >= sample.length) row[0] = `S${i + 1}`;
    return row;
  });
  const fake = new FakeExcel();
  fake.addTable(
    { name: "Skills", sheet: "Skills", top: 0, left: 0, rows: people + 1, columns: HEADERS.length },
    [HEADERS, ...rows],
  );
  if (withRoster)
    fake.addTable(
      {
        name: "Roster",
        sheet: "Roster",
        top: 0,
        left: 0,
        rows: sampleRosterRows().length + 1,
        columns: SAMPLE_ROSTER_HEADERS.length,
      },
      [[...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()],
    );
  fake.install();
  return fake;
}

/** Requests that only carry cell reads: how many there are depends on the bytes read. */
const readSyncs = (fake: FakeExcel): number =>
  fake.syncs.filter((x) => x.reads > 0 && x.writes.length === 0).length;

eachProfile(() => {
  describe("the skills report in Excel", () => {
    it("adds a 1-7 colour scale on the heat map's rating block, and a radar and a clustered team chart", async () => {
      const fake = skillsWorkbook(10);
      const result = await buildSkillsReport(new ExcelWorkbook(), { lang: "en" });
      expect(result.people).toBe(10);

      expect(fake.colorScales).toHaveLength(1);
      const scale = fake.colorScales[0]!;
      expect(scale).toMatchObject({
        sheet: "Skills Report",
        top: 1,
        left: 2,
        rows: 10,
        columns: SKILL_ITEMS.length,
      });
      expect(scale.format.colorScale.criteria).toMatchObject({
        minimum: { type: "Number", formula: "1" },
        midpoint: { type: "Number", formula: "4" },
        maximum: { type: "Number", formula: "7" },
      });
      expect(fake.cell("Skills Report", 0, 2)).toBe("System maintenance management");
      expect(fake.cell("Skills Report", 1, 2)).toBe(3);

      expect(fake.charts.map((c) => [c.name, c.type, c.sheet])).toEqual([
        ["ITSS_SkillsRadar", "Radar", "Skills Report"],
        ["ITSS_SkillsTeam", "ColumnClustered", "Skills Report"],
      ]);
      // The radar's data: the Skills_Radar table's header and the person's seven items, three columns.
      const radar = fake.tables.find((t) => t.name === "Skills_Radar")!;
      expect(fake.charts[0]?.data).toBe(`${radar.top},0,${1 + skillItemsOfField("hardware").length}x3`);
      expect(fake.charts[0]?.title).toBe("Sato Haruto: skill ratings against the target");
      expect(fake.tables.map((t) => t.name)).toEqual([
        "Skills",
        "Skills_HeatMap",
        "Skills_Radar",
        "Skills_Team",
        "Skills_KPI_Comparison",
      ]);
      expect(JSON.stringify(fake.grid("Skills Report"))).not.toMatch(NOT_LOADED);
    });

    it("uses the same number of syncs for 10 and 2,000 people, apart from read chunks, with requests under the limit", async () => {
      const small = skillsWorkbook(10);
      await buildSkillsReport(new ExcelWorkbook(), { lang: "en" });
      const large = skillsWorkbook(2_000);
      await buildSkillsReport(new ExcelWorkbook(), { lang: "en" });
      expect(large.syncs.length - readSyncs(large)).toBe(small.syncs.length - readSyncs(small));
      for (const s of large.syncs) expect(s.bytes).toBeLessThan(EXCEL_WEB_LIMIT);
      expect(large.colorScales[0]?.rows).toBe(2_000);
    });

    it("refreshes its charts when built again instead of adding more", async () => {
      const fake = skillsWorkbook(10);
      await buildSkillsReport(new ExcelWorkbook(), { lang: "en" });
      await buildSkillsReport(new ExcelWorkbook(), { lang: "ja", person: "E004" });
      expect(fake.charts).toHaveLength(2);
      expect(fake.charts.map((c) => c.setDataCalls)).toEqual([1, 1]);
      expect(fake.charts[0]?.title).toBe("Tanaka Mio：スキル評価と目標レベル");
      expect(fake.tables.filter((t) => t.name === "Skills_HeatMap")).toHaveLength(1);
      expect(fake.cell("Skills Report", 0, 0)).toBe("社員番号");
    });

    it("writes KPI level beside skill level when the workbook has a Roster", async () => {
      const fake = skillsWorkbook(8, true);
      const result = await buildSkillsReport(new ExcelWorkbook(), { lang: "en" });
      expect(result.rosterFound).toBe(true);
      const comparison = fake.tables.find((t) => t.name === "Skills_KPI_Comparison")!;
      const header = fake.grid("Skills Report")[comparison.top]!;
      expect(header.slice(0, 4)).toEqual(["Employee ID", "Name", "KPI Level", "Skill Level"]);
      const e008 = fake.grid("Skills Report")[comparison.top + 8]!;
      expect(e008.slice(0, 6)).toEqual(["E008", "Nakamura Aoi", 6, 3, -3, "2+ levels apart"]);
    });
  });
});
