import fc from "fast-check";
import { isLevel, parseRating, RATING_VALID } from "../../../src/core/skills";

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** Every way a sheet may write a level. */
const FORMATS: readonly ((level: number) => string | number)[] = [
  (n) => n,
  (n) => String(n),
  (n) => ` ${n} `,
  (n) => `Lv${n}`,
  (n) => `lv.${n}`,
  (n) => `LV. ${n}`,
  (n) => `L${n}`,
  (n) => `Level ${n}`,
  (n) => `レベル${n}`,
  (n) => `Lvl${n}`,
  (n) => toFullWidth(String(n)),
  (n) => toFullWidth(`Lv.${n}`),
  (n) => `レベル${toFullWidth(String(n))}`,
];

describe("parseRating", () => {
  it("reads every level written in every accepted format back as that level", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: FORMATS.length - 1 }),
        (level, format) => {
          const written = FORMATS[format]!(level);
          expect(parseRating(written)).toEqual({ ok: true, value: level });
        },
      ),
    );
  });

  it("reads blank cells as not rated", () => {
    for (const blank of ["", "   ", "　", null, undefined])
      expect(parseRating(blank)).toEqual({ ok: true, value: null });
  });

  it("refuses levels outside 1-7, fractions, words and booleans", () => {
    for (const bad of [
      0,
      8,
      -1,
      2.5,
      "2.5",
      "abc",
      "Lv8",
      "Lv0",
      "L",
      "レベル",
      "3a",
      true,
      false,
      NaN,
      Infinity,
    ])
      expect(parseRating(bad)).toEqual({ ok: false });
  });

  it("never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (value) => {
        const parsed = parseRating(value);
        if (parsed.ok && parsed.value !== null) expect(isLevel(parsed.value)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseRating(text);
      }),
    );
  });

  it("explains what is valid in both languages", () => {
    expect(RATING_VALID.en).toContain("1 to 7");
    expect(RATING_VALID.ja).toContain("1～7");
  });
});
