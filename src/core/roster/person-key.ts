/**
 * Who a row is: one rule for the roster, the Skills sheet, the agreement sheet and
 * the History table. A person is their Employee ID, compared without case, width,
 * spaces or punctuation ("E-001", "e001" and "ｅ００１" are one person), because IDs
 * get retyped between sheets and rounds; a row without an ID is its name.
 */
import { cellText, foldName } from "./normalize";

/** The identity columns, in the roster contract's terms: the ID decides, the name stands in. */
export const IDENTITY_COLUMNS = ["employeeId", "name"] as const;

/**
 * The comparison key of a person; "" when the row has neither ID nor name.
 * @example personKey("E-001") === personKey("ｅ００１") // => true
 * @example personKey("", "Sato Haruto") // => "name:satoharuto"
 */
export function personKey(employeeId: unknown, name: unknown = ""): string {
  const id = foldName(cellText(employeeId));
  if (id !== "") return id;
  const byName = foldName(cellText(name));
  return byName === "" ? "" : `name:${byName}`;
}
