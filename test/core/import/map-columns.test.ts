import fc from "fast-check";
import { applyOverrides, mapColumns, matchHeader, missingKeys } from "../../../src/core/import";
import { ROSTER_COLUMNS } from "../../../src/core/roster/columns";

const targets = (headers: string[]) => mapColumns(headers).columns.map((c) => c.target);

describe("automatic mapping", () => {
  it("maps every template header, English or Japanese, exactly", () => {
    for (const lang of ["en", "ja"] as const) {
      const mapping = mapColumns(ROSTER_COLUMNS.map((c) => c.header[lang]));
      expect(mapping.columns.map((c) => c.target)).toEqual(ROSTER_COLUMNS.map((c) => c.key));
      expect(mapping.columns.every((c) => c.confidence === "exact" && c.chosenBy === "auto")).toBe(true);
    }
  });

  it("ignores case, width, spaces and punctuation", () => {
    const mapping = mapColumns(["ＥＭＰＬＯＹＥＥ　ＩＤ", "specialty_field", " job-category "]);
    expect(mapping.columns.map((c) => [c.target, c.confidence])).toEqual([
      ["employeeId", "exact"],
      ["field", "exact"],
      ["category", "exact"],
    ]);
  });

  it("maps accepted spellings of HR systems as aliases", () => {
    const mapping = mapColumns(["Emp No", "所属", "社員コード", "プロジェクト数", "要員", "契約額"]);
    expect(mapping.columns.map((c) => [c.target, c.confidence])).toEqual([
      ["employeeId", "alias"],
      ["department", "alias"],
      ["extra", "none"], // a second employee-ID column never overwrites the first
      ["projects", "alias"],
      ["staff", "alias"],
      ["value", "alias"],
    ]);
  });

  it("reads a unit written into the header and keeps it for the values", () => {
    const mapping = mapColumns([
      "年間契約金額（千円）",
      "経験年数(ヶ月)",
      "要員数(名)",
      "床面積（㎡）",
      "Contract Value (JPY)",
    ]);
    expect(mapping.columns.map((c) => [c.target, c.unit])).toEqual([
      ["value", "thousand-yen"],
      ["years", "months"],
      ["staff", undefined],
      ["area", undefined],
      ["extra", undefined], // Contract Value is already taken by the first column
    ]);
  });

  it("maps close misspellings with confidence 'close' and a note asking to check", () => {
    const mapping = mapColumns(["Speciality Feild", "Compelxity", "Mentorng"]);
    expect(mapping.columns.map((c) => [c.target, c.confidence])).toEqual([
      ["field", "close"],
      ["complexity", "close"],
      ["mentoring", "close"],
    ]);
    expect(mapping.columns[0]?.note?.en).toContain("check");
    expect(mapping.columns[0]?.note?.ja).toContain("専門分野");
  });

  it("does not take a different short Japanese word for a typo", () => {
    expect(targets(["経験月数", "部長", "国内"])).toEqual(["extra", "extra", "extra"]);
  });

  it("keeps unknown and blank headers as extra columns with confidence 'none'", () => {
    const mapping = mapColumns(["Notes", "", "備考"]);
    expect(mapping.columns.map((c) => [c.target, c.confidence])).toEqual([
      ["extra", "none"],
      ["extra", "none"],
      ["extra", "none"],
    ]);
  });

  it("never maps two source columns to one roster column: the later one becomes extra, with a note", () => {
    const mapping = mapColumns(["Role", "Name", "役割"]);
    expect(mapping.columns.map((c) => c.target)).toEqual(["role", "name", "extra"]);
    const note = mapping.columns[2]?.note;
    expect(note?.en).toContain('"Role" (column A)');
    expect(note?.en).toContain("extra column");
    expect(note?.ja).toContain("C列");
  });

  it("prefers an exact header over an earlier close match", () => {
    const mapping = mapColumns(["Specialty Feild", "Specialty Field"]);
    expect(mapping.columns.map((c) => c.target)).toEqual(["extra", "field"]);
    expect(mapping.columns[0]?.note?.en).toContain("Specialty Field");
  });

  it("maps each roster column at most once, whatever the headers", () => {
    const names = ROSTER_COLUMNS.flatMap((c) => [c.header.en, c.header.ja, c.key, "Notes", ""]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 40 }), (headers) => {
        const mapped = mapColumns(headers)
          .columns.filter((c) => c.target !== "extra")
          .map((c) => c.target);
        expect(new Set(mapped).size).toBe(mapped.length);
        expect(mapColumns(headers).columns).toHaveLength(headers.length);
      }),
    );
  });

  it("reports the roster columns the source lacks", () => {
    const mapping = mapColumns(["Specialty Field", "Role"]);
    expect(missingKeys(mapping)).toEqual(
      ROSTER_COLUMNS.map((c) => c.key).filter((k) => k !== "field" && k !== "role"),
    );
  });

  it("matches each template header and alias to its own column (no spelling shadows another column)", () => {
    for (const c of ROSTER_COLUMNS) {
      const aliases: readonly string[] = "aliases" in c ? c.aliases : [];
      for (const name of [c.header.en, c.header.ja, ...aliases]) expect(matchHeader(name)?.key).toBe(c.key);
    }
    expect(matchHeader("Contract Value (JPY)")).toEqual({ key: "value", confidence: "exact", unit: "yen" });
  });
});

