import { CMBOK_UPGRADES, normaliseCmbokCompetency } from "../../../src/core/import";
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "../../../src/core/catalog";

const oneZero = CMBOK_COMPETENCIES.filter((c) => c.version === "1.0");
const dropped = new Set(CMBOK_DROPPED_FROM_1_0.map((d) => d.code));

describe("CMBOK 1.0 -> 2.0", () => {
  it("knows what became of every 1.0 competency: continued in 2.0 or reported dropped", () => {
    expect([...CMBOK_UPGRADES.keys()].sort()).toEqual(oneZero.map((c) => c.code).sort());
    for (const [code, upgrade] of CMBOK_UPGRADES) {
      if (dropped.has(code)) expect(upgrade.kind).toBe("dropped");
      else expect(upgrade).toMatchObject({ kind: "continued", to: { version: "2.0", from: code } });
    }
  });

  it.each(oneZero.map((c) => [c.code, c] as const))(
    "maps 1.0 %s by code and by name, or reports it",
    (code, c) => {
      const upgrade = CMBOK_UPGRADES.get(code);
      for (const written of [code, c.nameJa, c.nameEn, `${code.toLowerCase()} ${c.nameJa}`]) {
        const result = normaliseCmbokCompetency(written);
        if (upgrade?.kind === "continued") {
          expect(result).toMatchObject({ ok: true, value: upgrade.to.code });
          const changed = upgrade.to.change === "renamed" || upgrade.to.change === "moved";
          expect(result.ok && result.note !== undefined).toBe(changed);
          if (result.ok && changed) {
            expect(result.note?.en).toContain(`CMBOK 1.0 ${code}`);
            expect(result.note?.en).toContain(`CMBOK 2.0 ${upgrade.to.code}`);
            expect(result.note?.en).toContain(upgrade.to.change);
          }
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.problem.en).toContain(code);
            expect(result.problem.en).toContain("choose its 2.0 competency by hand");
            expect(result.problem.ja).toContain(code);
          }
        }
      }
    },
  );

  it("names the renamed and moved competencies in the note", () => {
    const renamed = normaliseCmbokCompetency("OP-2");
    expect(renamed).toMatchObject({ ok: true, value: "OP-3" });
    expect(renamed.ok && renamed.note?.ja).toBe(
      "CMBOK 1.0のOP-2「スタッフィングとスケジューリング」はCMBOK 2.0のOP-3「要員計画とシフト計画・調整」です（名称変更）",
    );
    expect(normaliseCmbokCompetency("ST-5")).toMatchObject({ ok: true, value: "AU-1" });
  });

  it("converts a list of competencies in one cell", () => {
    const result = normaliseCmbokCompetency("PA-1、op-9;  CS-1");
    expect(result).toMatchObject({ ok: true, value: "PA-1, OP-11, CS-5" });
    expect(result.ok && result.note?.en.split("; ")).toHaveLength(2);
  });

  it("accepts full-width and dashless codes", () => {
    expect(normaliseCmbokCompetency("ＯＰ－２")).toMatchObject({ ok: true, value: "OP-3" });
    expect(normaliseCmbokCompetency("OP 2")).toMatchObject({ ok: true, value: "OP-3" });
  });

  it("reports a code that exists only in 2.0 instead of mapping it", () => {
    const result = normaliseCmbokCompetency("LF-1");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toContain("only in CMBOK 2.0");
  });

  it("reports a code written with another competency's name", () => {
    const result = normaliseCmbokCompetency("OP-2 業務量予測");
    expect(result.ok).toBe(false);
  });

  it("reports an unknown name with a suggestion", () => {
    const result = normaliseCmbokCompetency("コーチンク");
    expect(result).toMatchObject({ ok: false, suggestion: "コーチング" });
  });

  it("keeps blank as blank", () => {
    expect(normaliseCmbokCompetency("")).toEqual({ ok: true, value: null });
  });
});
