import fc from "fast-check";
import { CMBOK_COMPETENCIES } from "../../../src/core/catalog";
import {
  CMBOK_ASSESSMENT_COLUMNS,
  CMBOK_DOMAINS,
  CMBOK_RATING_LABELS,
  cmbokCoverage,
  mapCmbokColumns,
  parseCmbokRating,
  readCmbokRatings,
  readCompetencyHeader,
  teamCoverage,
  type CmbokRating,
} from "../../../src/core/skills";

const codes2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0").map((c) => c.code);

describe("CMBOK ratings", () => {
  it("label 0-4 in English and Japanese, from not yet to teaching others", () => {
    expect(CMBOK_RATING_LABELS.map((l) => l.rating)).toEqual([0, 1, 2, 3, 4]);
    expect(CMBOK_RATING_LABELS[0]?.label.en).toBe("Not yet");
    expect(CMBOK_RATING_LABELS[4]?.label).toEqual({ en: "Can teach others", ja: "他者に指導できる" });
  });

  it("parse 0-4 in half or full width, blank as not rated, anything else as invalid", () => {
    expect(parseCmbokRating(0)).toEqual({ ok: true, value: 0 });
    expect(parseCmbokRating("４")).toEqual({ ok: true, value: 4 });
    expect(parseCmbokRating(" ")).toEqual({ ok: true, value: null });
    for (const bad of [5, -1, 1.5, "abc", true]) expect(parseCmbokRating(bad)).toEqual({ ok: false });
  });

  it("never throw", () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true }), (v) => void parseCmbokRating(v)));
  });
});

describe("CMBOK Assessment template", () => {
  it("has a column per CMBOK 2.0 competency headed by its code, each once, domains contiguous", () => {
    const ratingColumns = CMBOK_ASSESSMENT_COLUMNS.filter((c) => c.kind === "rating");
    expect(ratingColumns.map((c) => c.header.en).sort()).toEqual([...codes2].sort());
    const domainRuns = ratingColumns
      .map((c) => c.domain?.en)
      .filter((d, i, all) => i === 0 || all[i - 1] !== d);
    expect(domainRuns).toEqual(CMBOK_DOMAINS.map((d) => d.domain.en));
    expect(domainRuns).toEqual([
      "Contact Centre Strategy",
      "Customer Service",
      "Operation",
      "Construction",
      "Audit",
      "Foundation",
      "Training and Learning Facilitation",
    ]);
  });

  it("names each competency and the scale in the column help, in both languages", () => {
    const op3 = CMBOK_ASSESSMENT_COLUMNS.find((c) => c.key === "OP-3")!;
    expect(op3.help.en).toContain("OP-3 Staff Planning and Shift Scheduling (Operation / Operations)");
    expect(op3.help.en).toContain("4 Can teach others");
    expect(op3.help.ja).toContain("OP-3 要員計画とシフト計画・調整");
    expect(CMBOK_ASSESSMENT_COLUMNS.map((c) => c.key).slice(0, 3)).toEqual([
      "employeeId",
      "name",
      "department",
    ]);
  });
});

describe("competency headers", () => {
  it("read codes in any width and dash, names alone, and code plus name", () => {
    const code = (h: string, v: "1.0" | "2.0") => {
      const read = readCompetencyHeader(h, v);
      return read.kind === "competency" ? read.competency.code : read.kind;
    };
    expect(code("OP-2", "1.0")).toBe("OP-2");
    expect(code("ｏｐ－２", "1.0")).toBe("OP-2");
    expect(code("OP2", "1.0")).toBe("OP-2");
    expect(code("OP-02", "1.0")).toBe("OP-2");
    expect(code("OP-2 スタッフィングとスケジューリング", "1.0")).toBe("OP-2");
    expect(code("OP-2: Staffing and Scheduling", "1.0")).toBe("OP-2");
    expect(code("スタッフィングとスケジューリング", "1.0")).toBe("OP-2");
    expect(code("CRM 活動の概要", "1.0")).toBe("CR-1");
    expect(code("要員計画とシフト計画・調整", "2.0")).toBe("OP-3");
    expect(code("Employee ID", "2.0")).toBe("other");
    expect(code("PC Skills", "2.0")).toBe("other");
  });

  it("read a code in the sheet's version: OP-8 is a different competency in 1.0 and 2.0", () => {
    const v1 = readCompetencyHeader("OP-8", "1.0");
    const v2 = readCompetencyHeader("OP-8", "2.0");
    expect(v1.kind === "competency" && v1.competency.nameJa).toBe("業務プロセス監査");
    expect(v2.kind === "competency" && v2.competency.nameEn).toBe("Learning Organisation");
  });

  it("tell codes the version lacks and codes with another competency's name", () => {
    expect(readCompetencyHeader("LF-1", "1.0")).toMatchObject({ kind: "unknown-code", code: "LF-1" });
    expect(readCompetencyHeader("OP-3 要員計画とシフト計画・調整", "1.0")).toMatchObject({
      kind: "name-mismatch",
    });
  });

  it("every competency is found by its code, its names and both, in its own version", () => {
    for (const c of CMBOK_COMPETENCIES) {
      for (const header of [c.code, c.nameJa, c.nameEn, `${c.code} ${c.nameJa}`]) {
        const read = readCompetencyHeader(header, c.version);
        expect(read.kind === "competency" && read.competency).toBe(c);
      }
    }
  });
});