describe("applyOverrides", () => {
  const auto = mapColumns(["社員番号", "氏名", "Skill Area", "Role", "受注額（千円）", "CMBOK"]);

  it("maps a column the user picks, with the header's unit, and records the choice", () => {
    const mapping = applyOverrides(auto, [
      { index: 2, target: "field" },
      { index: 4, target: "value" },
    ]);
    expect(mapping.columns[2]).toMatchObject({ target: "field", chosenBy: "user", confidence: "none" });
    expect(mapping.columns[4]).toMatchObject({ target: "value", unit: "thousand-yen", chosenBy: "user" });
    expect(auto.columns[2]?.target).toBe("extra"); // the automatic mapping is not changed
  });

  it("lets a user's choice beat the automatic one; the displaced column is kept as extra with a note", () => {
    const mapping = applyOverrides(auto, [{ index: 2, target: "name" }]);
    expect(mapping.columns[2]?.target).toBe("name");
    expect(mapping.columns[1]?.target).toBe("extra");
    expect(mapping.columns[1]?.note?.en).toContain('"Skill Area" (column C)');
  });

  it("gives a roster column to the later of two choices", () => {
    const mapping = applyOverrides(auto, [
      { index: 2, target: "role" },
      { index: 5, target: "role" },
    ]);
    expect(mapping.columns.map((c) => c.target)).toEqual([
      "employeeId",
      "name",
      "extra",
      "extra",
      "extra",
      "role",
    ]);
    expect(mapping.columns[2]?.note?.en).toContain("chosen later");
  });

  it("uses the last choice for a column the user changed twice", () => {
    const mapping = applyOverrides(auto, [
      { index: 2, target: "field" },
      { index: 2, target: "department" },
    ]);
    expect(mapping.columns[2]?.target).toBe("department");
    expect(mapping.columns.filter((c) => c.target === "field")).toHaveLength(0);
  });

  it("can send a mapped column to extra and mark an extra column as CMBOK 1.0", () => {
    const mapping = applyOverrides(auto, [
      { index: 3, target: "extra" },
      { index: 5, target: "extra", cmbok: true },
    ]);
    expect(mapping.columns[3]).toMatchObject({ target: "extra", chosenBy: "user" });
    expect(mapping.columns[5]).toMatchObject({ target: "extra", cmbok: true });
  });

  it("ignores choices for columns that do not exist", () => {
    const mapping = applyOverrides(auto, [
      { index: 99, target: "field" },
      { index: -1, target: "role" },
    ]);
    expect(mapping).toEqual(auto);
  });
});
