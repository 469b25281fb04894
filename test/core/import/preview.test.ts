import { displayValue, planImport, previewPlan, type ImportPlan } from "../../../src/core/import";

function planned(): ImportPlan {
  const result = planImport(
    [
      ["Employee ID", "Specialty Field", "Floor Area", "Mentoring", "Joined", "Memo"],
      ["E1", "Facility Management", "2,000㎡", "○", new Date(Date.UTC(2020, 3, 1)), true],
      ["E2", "Hardwear", 10, "no", null, "=1+1"],
      ["E3", "Software", null, "", null, null],
    ],
    { mode: "append" },
  );
  if (!result.ok) throw new Error(result.message.en);
  return result.plan;
}

describe("previewPlan", () => {
  it("shows the first rows as the Roster table will hold them, as strings", () => {
    const preview = previewPlan(planned(), 2);
    expect(preview.headers.slice(-2)).toEqual(["Joined", "Memo"]);
    expect(preview.more).toBe(1);
    const [first, second] = preview.rows;
    expect(first?.sourceRow).toBe(2);
    expect(first?.cells.slice(0, 1)).toEqual(["E1"]);
    expect(first?.cells).toContain("2000");
    expect(first?.cells).toContain("はい");
    expect(first?.cells.slice(-2)).toEqual(["2020-04-01", "TRUE"]);
    expect(second?.cells.slice(-1)).toEqual(["=1+1"]);
  });

  it("marks flagged rows and the columns holding their problems", () => {
    const preview = previewPlan(planned(), 10);
    expect(preview.rows.map((r) => r.flagged)).toEqual([false, true, false]);
    expect(preview.rows[1]?.problemColumns).toEqual([4]); // Specialty Field in template order
    expect(preview.more).toBe(0);
  });

  it("shows nothing for a count of 0 or less", () => {
    expect(previewPlan(planned(), 0).rows).toEqual([]);
    expect(previewPlan(planned(), -3).more).toBe(3);
  });

  it("shows blank as an empty string", () => {
    expect(displayValue(null)).toBe("");
    expect(displayValue(undefined)).toBe("");
    expect(displayValue(2.5)).toBe("2.5");
  });
});
