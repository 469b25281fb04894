import {
  applyOverrides,
  layoutSignature,
  mapColumns,
  MAX_REMEMBERED_LAYOUTS,
  NO_REMEMBERED_MAPPINGS,
  parseRememberedMappings,
  recallMapping,
  rememberMapping,
  serialiseRememberedMappings,
} from "../../../src/core/import";

const HEADERS = ["社員番号", "氏名", "Skill Area", "Role", "CMBOK"];

describe("layoutSignature", () => {
  it("is the same for the same headers whatever their case, width, spacing or trailing blank columns", () => {
    const signature = layoutSignature(HEADERS);
    expect(layoutSignature(["社員番号 ", "氏名", "skill_area", "ＲＯＬＥ", "cmbok"])).toBe(signature);
    expect(layoutSignature([...HEADERS, "", ""])).toBe(signature);
    expect(layoutSignature(HEADERS)).toBe(signature); // stable across calls
  });

  it("differs when the order or a header changes", () => {
    const signature = layoutSignature(HEADERS);
    expect(layoutSignature([HEADERS[1] ?? "", HEADERS[0] ?? "", ...HEADERS.slice(2)])).not.toBe(signature);
    expect(layoutSignature([...HEADERS.slice(0, 4), "Notes"])).not.toBe(signature);
    expect(layoutSignature(HEADERS.slice(0, 4))).not.toBe(signature);
  });

  it("is a plain string fit for a storage key", () => {
    expect(layoutSignature(HEADERS)).toMatch(/^layout-v1:5:[0-9a-f]{16}$/);
  });
});

describe("remembered mappings", () => {
  const confirmed = applyOverrides(mapColumns(HEADERS), [
    { index: 2, target: "field" },
    { index: 4, target: "extra", cmbok: true },
  ]);

  it("round-trips through JSON and re-applies the user's choices to the same layout", () => {
    const store = rememberMapping(NO_REMEMBERED_MAPPINGS, confirmed);
    const parsed = parseRememberedMappings(serialiseRememberedMappings(store));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const recalled = recallMapping(
      parsed.store,
      mapColumns([" 社員番号", "氏名", "SKILL AREA", "role", "cmbok"]),
    );
    expect(recalled?.columns.map((c) => c.target)).toEqual(["employeeId", "name", "field", "role", "extra"]);
    expect(recalled?.columns[4]?.cmbok).toBe(true);
    expect(recalled?.columns.every((c) => c.chosenBy === "remembered")).toBe(true);
  });

  it("recalls nothing for another layout", () => {
    const store = rememberMapping(NO_REMEMBERED_MAPPINGS, confirmed);
    expect(
      recallMapping(store, mapColumns(["氏名", "社員番号", "Skill Area", "Role", "CMBOK"])),
    ).toBeUndefined();
  });

  it("keeps the latest mapping per layout, most recent first, and forgets the oldest beyond the limit", () => {
    let store = NO_REMEMBERED_MAPPINGS;
    for (let i = 0; i < MAX_REMEMBERED_LAYOUTS + 5; i++)
      store = rememberMapping(store, mapColumns([`Layout ${i}`, "Role"]));
    expect(store.layouts).toHaveLength(MAX_REMEMBERED_LAYOUTS);
    expect(store.layouts[0]?.headers).toEqual([`layout${MAX_REMEMBERED_LAYOUTS + 4}`, "role"]);
    const again = rememberMapping(
      store,
      applyOverrides(mapColumns(["Layout 10", "Role"]), [{ index: 0, target: "name" }]),
    );
    expect(again.layouts).toHaveLength(MAX_REMEMBERED_LAYOUTS);
    expect(again.layouts[0]?.targets).toEqual(["name", "role"]);
    expect(again.layouts.filter((l) => l.headers[0] === "layout10")).toHaveLength(1);
  });

  it.each([
    ["not JSON", "{oops"],
    ["another version", JSON.stringify({ version: 2, layouts: [] })],
    ["no version", JSON.stringify({ layouts: [] })],
    [
      "an unknown roster column",
      JSON.stringify({
        version: 1,
        layouts: [{ signature: layoutSignature(["a"]), headers: ["a"], targets: ["salary"], cmbok: [] }],
      }),
    ],
    [
      "headers that do not match the signature",
      JSON.stringify({
        version: 1,
        layouts: [{ signature: layoutSignature(["a"]), headers: ["b"], targets: ["name"], cmbok: [] }],
      }),
    ],
  ])("refuses a store with %s, with a message in both languages", (_, json) => {
    const parsed = parseRememberedMappings(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.en).toContain("ignored");
      expect(parsed.message.ja).toContain("無視");
    }
  });

  it("says which version it found when the version differs", () => {
    const parsed = parseRememberedMappings(JSON.stringify({ version: 2, layouts: [] }));
    expect(!parsed.ok && parsed.message.en).toContain("(2)");
  });
});
