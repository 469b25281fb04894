import fc from "fast-check";
import { typoDistance } from "../../../src/core/import/typo-distance";
import { editDistance } from "../../../src/core/roster/normalize";
test("same", () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 12 }),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: 1, max: 3 }),
      (a, b, m) => {
        expect(typoDistance(a, b, m)).toBe(editDistance(a, b, m));
      },
    ),
    { numRuns: 20000 },
  );
  fc.assert(
    fc.property(
      fc.stringMatching(/^[abc]{0,10}$/),
      fc.stringMatching(/^[abc]{0,10}$/),
      fc.integer({ min: 1, max: 3 }),
      (a, b, m) => {
        expect(typoDistance(a, b, m)).toBe(editDistance(a, b, m));
      },
    ),
    { numRuns: 20000 },
  );
});
