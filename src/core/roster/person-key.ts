/**
 * How rows of the same person are recognised across a roster, the agreement sheet
 * and the History table: by Employee ID, compared width- and case-insensitively
 * ("ｅ００１" and "E001" are one person), because IDs get retyped between rounds.
 */
import { cellText } from "./normalize";

/** The comparison key of an Employee ID cell; "" when the cell is blank. */
export function personKey(employeeId: unknown): string {
  return cellText(employeeId).normalize("NFKC").trim().toUpperCase();
}
