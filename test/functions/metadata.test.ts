/** functions.json as the build generates it from the JSDoc, and its Japanese twin. */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata/lib/generate";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeFunctionsMetadata } = require("../../scripts/localize-functions-metadata");

interface Param {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
  type: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { dimensionality?: string; type?: string; description?: string };
}

let functions: Fn[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    join(__dirname, "..", "..", "src", "functions", "functions.ts"),
    false,
  );
  expect(result.errors).toEqual([]);
  functions = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
}, 60_000);

const fn = (id: string): Fn => {
  const found = functions.find((f) => f.id === id);
  if (!found) throw new Error(`${id} missing from functions.json`);
  return found;
};

describe("functions.json", () => {
  it("declares every HR function with its parameters in order", () => {
    const signatures = Object.fromEntries(
      functions.map((f) => [f.id, f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))]),
    );
    expect(signatures).toEqual({
      ITSSLEVEL: [
        "row",
        "[headers]",
        "[rules]",
        "[edition]",
        "[engagements]",
        "[engagementHeaders]",
        "[asOf]",
      ],
      ITSSGAP: [
        "row",
        "[headers]",
        "[target]",
        "[rules]",
        "[edition]",
        "[lang]",
        "[engagements]",
        "[engagementHeaders]",
        "[asOf]",
      ],
      ITSSMEETS: ["row", "headers", "level", "[rules]", "[edition]"],
      ITSSCRITERIA: ["category", "field", "level", "[edition]", "[lang]"],
      ITSSSKILL: ["field", "skillItem", "level", "[lang]"],
      ITSSKNOWLEDGE: ["field", "skillItem", "[lang]"],
      CMBOK: ["code", "[version]", "[lang]"],
      ITSSSKILLLEVEL: ["ratings", "headers", "field", "[threshold]"],
      ITSSHISTORY: ["employeeId", "history"],
      ITSSEVIDENCE: [
        "engagements",
        "headers",
        "level",
        "[field]",
        "[rules]",
        "[edition]",
        "[lang]",
        "[asOf]",
      ],
    });
  });

  it("gives every function and parameter a description", () => {
    for (const f of functions) {
      expect(f.description.length).toBeGreaterThan(10);
      for (const p of f.parameters)
        expect([f.id, p.name, (p.description ?? "").length > 3]).toEqual([f.id, p.name, true]);
    }
  });

  it("takes ranges as matrices and spills ITSSCRITERIA and ITSSKNOWLEDGE", () => {
    expect(
      fn("ITSSLEVEL")
        .parameters.filter((p) => p.dimensionality === "matrix")
        .map((p) => p.name),
    ).toEqual(["row", "headers", "rules", "engagements", "engagementHeaders"]);
    expect(fn("ITSSCRITERIA").result).toMatchObject({ dimensionality: "matrix", type: "string" });
    expect(fn("ITSSKNOWLEDGE").result).toMatchObject({ dimensionality: "matrix", type: "string" });
    expect(fn("ITSSHISTORY").result).toMatchObject({ dimensionality: "matrix" });
    expect(fn("ITSSLEVEL").result).toMatchObject({ type: "number" });
    expect(fn("ITSSMEETS").result).toMatchObject({ type: "boolean" });
  });

  it("has a Japanese version with every description translated and the same ids and parameters", () => {
    const ja = localizeFunctionsMetadata({ functions }) as { functions: Fn[] };
    expect(ja.functions.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    for (const f of ja.functions) {
      expect(f.description).toMatch(/[ぁ-んァ-ン一-龥]/);
      for (const p of f.parameters) expect(p.description).toMatch(/[ぁ-んァ-ン一-龥]|"en"/);
      expect(f.parameters.map((p) => p.name)).toEqual(fn(f.id).parameters.map((p) => p.name));
    }
  });
});
