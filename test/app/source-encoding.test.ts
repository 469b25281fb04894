/** The pane's file source takes the encoding the user picks, for a CSV the bytes alone cannot settle. */
import { EncodingProblem, SOURCE_ENCODINGS, sourceFromFile } from "../../src/app/import";
import { ActionProblem } from "../../src/app/roster";

const TEXT = "Employee ID,Name,Specialty Field\r\nE1,佐藤 陽翔,Hardware\r\n";

describe("sourceFromFile with an encoding", () => {
  it("reads UTF-16 without a byte-order mark only when the user picks UTF-16", async () => {
    const bytes = new Uint8Array(Buffer.from(TEXT, "utf16le"));
    const undecided = await sourceFromFile(bytes, "unicode.csv").catch((e: unknown) => e);
    // The pane offers the encodings for this problem, and only for this one.
    expect(undecided).toBeInstanceOf(EncodingProblem);
    expect((undecided as EncodingProblem).encodings).toEqual(SOURCE_ENCODINGS);
    const damaged = await sourceFromFile(new Uint8Array([0x50, 0x4b, 3, 4, 0]), "x.xlsx").catch(
      (e: unknown) => e,
    );
    expect(damaged).toBeInstanceOf(ActionProblem);
    expect(damaged).not.toBeInstanceOf(EncodingProblem);
    const picked = await sourceFromFile(bytes, "unicode.csv", "utf16");
    expect(picked.rows[1]).toEqual(["E1", "佐藤 陽翔", "Hardware"]);
  });

  it("keeps the checks when an encoding is picked: a wrong pick is refused, never mangled", async () => {
    const utf8 = new Uint8Array(Buffer.from(TEXT, "utf8"));
    expect((await sourceFromFile(utf8, "a.csv", "utf8")).rows[1]?.[1]).toBe("佐藤 陽翔");
    await expect(sourceFromFile(utf8, "a.csv", "utf16")).rejects.toBeInstanceOf(ActionProblem);
  });
});
