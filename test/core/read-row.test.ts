/**
 * The row reader's quick paths (engine headroom, issue 16) give what the general
 * readers give: text is trimmed of any space, ASCII or full-width; names are found
 * however many spellings a roster repeats; yes/no spellings and header units as before.
 */
import { mapHeaders } from "../../src/core/roster/header-map";
import { FIELD_NAMES, ROLE_NAMES } from "../../src/core/roster/names";
import { readEvidence } from "../../src/core/roster/read-row";
import { cellText } from "../../src/core/roster/normalize";

const HEADERS = ["Employee ID", "Name", "Department", "Specialty Field", "Role", "International", "Staff"];
const map = mapHeaders(HEADERS);

describe("readEvidence", () => {
  it.each(["E1", " E1", "E1 ", "\tE1", "E1\u3000", "\u3000E1", "社員1 ", "E1\u00a0"])(
    "trims the text cell %j as cellText does",
    (id) => {
      const { evidence } = readEvidence(map, [id, id, id, "Hardware", "Member", "no", 1], 2);
      expect(evidence.employeeId).toBe(cellText(id));
      expect(evidence.name).toBe(cellText(id));
      expect(evidence.department).toBe(cellText(id));
      expect(evidence.employeeId).not.toMatch(/^\s|\s$/);
    },
  );

  it("reads yes/no spellings on the quick path and the general one alike", () => {
    const read = (v: unknown): boolean =>
      readEvidence(map, ["E1", "", "", "Hardware", "Member", v, 1], 2).evidence.international;
    expect([
      read("yes"),
      read("no"),
      read(""),
      read(undefined),
      read("YES"),
      read("はい"),
      read(" no "),
    ]).toEqual([true, false, false, false, true, true, false]);
    expect(readEvidence(map, ["E1", "", "", "Hardware", "Member", "maybe", 1], 2).problems).toHaveLength(1);
  });

  it("keeps the readings property absent unless a unit was read", () => {
    const plain = readEvidence(map, ["E1", "", "", "Operations", "Leader", "no", 35], 2).evidence;
    expect("readings" in plain).toBe(false);
    const unit = readEvidence(map, ["E1", "", "", "Operations", "Leader", "no", "35名"], 2).evidence;
    expect(unit.staff).toBe(35);
    expect(unit.readings).toHaveLength(1);
  });

  it("reads rows of two header maps in turn with each map's positions", () => {
    const other = mapHeaders(["Role", "Specialty Field", "Employee ID"]);
    for (let i = 0; i < 3; i++) {
      expect(readEvidence(map, ["E1", "", "", "Software", "Leader", "no", 0], 2).evidence.role).toBe(2);
      const e = readEvidence(other, ["Responsible", "Hardware", "E2"], 3).evidence;
      expect([e.role, e.field, e.employeeId]).toEqual([3, "hardware", "E2"]);
    }
  });
});

describe("name tables", () => {
  it("find every spelling, also after more spellings than the recent ones kept", () => {
    const spellings = [
      "Hardware",
      "hardware",
      "ハードウェア",
      "Software",
      "ＨＡＲＤＷＡＲＥ",
      "Service Desk",
      "SD",
      "FM",
      "Operations",
      "Hardwear",
      "System Management",
    ];
    const expected = spellings.map((s) => FIELD_NAMES.find(s));
    for (let round = 0; round < 3; round++)
      expect(spellings.map((s) => FIELD_NAMES.find(s))).toEqual(expected);
    expect(expected).toContain(undefined); // "Hardwear" is no field
    expect(expected[0]).toBe("hardware");
    expect(expected[4]).toBe("hardware");
    expect(ROLE_NAMES.find("Leader")).toBe(2);
  });
});
