/**
 * The built-in sample roster: a small, fictional IT department that shows every
 * job category, most fields, and people at several levels. Used by the task pane
 * when there is no workbook, by `Create roster` with sample rows, and by the docs.
 */
import { ROSTER_COLUMNS } from "./columns";

type Cell = string | number;

/** In template column order (ROSTER_COLUMNS). */
// One person a line, so the sample reads as a table.
// prettier-ignore
const ROWS: readonly (readonly Cell[])[] = [
  // id, name, dept, category, field, role, P, Y, C, Intl, Scope, Rooms, Area, Sites, Staff, Value, Users, T, U, M, AP
  ["E001", "Sato Haruto", "Field Service", "Customer Service", "Hardware", "Member", 1, "", 2, "", "Specific users", "", "", "", "", "", "", 1, 0, "no", "no"],
  ["E002", "Suzuki Yui", "Field Service", "Customer Service", "Hardware", "Responsible", 2, "", 3, "", "Industry or wide area", "", "", "", "", "", "", 1, 1, "yes", "yes"],
  ["E003", "Takahashi Ren", "Field Service", "Customer Service", "Hardware", "Responsible", 4, "", 4, "", "Industry or wide area", "", "", "", "", "", "", 2, 3, "yes", "yes"],
  ["E004", "Tanaka Mio", "Platform Support", "Customer Service", "Software", "Member", 1, "", 1, "", "Specific users", "", "", "", "", "", "", 1, 0, "no", "no"],
  ["E005", "Watanabe Sota", "Platform Support", "Customer Service", "Software", "Leader", 3, "", 2, "", "Specific users", "", "", "", "", "", "", 1, 1, "yes", "yes"],
  ["E006", "Ito Hina", "Platform Support", "Customer Service", "Software", "Member", 0, "", 0, "", "", "", "", "", "", "", "", 0, 0, "no", "yes"],
  ["E007", "Yamamoto Riku", "Data Centre", "Customer Service", "Facility Management", "Responsible", 3, "", 3, "", "", 2, 1500, 40, "", "", "", 1, 3, "yes", "no"],
  ["E008", "Nakamura Aoi", "Data Centre", "Customer Service", "Facility Management", "Responsible", 5, "", 2, "", "", 6, 6200, 320, "", "", "", 2, 4, "yes", "yes"],
  ["E009", "Kobayashi Yuto", "Managed Services", "IT Service Management", "Operations Management", "Responsible", "", 6, 4, "yes", "", "", "", "", 180, 2000, "", 3, 5, "yes", "yes"],
  ["E010", "Kato Sakura", "Managed Services", "IT Service Management", "Operations Management", "Leader", "", 2.5, 2, "no", "", "", "", "", 20, 160, "", 1, 1, "yes", "no"],
  ["E011", "Yoshida Kaito", "Managed Services", "IT Service Management", "System Management", "Responsible", "", 4, 4, "no", "", "", "", "", 40, 420, "", 1, 3, "yes", "yes"],
  ["E012", "Yamada Rin", "Operations Centre", "IT Service Management", "Operations", "Member", "", 1, 2, "no", "", "", "", "", 12, 90, "", 1, 0, "no", "no"],
  ["E013", "Sasaki Minato", "Operations Centre", "IT Service Management", "Operations", "Leader", "", 3, 3, "no", "", "", "", "", 32, 310, "", 1, 1, "yes", "yes"],
  ["E014", "Yamaguchi Ema", "Service Desk", "IT Service Management", "Service Desk", "Leader", "", 2, 2, "no", "", "", "", "", 25, 80, 5000, 1, 1, "yes", "no"],
  ["E015", "Matsumoto Itsuki", "Service Desk", "IT Service Management", "Service Desk", "Member", "", 1, 2, "no", "", "", "", "", 8, 30, 1200, 1, 0, "no", "no"],
  ["E016", "Inoue Akari", "Service Desk", "IT Service Management", "Service Desk", "Member", "", 0.5, 1, "no", "", "", "", "", 8, 30, 900, 0, 0, "no", "no"],
];

export const SAMPLE_ROSTER_HEADERS: readonly string[] = ROSTER_COLUMNS.map((c) => c.header.en);
export const SAMPLE_ROSTER_HEADERS_JA: readonly string[] = ROSTER_COLUMNS.map((c) => c.header.ja);

export function sampleRosterRows(): Cell[][] {
  return ROWS.map((r) => [...r]);
}
