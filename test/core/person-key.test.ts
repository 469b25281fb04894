import { personKey } from "../../src/core/roster/person-key";
import { personKey as skillsPersonKey } from "../../src/core/skills/read-table";

describe("personKey: one identity rule for skills and rounds", () => {
  it("treats retyped IDs as one person: case, width, spaces and punctuation do not matter", () => {
    for (const id of ["E001", "e001", "E-001", "ｅ００１", " E 001 "])
      expect(personKey(id)).toBe(personKey("E001"));
    expect(personKey("E001")).not.toBe(personKey("E002"));
  });
  it("stands in the name for a row without an ID, and is blank for neither", () => {
    expect(personKey("", "Sato Haruto")).toBe(personKey(null, "sato haruto"));
    expect(personKey("", "Sato Haruto")).not.toBe(personKey("SatoHaruto"));
    expect(personKey("", "")).toBe("");
  });
  it("keeps kana as written in names: a long-vowel mark or a small kana tells two people apart", () => {
    expect(personKey("", "サトー")).not.toBe(personKey("", "サト"));
    expect(personKey("", "キャノ ユウ")).not.toBe(personKey("", "キヤノ ユウ"));
    expect(personKey("", "ｻﾄｰ ﾊﾙﾄ")).toBe(personKey("", "サトー　ハルト"));
  });
  it("is the very function the skills report uses", () => {
    expect(skillsPersonKey).toBe(personKey);
  });
});
