import fc from "fast-check";
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "../../../src/core/catalog";
import {
  mapCmbokColumns,
  migrateCmbokHeaders,
  migrateCmbokRows,
  migratedHeaderRow,
  readCmbokRatings,
} from "../../../src/core/skills";

const v1 = CMBOK_COMPETENCIES.filter((c) => c.version === "1.0");
const v2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0");
const ALL_1_0_HEADERS = ["Employee ID", "Name", ...v1.map((c) => c.code), "Comment"];

describe("migrateCmbokHeaders: every 1.0 code", () => {
  const migration = migrateCmbokHeaders(ALL_1_0_HEADERS);

  it.each(v1.map((c) => c.code))(
    "%s is carried to exactly one 2.0 column or kept as a dropped extra",
    (code) => {
      const source = ALL_1_0_HEADERS.indexOf(code);
      const targets = migration.columns.filter((c) => c.source === source);
      expect(targets).toHaveLength(1);
      const target = targets[0]!;
      const successor = v2.find((c) => c.from === code);
      if (successor) expect(target).toMatchObject({ kind: "carried", code: successor.code, from: code });
      else expect(target).toMatchObject({ kind: "dropped", from: code });
    },
  );

  it("drops exactly the competencies the catalog lists as dropped", () => {
    expect(
      migration.columns
        .filter((c) => c.kind === "dropped")
        .map((c) => c.from)
        .sort(),
    ).toEqual(CMBOK_DROPPED_FROM_1_0.map((d) => d.code).sort());
  });

  it("lays out identity columns, every 2.0 competency in order, dropped extras in sheet order, then trailing columns", () => {
    const headers = migratedHeaderRow(migration, "en");
    expect(headers).toEqual([
      "Employee ID",
      "Name",
      ...v2.map((c) => c.code),
      "CMBOK 1.0 OP-8 Business Process Audit",
      "CMBOK 1.0 AR-4 Auditing Business and Procurement Processes",
      "Comment",
    ]);
    expect(migratedHeaderRow(migration, "ja")).toContain("CMBOK 1.0 OP-8 業務プロセス監査");
    expect(migration.problems).toEqual([]);
  });

  it("leaves new 2.0 competencies empty", () => {
    for (const c of v2.filter((c) => c.change === "new"))
      expect(migration.columns.find((col) => col.code === c.code)).toMatchObject({
        kind: "empty",
        source: null,
      });
  });

  it("reads OP-8 in a 1.0 sheet as the 1.0 competency: its values do not land in 2.0 OP-8", () => {
    const op8 = ALL_1_0_HEADERS.indexOf("OP-8");
    expect(migration.columns.find((c) => c.code === "OP-8")).toMatchObject({ kind: "empty", source: null });
    expect(migration.columns.find((c) => c.source === op8)?.kind).toBe("dropped");
    // ...and 1.0 OP-9 Ensuring Business Continuity moves to 2.0 OP-11.
    expect(migration.columns.find((c) => c.code === "OP-11")?.source).toBe(ALL_1_0_HEADERS.indexOf("OP-9"));
  });
});

describe("change list", () => {
  it("describes renamed and moved columns in sheet order, in English and Japanese", () => {
    const { changes } = migrateCmbokHeaders([
      "Name",
      "OP-2 スタッフィングとスケジューリング",
      "リアルタイムマネジメント",
      "ST-5",
      "OP-1",
    ]);
    const carried = changes.filter((c) => c.kind === "renamed" || c.kind === "moved");
    expect(carried.map((c) => c.message.en)).toEqual([
      "OP-2 Staffing and Scheduling -> OP-3 Staff Planning and Shift Scheduling (renamed)",
      "OP-3 Real-Time Management -> OP-4 (moved)",
      "ST-5 Contact Centre Audit -> AU-1 Audit Planning and Preparation (moved)",
    ]);
    expect(carried[0]?.message.ja).toBe(
      "OP-2 スタッフィングとスケジューリング → OP-3 要員計画とシフト計画・調整（名称変更）",
    );
    expect(carried[1]?.message.ja).toBe("OP-3 リアルタイムマネジメント → OP-4（移動）");
    // OP-1 is unchanged: nothing to report.
    expect(changes.some((c) => c.from === "OP-1")).toBe(false);
  });

  it("reports a renaming in place, dropped, new and absent competencies", () => {
    const { changes } = migrateCmbokHeaders(["IC-1", "OP-8"]);
    const byKind = (kind: string) => changes.filter((c) => c.kind === kind);
    expect(byKind("renamed")[0]?.message.en).toBe(
      "IC-1 ICT and Contact Centre Systems -> IC-1 Selecting Contact Centre Systems (renamed)",
    );
    expect(byKind("dropped")[0]?.message.en).toBe(
      'OP-8 Business Process Audit: no CMBOK 2.0 competency continues it; kept as the extra column "CMBOK 1.0 OP-8 Business Process Audit"',
    );
    expect(byKind("new").map((c) => c.to)).toEqual(v2.filter((c) => c.change === "new").map((c) => c.code));
    expect(byKind("new").find((c) => c.to === "OP-8")?.message.en).toBe(
      "OP-8 Learning Organisation: new in CMBOK 2.0; the column starts empty",
    );
    expect(byKind("absent").find((c) => c.to === "OP-4")?.message).toEqual({
      en: "OP-4 Real-Time Management: the sheet has no column for CMBOK 1.0 OP-3; the column starts empty",
      ja: "OP-4 リアルタイムマネジメント：シートにCMBOK 1.0のOP-3の列がないため、列は空欄から始まります",
    });
  });
});

