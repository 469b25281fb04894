import fc from "fast-check";
import { runs } from "../../helpers/property";
import { typoDistance } from "../../../src/core/import/map-columns";
import { editDistance } from "../../../src/core/roster/normalize";

describe("typoDistance", () => {
  it("agrees with the roster's editDistance within the bound", () => {
    const small = fc.stringMatching(/^[abc]{0,10}$/);
    for (const arb of [small, fc.string({ maxLength: 12 })]) {
      fc.assert(
        fc.property(arb, arb, fc.integer({ min: 1, max: 3 }), (a, b, max) => {
          expect(Math.min(typoDistance(a, b, max), max + 1)).toBe(Math.min(editDistance(a, b, max), max + 1));
        }),
        { numRuns: runs(2000) },
      );
    }
  });

  it("counts a swapped pair of letters as two edits", () => {
    expect(typoDistance("specialtyfeild", "specialtyfield", 3)).toBe(2);
    expect(typoDistance("role", "role", 1)).toBe(0);
    expect(typoDistance("abc", "xyz", 1)).toBe(2);
  });
});
