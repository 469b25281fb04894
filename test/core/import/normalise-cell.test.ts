import fc from "fast-check";
import { normaliseCell, normaliseYesNo, readQuantity } from "../../../src/core/import";
import { JOB_CATEGORIES, ROLES, SCOPES, SPECIALTY_FIELDS } from "../../../src/core/catalog/fields";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../../../src/core/roster/columns";
import { parseYesNo } from "../../../src/core/roster/normalize";

const toFullWidth = (s: string) =>
  s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const valueOf = (key: RosterColumnKey, raw: unknown) => {
  const result = normaliseCell(key, raw);
  return result.ok ? result.value : "problem";
};

describe("units written into cells", () => {
  it.each([
    ["area", "2,000㎡", 2000],
    ["area", "2000m2", 2000],
    ["area", "2000 m²", 2000],
    ["area", "2,000平米", 2000],
    ["area", "2000 sqm", 2000],
    ["area", "2,000.5 square metres", 2000.5],
    ["staff", "300名", 300],
    ["staff", "300人", 300],
    ["users", "3,000 users", 3000],
    ["projects", "5件", 5],
    ["succession", "3回", 3],
    ["sites", "4拠点", 4],
    ["rooms", "2室", 2],
    ["years", "3年", 3],
    ["years", "3.5 years", 3.5],
    ["years", "2年6ヶ月", 2.5],
    ["years", "2 years 6 months", 2.5],
    ["years", "18ヶ月", 1.5],
    ["value", "1.5億円", 150],
    ["value", "3,000万円", 30],
    ["value", "500百万円", 500],
    ["value", "2,000,000,000円", 2000],
    ["value", "12 million yen", 12],
    ["value", "1億5,000万円", 150],
    ["value", "¥2,000,000,000", 2000],
    ["value", "0.07億円", 7],
    ["value", "350", 350],
    ["value", 350, 350],
    ["projects", "１２", 12],
    ["staff", "１，２００名", 1200],
  ] as const)("%s %s -> %s", (key, raw, expected) => {
    expect(valueOf(key, raw)).toBe(expected);
  });

  it("says what it converted, naming the source value and the roster unit", () => {
    const result = normaliseCell("value", "1.5億円");
    expect(result).toMatchObject({ ok: true, value: 150 });
    if (result.ok) {
      expect(result.note?.en).toBe('"1.5億円" imported as 150 (million yen)');
      expect(result.note?.ja).toBe("「1.5億円」を150（百万円）として取り込みます");
    }
    expect(normaliseCell("projects", "1,200")).toEqual({ ok: true, value: 1200 }); // formatting only: no note
  });

  it.each([
    ["projects", "-5"],
    ["projects", "2.5件"],
    ["projects", "5名"], // persons in a count of projects
    ["staff", "5件"],
    ["area", "2000坪"],
    ["years", "3年以上"],
    ["years", "6ヶ月2年"],
    ["value", "1億5000"],
    ["value", "1億円5000万円"],
    ["value", "-3億円"],
    ["complexity", "abc"],
    ["rooms", "1,2"],
    ["sites", true],
    ["years", new Date(2024, 0, 1)],
  ] as const)("flags %s %p instead of guessing", (key, raw) => {
    const result = normaliseCell(key, raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.en).toMatch(/is not a (whole )?number of 0 or more/);
      expect(result.valid.en.length).toBeGreaterThan(0);
      expect(result.valid.ja.length).toBeGreaterThan(0);
    }
  });

  it("reads any whole number written with separators, full-width digits and a unit back exactly", () => {
    const cases = [
      ["staff", "名"],
      ["staff", "人"],
      ["users", "人"],
      ["projects", "件"],
      ["succession", "回"],
      ["sites", "拠点"],
      ["rooms", "室"],
      ["themes", "件"],
      ["area", "㎡"],
      ["area", "m2"],
      ["area", "平米"],
      ["area", " sqm"],
      ["years", "年"],
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.constantFrom(...cases),
        fc.boolean(),
        fc.boolean(),
        (n, [key, unit], grouped, fullWidth) => {
          let text = grouped ? n.toLocaleString("en-US") : String(n);
          if (fullWidth) text = toFullWidth(text);
          expect(normaliseCell(key, `${text}${unit}`)).toMatchObject({ ok: true, value: n });
        },
      ),
    );
  });

  it("scales money units to million yen", () => {
    const units = [
      ["円", -6],
      ["千円", -3],
      ["万円", -2],
      ["百万円", 0],
      ["億円", 2],
      [" million yen", 0],
      [" billion yen", 3],
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom(...units),
        (n, [unit, exponent]) => {
          const result = normaliseCell("value", `${n.toLocaleString("en-US")}${unit}`);
          expect(result.ok).toBe(true);
          if (result.ok) expect(result.value as number).toBeCloseTo(n * 10 ** exponent, 9);
        },
      ),
    );
  });

  it("applies a unit the header declares to plain numbers only", () => {
    expect(readQuantity("value", 350_000, "thousand-yen")).toEqual({ ok: true, value: 350, converted: true });
    expect(readQuantity("value", "3億円", "thousand-yen")).toEqual({ ok: true, value: 300, converted: true });
    expect(readQuantity("years", 30, "months")).toEqual({ ok: true, value: 2.5, converted: true });
    expect(readQuantity("years", "3年", "months")).toEqual({ ok: true, value: 3, converted: true });
    expect(readQuantity("value", 350, "million-yen")).toEqual({ ok: true, value: 350, converted: false });
  });
});