describe("headers that cannot be placed", () => {
  it("keep 2.0-only codes, mismatched names and duplicates as they are, and report them", () => {
    const headers = ["OP-2", "ＯＰ－２", "LF-1", "OP-3 要員計画とシフト計画・調整"];
    const migration = migrateCmbokHeaders(headers);
    expect(migration.columns.filter((c) => c.kind === "other").map((c) => c.source)).toEqual([1, 2, 3]);
    expect(migration.columns.find((c) => c.code === "OP-3")?.source).toBe(0);
    expect(migration.problems.map((p) => p.message.en)).toEqual([
      'Columns "OP-2" and "ＯＰ－２" are both CMBOK 1.0 OP-2; the first is migrated and the second kept as it is.',
      'Column "LF-1": LF-1 is not a CMBOK 1.0 competency code, so the column is kept as it is. Is the sheet already CMBOK 2.0?',
      'Column "OP-3 要員計画とシフト計画・調整": CMBOK 1.0 OP-3 is Real-Time Management, not the name in the header, so the column is kept as it is. Check which competency it holds.',
    ]);
  });

  it("report a header row without any 1.0 competency", () => {
    const migration = migrateCmbokHeaders(["Employee ID", "Name"]);
    expect(migration.problems).toHaveLength(1);
    expect(migration.columns.filter((c) => c.kind === "empty")).toHaveLength(v2.length);
  });
});

describe("migrateCmbokRows", () => {
  it("moves each value under its new column without changing it", () => {
    const migration = migrateCmbokHeaders(["Name", "OP-2", "OP-8", "ST-5", "Note"]);
    const [row] = migrateCmbokRows(migration, [["Sato", 3, "４", 0, "ok"]]);
    const at = (header: string) => row?.[migratedHeaderRow(migration, "en").indexOf(header)];
    expect(at("Name")).toBe("Sato");
    expect(at("OP-3")).toBe(3);
    expect(at("CMBOK 1.0 OP-8 Business Process Audit")).toBe("４");
    expect(at("AU-1")).toBe(0);
    expect(at("OP-8")).toBe("");
    expect(at("Note")).toBe("ok");
  });

  it("fills cells past the end of a short row with empty cells", () => {
    const migration = migrateCmbokHeaders(["Name", "OP-2"]);
    expect(migrateCmbokRows(migration, [["Sato"]])[0]?.filter((v) => v !== "")).toEqual(["Sato"]);
  });

  it("keeps every cell of any 1.0 sheet exactly once, and the result reads back as CMBOK 2.0", () => {
    const competencyHeader = fc
      .constantFrom(...v1)
      .chain((c) =>
        fc
          .constantFrom(c.code, c.nameJa, c.nameEn, `${c.code} ${c.nameJa}`)
          .map((header) => ({ code: c.code, header })),
      );
    fc.assert(
      fc.property(
        fc.uniqueArray(competencyHeader, { selector: (h) => h.code, maxLength: v1.length }),
        fc.array(fc.constantFrom("Employee ID", "Name", "Department", "Comment"), { maxLength: 3 }),
        (competencies, others) => {
          const headers = [...others.slice(0, 1), ...competencies.map((c) => c.header), ...others.slice(1)];
          const row = headers.map((_, i) => `cell ${i}`);
          const migration = migrateCmbokHeaders(headers);
          expect(migration.problems.filter((p) => p.header !== null)).toEqual([]);
          const [migrated] = migrateCmbokRows(migration, [row]);
          expect(migrated?.filter((v) => v !== "").sort()).toEqual([...row].sort());

          const readBack = readCmbokRatings(
            mapCmbokColumns(migratedHeaderRow(migration, "ja")),
            migration.columns.map((c) => (c.source === null ? "" : 1)),
          );
          expect(mapCmbokColumns(migratedHeaderRow(migration, "en")).problems).toEqual([]);
          for (const { code } of competencies) {
            const successor = v2.find((c) => c.from === code);
            if (successor) expect(readBack.ratings.get(successor.code)).toBe(1);
          }
        },
      ),
    );
  });
});
