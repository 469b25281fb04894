/**
 * The machine rules of the ITSS KPIs, written out as one table in the columns of
 * `shared/spec/roster-and-kpi.md` section 2: one row per specialty field, level and
 * edition, with the seed and line each row comes from, so an HR expert can check it
 * line by line against the seeds.
 *
 * The header row is the `KPI Rules` sheet's. The engine reads this table with the
 * same reader that reads a company's edited KPI Rules sheet (engine/rules-table.ts),
 * so the published rules and a tailored copy pass one validation path.
 *
 * Columns: Min Projects (Customer Service) and Min Years (IT Service Management) are
 * lower bounds, as are the numbers in Size Rule (spec section 2: "sizes are lower
 * bounds"; the upper end of a band is where the next level starts). Size rule syntax:
 * docs/scoring.md. Sources: `001:76` is seed 001_13195ad14e79571a.txt, line 76.
 * Job Category is left out: every field names its category.
 */
import type { Edition, JobCategoryId, Level, SpecialtyFieldId } from "./types";
import type { RoleId } from "./fields";

/** One row of a rules table, as the engine reads it. */
export interface KpiRule {
  readonly category: JobCategoryId;
  readonly field: SpecialtyFieldId;
  readonly level: Level;
  readonly edition: Edition;
  /** Lowest role that satisfies the level. */
  readonly role: RoleId;
  /** Customer Service: successful projects in that role. */
  readonly minProjects?: number;
  /** IT Service Management: years of continuous successful experience. */
  readonly minYears?: number;
  readonly minComplexity: number;
  /** Operations Management level 7: the engagement included international operations. */
  readonly international?: boolean;
  /** Size rule over roster columns (see engine/size-rule.ts); absent when the level has no size bound. */
  readonly size?: string;
  readonly minThemes: number;
  readonly minSuccession?: number;
  readonly mentoring?: boolean;
  /** V3: passing the Applied ITEE "AP" is regarded as attaining this level (level 3). */
  readonly apQualifies?: boolean;
  /** Where the row comes from: seed file and line, field and level. */
  readonly source?: string;
}

export type KpiRuleCell = string | number;

/**
 * The published rules, both editions. Customer Service levels 1-2 are the product's
 * reading of the "Common to Customer Service" text (docs/scoring.md); IT Service
 * Management is published in V3 only.
 */
