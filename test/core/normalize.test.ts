import fc from "fast-check";
import {
  cellText,
  didYouMean,
  foldName,
  groupDigits,
  plainDigits,
  parseNumber,
  parseYesNo,
} from "../../src/core/roster/normalize";
import { CATEGORY_NAMES, FIELD_NAMES, ROLE_NAMES, SCOPE_NAMES } from "../../src/core/roster/names";
import { parseAssessor } from "../../src/core/rounds/assessments";
import { mapHeaders } from "../../src/core/roster/header-map";

const toFullWidth = (s: string) =>
  s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("parseNumber", () => {
  it("reads any non-negative integer written with thousands separators, in half or full width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        expect(parseNumber(grouped)).toEqual({ ok: true, value: n });
        expect(parseNumber(toFullWidth(grouped))).toEqual({ ok: true, value: n });
        expect(parseNumber(n)).toEqual({ ok: true, value: n });
      }),
    );
  });
  it("refuses text that is not a number instead of guessing", () => {
    for (const bad of ["", "abc", "1,2", "1..2", "12a", "NaN", "Infinity", true])
      expect(parseNumber(bad).ok).toBe(false);
  });
});

describe("cellText", () => {
  it("reads any value without throwing, as text", () => {
    // {"toString":0} once made parseYesNo throw and CI fail at random.
    expect(cellText({ toString: 0 })).toBe("");
    expect(cellText(Object.create(null))).toBe("");
    expect(cellText({ toString: () => ({}) })).toBe("");
    expect(cellText(12n)).toBe("12");
    expect(cellText({ toString: () => " E001 " })).toBe("E001");
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true }),
        (v) => typeof cellText(v) === "string",
      ),
    );
  });
});

describe("parseYesNo", () => {
  it("treats blank as no and refuses unknown words", () => {
    expect(parseYesNo("")).toEqual({ ok: true, value: false });
    expect(parseYesNo(null)).toEqual({ ok: true, value: false });
    expect(parseYesNo("perhaps").ok).toBe(false);
  });
  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (v) => {
        parseYesNo(v);
      }),
    );
  });
});

describe("foldName and didYouMean", () => {
  it("folds case, width, spaces and punctuation", () => {
    expect(foldName("Specialty_Field")).toBe(foldName("ＳＰＥＣＩＡＬＴＹ　ｆｉｅｌｄ"));
  });
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => expect(foldName(foldName(s))).toBe(foldName(s))));
  });
  it("suggests close names only", () => {
    expect(didYouMean("Hardwear", ["Hardware", "Software"])).toBe("Hardware");
    expect(didYouMean("Sofware", ["Hardware", "Software"])).toBe("Software");
    expect(didYouMean("Accounting", ["Hardware", "Software"])).toBeUndefined();
  });
});

describe("katakana spelling variants", () => {
  it("reads the common variants of field, role and scope names as the standard's names", () => {
    const field = (t: string) => FIELD_NAMES.find(t);
    for (const variant of [
      "ハードウエア",
      "ﾊｰﾄﾞｳｪｱ",
      "ﾊｰﾄﾞｳｴｱ",
      "ハ－ドウェア",
      "ハ‐ドウェア",
      "ハードウェアー",
      "ハドウェア",
    ])
      expect([variant, field(variant)]).toEqual([variant, "hardware"]);
    expect(field("ソフトウエア")).toBe("software");
    expect(field("ｻｰﾋﾞｽﾃﾞｽｸ")).toBe("service-desk");
    expect(field("オペレーシヨン")).toBeUndefined(); // ヨ is not a small vowel: no guessing beyond the variants
    expect(ROLE_NAMES.find("ﾘｰﾀﾞｰ")).toBe(2);
    expect(ROLE_NAMES.find("リーダ")).toBe(2);
    expect(ROLE_NAMES.find("メンバ")).toBe(1);
    expect(SCOPE_NAMES.find("特定ユーザ")).toBe(1);
    expect(CATEGORY_NAMES.find("ｶｽﾀﾏｰｻｰﾋﾞｽ")).toBe("customer-service");
    expect(CATEGORY_NAMES.find("ITサービスマネージメント")).toBe("it-service-management");
  });
  it("keeps the standard's names apart: no two distinct names fold alike", () => {
    for (const table of [CATEGORY_NAMES, FIELD_NAMES, ROLE_NAMES, SCOPE_NAMES]) {
      const folded = table.names.flatMap((n) => [foldName(n.en), foldName(n.ja)]);
      const byEntry = table.names.map((n) => table.find(n.ja));
      expect(new Set(byEntry).size).toBe(table.names.length);
      expect(new Set(folded).size).toBeGreaterThanOrEqual(table.names.length);
    }
  });
  it("reads headers and assessors through the same folding", () => {
    expect(mapHeaders(["社員番号", "ｺﾝﾋﾟｭｰﾀｰ室数"]).index.rooms).toBe(1);
    expect(parseAssessor("ﾏﾈｰｼﾞｬｰ")).toBeUndefined(); // not a listed spelling
    expect(parseAssessor("ＭＡＮＡＧＥＲ")).toBe("manager");
  });
  it("stays idempotent with the variants", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ァアェエーｰ－‐ウｳﾞカ a-") }), (s) =>
        expect(foldName(foldName(s))).toBe(foldName(s)),
      ),
    );
  });
});

describe("groupDigits", () => {
  it("writes whole numbers as toLocaleString('en-US') does", () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(groupDigits(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
    for (const n of [0, 7, 999, 1000, 1_048_575, 12.5])
      expect(groupDigits(n)).toBe(n.toLocaleString("en-US"));
  });
});

describe("plainDigits", () => {
  it("reads 1 to 15 ASCII digits as Number() does, and nothing else", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("0", "1", "9", " ", "-", ".", "a", "１"), maxLength: 17 }),
        (text) => {
          const plain = /^\d{1,15}$/.test(text);
          expect(plainDigits(text)).toBe(plain ? Number(text) : -1);
        },
      ),
    );
    expect(plainDigits("999999999999999")).toBe(999_999_999_999_999);
    expect(plainDigits("1000000000000000")).toBe(-1);
  });
});
