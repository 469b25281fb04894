import { planImport, type ImportMode, type SheetRows } from "../../../src/core/import";
import { landImport, type LandingTable } from "../../../src/core/import/sheets";

const HEADER = ["Employee ID", "Name", "Specialty Field", "Role", "Projects", "Assessed by", "Round"];

function plan(rows: SheetRows, mode: ImportMode = "update") {
  const planned = planImport([HEADER, ...rows], { mode });
  if (!planned.ok) throw new Error(planned.message.en);
  return planned.plan;
}

/** The roster as a first import of `rows` would leave it. */
function rosterOf(rows: SheetRows): LandingTable {
  const first = landImport(plan(rows), null);
  return { headers: first.headers, rows: first.append };
}

const SELF_AND_MANAGER: SheetRows = [
  ["E001", "Sato", "Hardware", "Member", 1, "Self", "2026-1"],
  ["E001", "Sato", "Hardware", "Member", 2, "Manager", "2026-1"],
  ["E002", "Ito", "Software", "Leader", 3, "Manager", "2026-1"],
];

describe("landImport: update by person", () => {
  it("changes nothing when the same rows are imported again", () => {
    const landing = landImport(plan(SELF_AND_MANAGER), rosterOf(SELF_AND_MANAGER));
    expect(landing.counts).toEqual({ updated: 0, added: 0, unchanged: 3, flagged: 0, removed: 0 });
    expect(landing.update).toEqual([]);
    expect(landing.append).toEqual([]);
  });

  it("matches a person by Employee ID, who assessed and the round; writes only the cells that differ", () => {
    const roster = rosterOf(SELF_AND_MANAGER);
    const projects = roster.headers.indexOf("Projects");
    const landing = landImport(
      plan([
        ["e-001", "Sato", "Hardware", "Member", 3, "上長", "2026-1"], // the manager's row, retyped ID
        ["E001", "Sato", "Hardware", "Member", 1, "本人", "2026-2"], // a new round: a new row
        ["E003", "Mori", "Operations", "Member", 1, "Self", "2026-1"],
      ]),
      roster,
    );
    expect(landing.counts).toMatchObject({ updated: 1, added: 2, unchanged: 0 });
    expect(landing.update).toHaveLength(1);
    const [row] = landing.update;
    expect(row?.index).toBe(1);
    // The ID as the file writes it, the assessor as the file writes it, and the new count; nothing else.
    expect(row?.cells.flatMap((v, c) => (v === null ? [] : [[roster.headers[c], v]]))).toEqual([
      ["Employee ID", "e-001"],
      ["Projects", 3],
      ["Assessed by", "上長"],
    ]);
    expect(row?.cells[projects]).toBe(3);
    expect(landing.append.map((r) => r[0])).toEqual(["E001", "E003"]);
  });

  it("leaves columns the file does not have as they are, and appends people without an ID or name", () => {
    const roster = rosterOf(SELF_AND_MANAGER);
    const planned = planImport(
      [
        ["社員番号", "実績件数", "評価者", "評価回"],
        ["E002", 5, "Manager", "2026-1"],
        ["", 1, "Self", "2026-1"],
      ],
      { mode: "update" },
    );
    if (!planned.ok) throw new Error(planned.message.en);
    const landing = landImport(planned.plan, roster);
    expect(landing.counts).toMatchObject({ updated: 1, added: 1, unchanged: 0 });
    const cells = landing.update[0]?.cells ?? [];
    expect(cells.filter((v) => v !== null)).toEqual([5]);
  });

  it("keeps append and replace as they were", () => {
    const roster = rosterOf(SELF_AND_MANAGER);
    expect(landImport(plan(SELF_AND_MANAGER, "append"), roster).counts).toMatchObject({
      added: 3,
      updated: 0,
    });
    expect(landImport(plan(SELF_AND_MANAGER, "replace"), roster)).toMatchObject({
      remove: [0, 1, 2],
      counts: { added: 3, removed: 3 },
    });
  });

  it("counts flagged rows whether they update or add", () => {
    const landing = landImport(
      plan([["E002", "Ito", "Softwear", "Leader", 3, "Manager", "2026-1"]]),
      rosterOf(SELF_AND_MANAGER),
    );
    expect(landing.counts).toMatchObject({ updated: 1, flagged: 1 });
  });
});