describe("names", () => {
  it("writes categories, fields, roles and scopes under their standard name in the source's language", () => {
    const tables = [
      ["category", JOB_CATEGORIES.map((c) => c.name)],
      ["field", SPECIALTY_FIELDS.map((f) => f.name)],
      ["role", ROLES.map((r) => r.name)],
      ["scope", SCOPES.map((s) => s.name)],
    ] as const;
    for (const [key, names] of tables) {
      for (const name of names) {
        expect(valueOf(key, name.en.toUpperCase())).toBe(name.en);
        expect(valueOf(key, ` ${name.en.toLowerCase()} `)).toBe(name.en);
        expect(valueOf(key, name.ja)).toBe(name.ja);
        expect(valueOf(key, name.ja.normalize("NFKC"))).toBe(name.ja);
      }
    }
    expect(valueOf("field", "ＨＡＲＤＷＡＲＥ")).toBe("Hardware");
    expect(valueOf("field", "ﾊｰﾄﾞｳｪｱ")).toBe("ハードウェア");
  });

  it("notes a name written another way, but not a change of case or width", () => {
    const fm = normaliseCell("field", "FM");
    expect(fm).toMatchObject({ ok: true, value: "Facility Management" });
    expect(fm.ok && fm.note?.en).toBe('"FM" imported as "Facility Management"');
    expect(normaliseCell("field", "hardware")).toEqual({ ok: true, value: "Hardware" });
  });

  it("flags an unknown name with the valid names and a suggestion", () => {
    const result = normaliseCell("field", "Hardwear");
    expect(result).toMatchObject({ ok: false, suggestion: "Hardware" });
    if (!result.ok) {
      expect(result.valid.en).toContain("Facility Management");
      expect(result.valid.ja).toContain("ファシリティマネジメント");
    }
  });
});

describe("yes/no", () => {
  const yes = ["yes", "Y", "TRUE", "1", "○", "〇", "✓", "はい", "有", "あり", "ｙｅｓ", true, 1];
  const no = ["no", "N", "false", "0", "×", "いいえ", "無", "なし", "-", false, 0];

  it("writes every accepted spelling as yes/no, or はい/いいえ when written the Japanese way", () => {
    for (const v of yes) expect(["yes", "はい"]).toContain(valueOf("mentoring", v));
    for (const v of no) expect(["no", "いいえ"]).toContain(valueOf("mentoring", v));
    expect(valueOf("ap", "○")).toBe("はい");
    expect(valueOf("ap", "Y")).toBe("yes");
  });

  it("round-trips: the written value reads back as the same answer and is left as it is", () => {
    fc.assert(
      fc.property(fc.constantFrom(...yes, ...no), (v) => {
        const first = normaliseYesNo(v);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(parseYesNo(first.value)).toEqual(parseYesNo(v));
        expect(normaliseYesNo(first.value)).toEqual({ ok: true, value: first.value });
      }),
    );
  });

  it("keeps blank as blank (no evidence) and flags other words", () => {
    expect(normaliseYesNo("")).toEqual({ ok: true, value: null });
    expect(normaliseYesNo(null)).toEqual({ ok: true, value: null });
    const result = normaliseYesNo("perhaps");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(`${result.problem.en}. Valid: ${result.valid.en}`).toContain("はい/いいえ");
  });
});

describe("every normaliser", () => {
  const keys = ROSTER_COLUMNS.map((c) => c.key);

  it("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, raw) => {
        normaliseCell(key, raw);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.string({ unit: "grapheme" }), (key, raw) => {
        normaliseCell(key, raw);
      }),
    );
  });

  it("keeps blank cells blank", () => {
    for (const key of keys)
      for (const blank of [null, undefined, "", "   "]) {
        const result = normaliseCell(key, blank);
        expect(result.ok).toBe(true);
        if (result.ok && result.value !== null) expect(String(result.value).trim()).toBe("");
      }
  });

  it("keeps text columns exactly as written", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer()), (raw) => {
        for (const key of ["employeeId", "name", "department"] as const)
          expect(normaliseCell(key, raw)).toEqual({ ok: true, value: raw });
      }),
    );
  });
});
