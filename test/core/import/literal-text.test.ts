import fc from "fast-check";
import { needsLiteralText } from "../../../src/core/import";

describe("needsLiteralText", () => {
  it.each([
    '=HYPERLINK("http://example.com","click")',
    "+81 3 1234 5678",
    "-5",
    "@SUM(A1:A2)",
    "=1+1",
    "\t=1",
    "＝SUM(A1)",
  ])("says %p must be written as text", (text) => expect(needsLiteralText(text)).toBe(true));

  it("says so for any text starting with a formula character", () => {
    fc.assert(
      fc.property(fc.constantFrom("=", "+", "-", "@"), fc.string(), (first, rest) => {
        expect(needsLiteralText(first + rest)).toBe(true);
      }),
    );
  });

  it.each([
    "00123",
    "2024/4/1",
    "4月1日",
    "令和6年4月1日",
    "TRUE",
    "false",
    "#N/A",
    "12%",
    "1e5",
    "'quoted",
    "Apr-24",
    "(5)",
  ])("says %p must be written as text, since Excel would turn it into something else", (text) =>
    expect(needsLiteralText(text)).toBe(true),
  );

  it.each(["Hardware", "山田 太郎", "Service Desk", "E001", "はい", ""])("leaves %p alone", (text) => {
    expect(needsLiteralText(text)).toBe(false);
  });

  it("is only about strings", () => {
    for (const v of [5, -5, true, null, undefined, new Date()]) expect(needsLiteralText(v)).toBe(false);
  });
});
