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
  result: { dimensionality?: string; type?: string };
}

let functions: Fn[];
let metadata: Record<string, unknown>;

/**
 * The metadata properties Microsoft documents (Microsoft Learn, "Manually create JSON metadata
 * for custom functions", metadata reference). Excel may refuse a file with others.
 */
const DOCUMENTED = {
  top: ["allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny", "functions", "enums"],
  function: ["description", "helpUrl", "id", "name", "options", "parameters", "result"],
  parameter: [
    "description",
    "dimensionality",
    "name",
    "type",
    "cellValueType",
    "customEnumId",
    "optional",
    "repeating",
  ],
  result: ["dimensionality", "type"],
  options: [
    "cancelable",
    "capturesCallingObject",
    "excludeFromAutoComplete",
    "linkedEntityLoadService",
    "requiresAddress",
    "requiresParameterAddresses",
    "requiresStreamAddress",
    "requiresStreamParameterAddresses",
    "stream",
    "volatile",
  ],
};

function undocumented(file: Record<string, unknown>): string[] {
  const extra = (where: string, object: object | undefined, allowed: readonly string[]): string[] =>
    Object.keys(object ?? {})
      .filter((k) => !allowed.includes(k))
      .map((k) => `${where}.${k}`);
  const fns = (file.functions ?? []) as (Fn & { options?: object })[];
  return [
    ...extra("", file, DOCUMENTED.top),
    ...fns.flatMap((f) => [
      ...extra(f.id, f, DOCUMENTED.function),
      ...extra(`${f.id}.result`, f.result, DOCUMENTED.result),
      ...extra(`${f.id}.options`, f.options, DOCUMENTED.options),
      ...f.parameters.flatMap((p) => extra(`${f.id}.${p.name}`, p, DOCUMENTED.parameter)),
    ]),
  ];
}

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    join(__dirname, "..", "..", "src", "functions", "functions.ts"),
    false,
  );
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson) as Record<string, unknown>;
  functions = (metadata as { functions: Fn[] }).functions;
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
      ITSSHISTORY: ["employeeId", "history", "[headers]"],
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

  it("carries only documented metadata properties, in English and in Japanese", () => {
    expect(undocumented(metadata)).toEqual([]);
    expect(undocumented(localizeFunctionsMetadata(metadata))).toEqual([]);
    // The check can fail: a description on the result is not a documented property.
    expect(undocumented({ functions: [{ ...fn("CMBOK"), result: { description: "x" } }] })).toEqual([
      "CMBOK.result.description",
    ]);
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
