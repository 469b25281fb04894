/** Readable charts: value axes on round steps from 0, labels turned only when they would overlap. */
import fc from "fast-check";
import { categoryLabelAngle, columnKind, labelWidth, valueScale } from "../../src/core/sheets/chart-axes";

describe("valueScale", () => {
  it.each([
    [7, [0, 2, 4, 6, 8]],
    [1, [0, 1]],
    [0, [0, 1]],
    [16, [0, 5, 10, 15, 20]],
    [100, [0, 20, 40, 60, 80, 100]],
  ])("from 0 to at least %p on a 1-2-5 step: %p", (top, ticks) => {
    expect(valueScale(top).ticks).toEqual(ticks);
  });

  it("keeps decimals for shares", () => {
    expect(valueScale(83.3, { whole: false }).ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(valueScale(0.3, { whole: false }).max).toBeCloseTo(0.3);
  });

  it("always covers the largest value with at most seven gridlines, on whole steps for counts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), (top) => {
        const s = valueScale(top);
        expect(s.max).toBeGreaterThanOrEqual(top);
        expect(Number.isInteger(s.step) && s.step >= 1).toBe(true);
        expect(s.ticks.length).toBeLessThanOrEqual(7);
        expect(s.ticks[s.ticks.length - 1]).toBe(s.max);
      }),
    );
  });
});

describe("category labels", () => {
  it("counts CJK characters as two", () => {
    expect(labelWidth("Level 1")).toBe(7);
    expect(labelWidth("レベル1")).toBe(7);
  });

  it("stay level when they fit, turn 45 degrees when short, stand upright when long", () => {
    expect(categoryLabelAngle(["Level 1", "Level 7"], 8)).toBe(0);
    expect(categoryLabelAngle(["Not yet level 1", "Level 7"], 8)).toBe(-45);
    expect(categoryLabelAngle(["オペレーション・サービスマネジメント", "監査"], 8)).toBe(-90);
  });
});

describe("columnKind", () => {
  it("stacks when the series are many", () => {
    expect(columnKind(4)).toBe("columnClustered");
    expect(columnKind(7)).toBe("columnStacked");
  });
});