// prettier-ignore
export const KPI_RULE_TABLE: readonly (readonly KpiRuleCell[])[] = [
  ["Specialty Field",       "Level", "Edition", "Role",        "Min Projects", "Min Years", "Min Complexity", "International", "Size Rule", "Min Themes", "Min Succession", "Mentoring", "AP Attains", "Source"],
  // Customer Service, V3 (seed 002; levels 1-2 from seed 001's "Common to Customer Service")
  ["Hardware",              1, "V3", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Hardware",              2, "V3", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Hardware",              3, "V3", "Member",      1, "", 2, "", 'Scope >= "Specific users"',                                                                         1, "", "",    "yes", "002:113 Hardware Level 3"],
  ["Hardware",              4, "V3", "Responsible", 2, "", 2, "", 'Scope >= "Industry or wide area" or (Scope >= "Specific users" and Complexity >= 4)',                1, 1,  "yes", "",    "002:60 Hardware Level 4"],
  ["Hardware",              5, "V3", "Responsible", 3, "", 2, "", 'Scope >= "Whole industry" or (Scope >= "Industry or wide area" and Complexity >= 4)',                1, 3,  "yes", "",    "002:55 Hardware Level 5"],
  ["Software",              1, "V3", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Software",              2, "V3", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Software",              3, "V3", "Member",      1, "", 2, "", 'Scope >= "Specific users"',                                                                         1, "", "",    "yes", "002:177 Software Level 3"],
  ["Software",              4, "V3", "Responsible", 2, "", 2, "", 'Scope >= "Industry or wide area" or (Scope >= "Specific users" and Complexity >= 4)',                1, 1,  "yes", "",    "002:172 Software Level 4"],
  ["Software",              5, "V3", "Responsible", 3, "", 2, "", 'Scope >= "Whole industry" or (Scope >= "Industry or wide area" and Complexity >= 4)',                1, 3,  "yes", "",    "002:118 Software Level 5"],
  ["Facility Management",   1, "V3", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Facility Management",   2, "V3", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Facility Management",   3, "V3", "Member",      1, "", 2, "", "Rooms >= 1 or Area > 0 or Sites >= 1",                                                              1, "", "",    "yes", "002:235 Facility Management Level 3"],
  ["Facility Management",   4, "V3", "Responsible", 2, "", 2, "", "Rooms >= 1 or Area > 0 or Sites >= 1",                                                              1, 1,  "yes", "",    "002:230 Facility Management Level 4"],
  ["Facility Management",   5, "V3", "Responsible", 3, "", 2, "", "Rooms >= 3 or Area >= 2000 or Sites >= 100 or (Complexity >= 3 and (Rooms >= 1 or Area > 0 or Sites >= 1))", 1, 3, "yes", "", "002:225 Facility Management Level 5"],
  ["Facility Management",   6, "V3", "Responsible", 3, "", 2, "", "Rooms >= 5 or Area >= 5000 or Sites >= 300 or (Complexity >= 3 and (Rooms >= 3 or Area >= 2000 or Sites >= 100))", 1, 4, "yes", "", "002:220 Facility Management Level 6"],
  // Customer Service, V2 (seed 001)
  ["Hardware",              1, "V2", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Hardware",              2, "V2", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Hardware",              3, "V2", "Member",      1, "", 2, "", 'Scope >= "Specific users"',                                                                         1, "", "",    "",    "001:108 Hardware Level 3"],
  ["Hardware",              4, "V2", "Responsible", 2, "", 2, "", 'Scope >= "Industry or wide area" or (Scope >= "Specific users" and Complexity >= 4)',                1, 1,  "yes", "",    "001:76 Hardware Level 4"],
  ["Hardware",              5, "V2", "Responsible", 3, "", 2, "", 'Scope >= "Whole industry" or (Scope >= "Industry or wide area" and Complexity >= 4)',                1, 3,  "yes", "",    "001:43 Hardware Level 5"],
  ["Software",              1, "V2", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Software",              2, "V2", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Software",              3, "V2", "Member",      1, "", 2, "", 'Scope >= "Specific users"',                                                                         1, "", "",    "",    "001:205 Software Level 3"],
  ["Software",              4, "V2", "Responsible", 2, "", 2, "", 'Scope >= "Industry or wide area" or (Scope >= "Specific users" and Complexity >= 4)',                1, 1,  "yes", "",    "001:174 Software Level 4"],
  ["Software",              5, "V2", "Responsible", 3, "", 2, "", 'Scope >= "Whole industry" or (Scope >= "Industry or wide area" and Complexity >= 4)',                1, 3,  "yes", "",    "001:134 Software Level 5"],
  ["Facility Management",   1, "V2", "Member",      1, "", 0, "", "",                                                                                                  0, "", "",    "",    "001:371 Common to Customer Service Level 1"],
  ["Facility Management",   2, "V2", "Member",      1, "", 1, "", "",                                                                                                  1, "", "",    "",    "001:348 Common to Customer Service Level 2"],
  ["Facility Management",   3, "V2", "Member",      1, "", 2, "", "Rooms >= 1 or Area > 0 or Sites >= 1",                                                              1, "", "",    "",    "001:324 Facility management Level 3"],
  ["Facility Management",   4, "V2", "Responsible", 2, "", 2, "", "Rooms >= 1 or Area > 0 or Sites >= 1",                                                              1, 1,  "yes", "",    "001:293 Facility management Level 4"],
  ["Facility Management",   5, "V2", "Responsible", 3, "", 2, "", "(Rooms >= 3 and Area >= 2000) or Sites >= 100 or (Complexity >= 3 and (Rooms >= 1 or Area > 0 or Sites >= 1))", 1, 3, "yes", "", "001:262 Facility management Level 5"],
  ["Facility Management",   6, "V2", "Responsible", 3, "", 2, "", "(Rooms >= 5 and Area >= 5000) or Sites >= 300 or (Complexity >= 3 and ((Rooms >= 3 and Area >= 2000) or Sites >= 100))", 1, 4, "yes", "", "001:231 Facility management Level 6"],
  // IT Service Management, V3 only (seed 003); sizes in persons (Staff) or million yen a year (Value)
  ["Operations Management", 3, "V3", "Member",      "", 1, 2, "",    "",                                                                                               1, "", "",    "yes", "003:200 Operations Management Level 3"],
  ["Operations Management", 4, "V3", "Leader",      "", 2, 2, "",    "Staff >= 35 or Value >= 350 or ((Staff >= 15 or Value >= 150) and Complexity >= 4)",            1, 1,  "yes", "",    "003:165 Operations Management Level 4"],
  ["Operations Management", 5, "V3", "Responsible", "", 3, 2, "",    "Staff >= 75 or Value >= 750 or ((Staff >= 35 or Value >= 350) and Complexity >= 4)",            1, 3,  "yes", "",    "003:133 Operations Management Level 5"],
  ["Operations Management", 6, "V3", "Responsible", "", 3, 2, "",    "Staff >= 150 or Value >= 1500 or ((Staff >= 75 or Value >= 750) and Complexity >= 4)",          1, 4,  "yes", "",    "003:94 Operations Management Level 6"],
  ["Operations Management", 7, "V3", "Responsible", "", 3, 3, "yes", "Staff >= 250 or Value >= 2500 or ((Staff >= 150 or Value >= 1500) and Complexity >= 5)",        1, 5,  "yes", "",    "003:61 Operations Management Level 7"],
  ["System Management",     3, "V3", "Member",      "", 1, 2, "",    "",                                                                                               1, "", "",    "yes", "003:342 System Management Level 3"],
  ["System Management",     4, "V3", "Leader",      "", 2, 2, "",    "Staff >= 35 or Value >= 350 or ((Staff >= 15 or Value >= 150) and Complexity >= 4)",            1, 1,  "yes", "",    "003:308 System Management Level 4"],
  ["System Management",     5, "V3", "Responsible", "", 3, 2, "",    "Staff >= 75 or Value >= 750 or ((Staff >= 35 or Value >= 350) and Complexity >= 4)",            1, 3,  "yes", "",    "003:273 System Management Level 5"],
  ["System Management",     6, "V3", "Responsible", "", 3, 2, "",    "Staff >= 150 or Value >= 1500 or ((Staff >= 75 or Value >= 750) and Complexity >= 4)",          1, 4,  "yes", "",    "003:237 System Management Level 6"],
  ["Operations",            3, "V3", "Member",      "", 1, 2, "",    "",                                                                                               1, "", "",    "yes", "003:399 Operations Level 3"],
  ["Operations",            4, "V3", "Leader",      "", 2, 2, "",    "Staff >= 30 or Value >= 300 or ((Staff >= 15 or Value >= 150) and Complexity >= 4)",            1, 1,  "yes", "",    "003:369 Operations Level 4"],
  ["Service Desk",          3, "V3", "Member",      "", 2, 2, "",    "",                                                                                               1, "", "",    "yes", "003:465 Service Desk Level 3"],
  ["Service Desk",          4, "V3", "Leader",      "", 2, 2, "",    "Staff >= 20 or Value >= 100 or Users >= 3000",                                                  1, 1,  "yes", "",    "003:431 Service Desk Level 4"],
];