describe("reading a CMBOK Assessment row", () => {
  it("rates by code and reports bad ratings, 1.0-only codes and duplicates", () => {
    const columns = mapCmbokColumns([
      "Name",
      "OP-3",
      "ＡＵ－１",
      "AU-1",
      "OP-11 ビジネス継続性の確保(BCP)",
      "ZZ-1",
    ]);
    expect([...columns.columnOf]).toEqual([
      ["OP-3", 1],
      ["AU-1", 2],
      ["OP-11", 4],
    ]);
    expect(columns.problems.map((p) => p.message.en)).toEqual([
      'Columns "ＡＵ－１" and "AU-1" are both AU-1; keep one of them.',
    ]);
    const read = readCmbokRatings(columns, ["Sato", 3, "５", 1, ""]);
    expect([...read.ratings]).toEqual([
      ["OP-3", 3],
      ["AU-1", null],
      ["OP-11", null],
    ]);
    expect(read.problems[0]?.message.en).toContain(
      'Column "ＡＵ－１": "５" is not a CMBOK rating. Valid: a whole number from 0 to 4',
    );
  });
});

describe("coverage", () => {
  const domainOf = (coverage: ReturnType<typeof cmbokCoverage>, en: string) =>
    coverage.find((d) => d.domain.en === en);

  it("is the share of the domain's competencies rated 3 or 4; blank and 0-2 do not cover", () => {
    const ratings = new Map<string, CmbokRating | null>([
      ["AU-1", 4],
      ["AU-2", 3],
      ["AU-3", 2],
      ["AU-4", null],
      ["LF-1", 0],
    ]);
    const coverage = cmbokCoverage(ratings);
    expect(domainOf(coverage, "Audit")).toEqual({
      domain: { en: "Audit", ja: "監査" },
      competencies: 4,
      rated: 3,
      covered: 2,
      coverage: 0.5,
    });
    expect(domainOf(coverage, "Training and Learning Facilitation")).toMatchObject({
      rated: 1,
      covered: 0,
      coverage: 0,
    });
    expect(coverage).toHaveLength(CMBOK_DOMAINS.length);
  });

  it("is 1 in every domain when every competency is rated 3 or more", () => {
    const all = new Map<string, CmbokRating>(codes2.map((c, i) => [c, (3 + (i % 2)) as CmbokRating]));
    for (const d of cmbokCoverage(all)) expect(d.coverage).toBe(1);
  });

  it("ignores keys that are not 2.0 codes", () => {
    const coverage = cmbokCoverage(new Map<string, CmbokRating>([["CMBOK 1.0 OP-8", 4]]));
    expect(coverage.every((d) => d.covered === 0)).toBe(true);
  });

  it("averages per-person coverage for the team", () => {
    const a = new Map<string, CmbokRating>([
      ["AU-1", 3],
      ["AU-2", 3],
      ["AU-3", 3],
      ["AU-4", 3],
    ]);
    const b = new Map<string, CmbokRating>([["AU-1", 4]]);
    const team = teamCoverage([a, b]);
    expect(team.find((d) => d.domain.en === "Audit")).toMatchObject({ people: 2, coverage: (1 + 0.25) / 2 });
    expect(team.find((d) => d.domain.en === "Operation")).toMatchObject({ people: 2, coverage: 0 });
    expect(teamCoverage([]).every((d) => d.people === 0 && d.coverage === 0)).toBe(true);
  });
});
