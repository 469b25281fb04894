/**
 * Built-in sample engagements for the sample roster (src/core/roster/sample.ts): the
 * project history behind each person's row, so that scoring from the ledger gives the
 * same levels as the roster (a test holds them equal). Fictional. Dates are ISO text;
 * the writer turns them into Excel dates. E006 has none: that person is scored from the
 * roster row (ITEE AP), as the gap says.
 */
import { ENGAGEMENT_COLUMNS } from "./columns";

type Cell = string | number;

// One engagement a line, so the sample reads as a table.
// id, engagement, field, start, end, role, successful, C, intl, scope, rooms, area, sites, staff, value, users, evidence
// prettier-ignore
const ROWS: readonly (readonly Cell[])[] = [
  ["E001", "HW-2301 Store POS refresh", "", "2023-04-01", "2023-09-30", "Member", "yes", 2, "", "Specific users", "", "", "", "", "", "", "https://intranet.example/hw-2301"],
  ["E002", "HW-2102 Regional bank branches", "", "2021-04-01", "2021-12-31", "Responsible", "yes", 3, "", "Industry or wide area", "", "", "", "", "", "", ""],
  ["E002", "HW-2305 Clinic servers", "", "2023-05-01", "2023-08-31", "Responsible", "yes", 2, "", "Specific users", "", "", "", "", "", "", ""],
  ["E003", "HW-1904 Nationwide ATM network", "", "2019-04-01", "2020-03-31", "Responsible", "yes", 4, "", "Industry or wide area", "", "", "", "", "", "", "Completion report HW-1904"],
  ["E003", "HW-2007 Logistics centres", "", "2020-06-01", "2020-12-31", "Responsible", "yes", 3, "", "Industry or wide area", "", "", "", "", "", "", ""],
  ["E003", "HW-2110 Hospital group storage", "", "2021-10-01", "2022-03-31", "Responsible", "yes", 3, "", "Industry or wide area", "", "", "", "", "", "", ""],
  ["E003", "HW-2304 Insurer PC fleet", "", "2023-04-01", "2023-12-31", "Responsible", "yes", 3, "", "Industry or wide area", "", "", "", "", "", "", ""],
  ["E004", "SW-2402 Payroll patching", "", "2024-02-01", "2024-05-31", "Member", "yes", 1, "", "Specific users", "", "", "", "", "", "", ""],
  ["E005", "SW-2104 ERP upgrade", "", "2021-04-01", "2021-09-30", "Leader", "yes", 2, "", "Specific users", "", "", "", "", "", "", ""],
  ["E005", "SW-2207 Database migration", "", "2022-07-01", "2022-12-31", "Leader", "yes", 2, "", "Specific users", "", "", "", "", "", "", ""],
  ["E005", "SW-2401 Middleware rollout", "", "2024-01-15", "2024-06-30", "Leader", "yes", 2, "", "Specific users", "", "", "", "", "", "", ""],
  ["E007", "FM-2010 Head office computer rooms", "", "2020-10-01", "2021-06-30", "Responsible", "yes", 3, "", "", 2, 1500, 40, "", "", "", ""],
  ["E007", "FM-2204 Branch network cabling", "", "2022-04-01", "2022-11-30", "Responsible", "yes", 2, "", "", 1, "", 12, "", "", "", ""],
  ["E007", "FM-2403 UPS replacement", "", "2024-03-01", "2024-08-31", "Responsible", "yes", 2, "", "", 1, 300, "", "", "", "", ""],
  ["E008", "FM-1804 Tokyo data centre", "", "2018-04-01", "2019-09-30", "Responsible", "yes", 2, "", "", 6, 6200, 320, "", "", "", "https://intranet.example/fm-1804"],
  ["E008", "FM-2001 Osaka data centre", "", "2020-01-01", "2021-03-31", "Responsible", "yes", 2, "", "", 5, 5100, "", "", "", "", ""],
  ["E008", "FM-2106 Backup site", "", "2021-06-01", "2022-03-31", "Responsible", "yes", 2, "", "", 3, 2500, "", "", "", "", ""],
  ["E008", "FM-2210 Regional network hubs", "", "2022-10-01", "2023-06-30", "Responsible", "yes", 2, "", "", "", "", 150, "", "", "", ""],
  ["E009", "OM-1904 Retail group outsourcing", "", "2019-04-01", "2022-03-31", "Responsible", "yes", 4, "no", "", "", "", "", 180, 2000, "", ""],
  ["E009", "OM-2204 Global manufacturer operations", "", "2022-04-01", "", "Responsible", "yes", 4, "yes", "", "", "", "", 200, 2400, "", "Ongoing"],
  ["E010", "OM-2210 Municipal systems", "", "2022-10-01", "2023-09-30", "Leader", "yes", 2, "no", "", "", "", "", 20, 160, "", ""],
  ["E010", "OM-2310 Municipal systems (renewal)", "", "2023-10-15", "2025-03-31", "Leader", "yes", 2, "no", "", "", "", "", 20, 160, "", ""],
  ["E011", "SM-2104 Insurance core systems", "", "2021-04-01", "2023-03-31", "Responsible", "yes", 4, "no", "", "", "", "", 40, 420, "", ""],
  ["E011", "SM-2304 Insurance cloud migration", "", "2023-04-01", "2025-03-31", "Responsible", "yes", 4, "no", "", "", "", "", 40, 420, "", ""],
  ["E012", "OP-2404 Night batch operations", "", "2024-04-01", "2025-03-31", "Member", "yes", 2, "no", "", "", "", "", 12, 90, "", ""],
  ["E013", "OP-2204 Logistics operations centre", "", "2022-04-01", "2025-03-31", "Leader", "yes", 3, "no", "", "", "", "", 32, 310, "", ""],
  ["E014", "SD-2304 Retail help desk", "", "2023-04-01", "2025-03-31", "Leader", "yes", 2, "no", "", "", "", "", 25, 80, 5000, ""],
  ["E015", "SD-2404 Internal IT desk", "", "2024-04-01", "2025-03-31", "Member", "yes", 2, "no", "", "", "", "", 8, 30, 1200, ""],
  ["E016", "SD-2410 Internal IT desk", "", "2024-10-01", "", "Member", "yes", 1, "no", "", "", "", "", 8, 30, 900, "Ongoing"],
];

export const SAMPLE_ENGAGEMENT_HEADERS: readonly string[] = ENGAGEMENT_COLUMNS.map((c) => c.header.en);
export const SAMPLE_ENGAGEMENT_HEADERS_JA: readonly string[] = ENGAGEMENT_COLUMNS.map((c) => c.header.ja);

/** In template column order (ENGAGEMENT_COLUMNS); a fresh copy each call. */
export function sampleEngagementRows(): Cell[][] {
  return ROWS.map((r) => [...r]);
}
