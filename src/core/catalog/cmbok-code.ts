/**
 * How a CMBOK competency code is written, once: two letters, a dash of any width (or
 * none), a one- or two-digit number, then optionally the competency's name
 * ("OP-3", "op－3", "OP 3 スタッフィング"). Headers, import cells and migrated columns
 * all read codes through this.
 */

const CODE_THEN_REST = /^([a-z]{2})\s*[-‐‑–—―−－ー]?\s*(\d{1,2})(?!\d)(.*)$/is;

/**
 * The code a text starts with, as the catalog writes it ("OP-3"), and what follows it;
 * undefined when the text does not start with a code.
 * @example splitCmbokCode("op－3 Staffing") // => { prefix: "OP", code: "OP-3", rest: " Staffing" }
 */
export function splitCmbokCode(
  text: string,
): { readonly prefix: string; readonly code: string; readonly rest: string } | undefined {
  const m = CODE_THEN_REST.exec(text);
  if (!m) return undefined;
  const prefix = (m[1] ?? "").toUpperCase();
  return { prefix, code: `${prefix}-${Number(m[2])}`, rest: m[3] ?? "" };
}
