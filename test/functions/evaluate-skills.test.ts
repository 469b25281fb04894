/**
 * itssSkillLevel called with arguments shaped as Excel passes them: 2-D arrays,
 * "" for empty cells, numbers as numbers, null for missing optional arguments.
 */
import { FunctionError } from "../../src/functions/evaluate";
import { itssSkillLevel, setSkillMessageLang } from "../../src/functions/evaluate-skills";
import { sampleSkillsHeaders, sampleSkillsRows } from "../../src/core/skills";

const HEADERS = [sampleSkillsHeaders("en")];
const HEADERS_JA = [sampleSkillsHeaders("ja")];
const ROWS = sampleSkillsRows("en");
const rowOf = (id: string) => [ROWS.find((r) => r[0] === id)!];

/** A Skills table row with the given ratings by English header; other cells blank. */
function skillsRow(field: string, ratings: Record<string, string | number>): (string | number)[][] {
  return [HEADERS[0]!.map((h) => (h === "Specialty Field" ? field : (ratings[h] ?? "")))];
}
const hardwareAll = (rating: string | number) =>
  skillsRow("Hardware", {
    "System maintenance management": rating,
    Technology: rating,
    "Project Management": rating,
    Leadership: rating,
    Communication: rating,
    Negotiation: rating,
    "Hardware technology": rating,
  });

