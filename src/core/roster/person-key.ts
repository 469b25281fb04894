/**
 * Who a row is: one rule for the roster, the Skills sheet, the agreement sheet and
 * the History table. A person is their Employee ID, compared without case, width,
 * spaces or punctuation ("E-001", "e001" and "ｅ００１" are one person), because IDs
 * get retyped between sheets and rounds; a row without an ID is its name.
 */
import { cellText } from "./normalize";

/**
 * Folds an ID or a name for comparison: width, case, spaces and punctuation only.
 * Unlike the folding of the standard's own names (foldName), kana are kept as written:
 * サトー and サト, or キャノ and キヤノ, are different people.
 */
function foldIdentity(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.,:;/\\()[\]{}'"`!?・、。（）「」『』【】]+/g, "");
}

/** The identity columns, in the roster contract's terms: the ID decides, the name stands in. */
export const IDENTITY_COLUMNS = ["employeeId", "name"] as const;

/**
 * The comparison key of a person; "" when the row has neither ID nor name.
 * @example personKey("E-001") === personKey("ｅ００１") // => true
 * @example personKey("", "Sato Haruto") // => "name:satoharuto"
 */
export function personKey(employeeId: unknown, name: unknown = ""): string {
  const id = foldIdentity(cellText(employeeId));
  if (id !== "") return id;
  const byName = foldIdentity(cellText(name));
  return byName === "" ? "" : `name:${byName}`;
}