function excelError(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (err) {
    if (err instanceof FunctionError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

afterEach(() => setSkillMessageLang("en"));

describe("itssSkillLevel", () => {
  it("scores a Skills table row with its header row, threshold missing as null", () => {
    expect(itssSkillLevel(rowOf("E001"), HEADERS, "Hardware", null)).toBe(3);
    expect(itssSkillLevel(rowOf("E007"), HEADERS, "Facility Management", null)).toBe(6);
  });

  it("applies a company threshold of 0.8, as a number, text or percentage", () => {
    expect(itssSkillLevel(rowOf("E002"), HEADERS, "Hardware", null)).toBe(3);
    expect(itssSkillLevel(rowOf("E002"), HEADERS, "Hardware", 0.8)).toBe(4);
    expect(itssSkillLevel(rowOf("E002"), HEADERS, "Hardware", "0.8")).toBe(4);
    expect(itssSkillLevel(rowOf("E002"), HEADERS, "Hardware", "80%")).toBe(4);
    expect(itssSkillLevel(rowOf("E002"), HEADERS, "Hardware", "")).toBe(3);
  });

  it("counts a blank rating against the share", () => {
    expect(itssSkillLevel(rowOf("E005"), HEADERS, "Software", null)).toBe(0);
    expect(itssSkillLevel(rowOf("E005"), HEADERS, "Software", 0.8)).toBe(4);
  });

  it("stops at the field's highest described level", () => {
    expect(itssSkillLevel(hardwareAll(7), HEADERS, "Hardware", null)).toBe(5);
  });

  it("reads Japanese headers and field names, and ratings written as Lv3, L3, レベル3, full width", () => {
    // 4 identity columns, 6 common items, Hardware / Software / Facility technology, Target, Assessed by.
    const row = [
      ["E9", "", "", "ハードウェア", "Lv3", "L3", "レベル3", "３", "Lv.３", 3, "ｌｖ３", "", "", "", "本人"],
    ];
    expect(row[0]).toHaveLength(HEADERS_JA[0]!.length);
    expect(itssSkillLevel(row, HEADERS_JA, "ハードウェア", null)).toBe(3);
  });

  it("skips non-skill columns and any column order", () => {
    const headers = [
      ["Assessed by", "Negotiation", "Name", "Hardware technology", "Communication", "Leadership"],
    ];
    const partial = [["manager", 4, "Sato", 4, 4, 4]];
    // Three common items have no column: they count as not rated.
    expect(itssSkillLevel(partial, headers, "Hardware", null)).toBe(0);
    expect(
      itssSkillLevel(
        [["Sato", 4, 4, 4, 4, 4, 4, 4, "self"]],
        [
          [
            "Name",
            "システム保守管理",
            "テクノロジ",
            "プロジェクトマネジメント",
            "リーダーシップ",
            "コミュニケーション",
            "ネゴシエーション",
            "ハードウェア技術",
            "評価者",
          ],
        ],
        "Hardware",
        null,
      ),
    ).toBe(4);
  });

  it("reads a row without headers as the field's seven ratings or a whole Skills row", () => {
    expect(itssSkillLevel([[4, 4, 4, 4, 4, 4, 4]], null, "Software", null)).toBe(4);
    expect(itssSkillLevel(rowOf("E003"), null, "Hardware", null)).toBe(5);
    const error = excelError(() => itssSkillLevel([[4, 4, 4]], null, "Software", null));
    expect(error.kind).toBe("#VALUE!");
    expect(error.message).toContain(
      "ratings has 3 cells; without headers pass the 7 ratings of Software in this order",
    );
  });
});

describe("itssSkillLevel errors", () => {
  it("#VALUE! for an invalid rating, naming the column, the value and what is valid", () => {
    // 0 is not here: Excel desktop passes an empty cell as 0 (office-js issue 4702), so 0 is "not rated".
    for (const bad of [8, "abc", 2.5]) {
      const error = excelError(() =>
        itssSkillLevel(skillsRow("Hardware", { Leadership: bad }), HEADERS, "Hardware", null),
      );
      expect(error.kind).toBe("#VALUE!");
      expect(error.message).toBe(
        `Column "Leadership": "${bad}" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.`,
      );
    }
  });

  it("in Japanese when Excel speaks Japanese", () => {
    setSkillMessageLang("ja");
    const error = excelError(() =>
      itssSkillLevel(skillsRow("Hardware", { Leadership: 9 }), HEADERS, "Hardware", null),
    );
    expect(error.message).toContain("「Leadership」列：「9」はスキル評価として無効です");
  });

  it("#VALUE! when headers and ratings differ in width", () => {
    const error = excelError(() => itssSkillLevel(rowOf("E001"), [HEADERS[0]!.slice(1)], "Hardware", null));
    expect(error.kind).toBe("#VALUE!");
    expect(error.message).toBe(
      "headers has 14 columns but ratings has 15; pass the header row that matches the ratings (same first and last column)",
    );
  });

  it("#VALUE! for more than one row, and for headers that name no skill item of the field", () => {
    expect(
      excelError(() => itssSkillLevel([...rowOf("E001"), ...rowOf("E002")], HEADERS, "Hardware", null))
        .message,
    ).toBe("ratings must be one Skills table row; it has 2 rows. Pass one row, such as Skills[@]");
    const error = excelError(() => itssSkillLevel([[1, 2]], [["Name", "Target"]], "Hardware", null));
    expect(error.kind).toBe("#VALUE!");
    expect(error.message).toContain("headers name none of the skill items of Hardware");
  });

  it("#VALUE! for two columns of one skill item", () => {
    const error = excelError(() =>
      itssSkillLevel([[3, 3]], [["Leadership", "リーダーシップ"]], "Hardware", null),
    );
    expect(error.kind).toBe("#VALUE!");
    expect(error.message).toContain("both name the skill item Leadership");
  });

  // 0 is not here: an empty threshold cell arrives as 0 on Excel desktop and means "omitted".
  it.each([1.5, -1, 80, "abc", true])("#VALUE! for threshold %p", (threshold) => {
    const error = excelError(() => itssSkillLevel(rowOf("E001"), HEADERS, "Hardware", threshold));
    expect(error.kind).toBe("#VALUE!");
    expect(error.message).toContain(
      "is not a share of the skill items; use a number greater than 0 and at most 1",
    );
  });

  it("#VALUE! for an empty field; #N/A for a name that is not a field, with a suggestion", () => {
    expect(excelError(() => itssSkillLevel(rowOf("E001"), HEADERS, "", null)).kind).toBe("#VALUE!");
    const error = excelError(() => itssSkillLevel(rowOf("E001"), HEADERS, "Hardwear", null));
    expect(error.kind).toBe("#N/A");
    expect(error.message).toContain('"Hardwear" is not a specialty field');
    expect(error.message).toContain("Did you mean Hardware?");
  });

  it("#N/A for an IT Service Management field, which has no skill items", () => {
    const error = excelError(() => itssSkillLevel(rowOf("E001"), HEADERS, "Service Desk", null));
    expect(error.kind).toBe("#N/A");
    expect(error.message).toBe(
      "Service Desk has no skill items: the IT Skill Standard seeds describe skill proficiency for the Customer Service fields only (Hardware, Software, Facility Management).",
    );
  });
});
