/**
 * Sample rows for the `Skills` table: fictional people, reusing the IDs and names
 * of the sample roster (E001-E008, the Customer Service people) so the task pane
 * can show KPI level and skill level side by side. The ratings are invented to
 * show a spread: a clean level, a level held back by one item, and a blank rating.
 */
import { specialtyField } from "../catalog";
import type { Lang, SkillItemId } from "../catalog/types";
import { ASSESSORS, SKILLS_COLUMNS, type SkillsColumnKey } from "./skills-template";
import type { Assessor, SkillFieldId } from "./types";

type Cell = string | number;

interface SamplePerson {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  readonly field: SkillFieldId;
  /** System maintenance management, Technology, Project Management, Leadership, Communication, Negotiation, then the field's own item; "" = not rated. */
  readonly ratings: readonly [Cell, Cell, Cell, Cell, Cell, Cell, Cell];
  readonly target: Cell;
  readonly assessedBy: Assessor;
}

const PEOPLE: readonly SamplePerson[] = [
  // Level 3 on every item: skill level 3.
  sample("E001", "Sato Haruto", "Field Service", "hardware", [3, 3, 3, 3, 3, 3, 3], 4, "manager"),
  // Communication at 3 holds level 4 back (4 with a 0.8 threshold).
  sample("E002", "Suzuki Yui", "Field Service", "hardware", [4, 4, 4, 4, 3, 4, 4], 4, "manager"),
  sample("E003", "Takahashi Ren", "Field Service", "hardware", [5, 5, 5, 5, 5, 5, 5], "", "self"),
  // Project Management at 1: level 1 (2 with a 0.8 threshold).
  sample("E004", "Tanaka Mio", "Platform Support", "software", [2, 2, 1, 2, 2, 2, 3], 3, "self"),
  // Technology not rated: level 0 (4 with a 0.8 threshold).
  sample("E005", "Watanabe Sota", "Platform Support", "software", [4, "", 4, 4, 4, 4, 4], 5, "manager"),
  sample("E006", "Ito Hina", "Platform Support", "software", [3, 4, 3, 3, 3, 3, 4], 4, "manager"),
  sample("E007", "Yamamoto Riku", "Data Centre", "facility-management", [6, 6, 6, 6, 6, 6, 6], "", "manager"),
  sample("E008", "Nakamura Aoi", "Data Centre", "facility-management", [4, 4, 4, 3, 4, 4, 5], 5, "self"),
];

function sample(
  employeeId: string,
  name: string,
  department: string,
  field: SkillFieldId,
  ratings: SamplePerson["ratings"],
  target: Cell,
  assessedBy: Assessor,
): SamplePerson {
  return { employeeId, name, department, field, ratings, target, assessedBy };
}

const OWN_ITEM: Readonly<Record<SkillFieldId, SkillItemId>> = {
  hardware: "hardware-technology",
  software: "software-technology",
  "facility-management": "facility-management",
};
const COMMON_ORDER: readonly SkillItemId[] = [
  "system-maintenance-management",
  "technology",
  "project-management",
  "leadership",
  "communication",
  "negotiation",
];

/** Sample rows in `SKILLS_COLUMNS` order; field names and "Assessed by" in the sheet's language. */
export function sampleSkillsRows(lang: Lang = "en"): Cell[][] {
  return PEOPLE.map((person) => SKILLS_COLUMNS.map((column) => cellOf(person, column.key, lang)));
}

/** Header row matching `sampleSkillsRows`. */
export function sampleSkillsHeaders(lang: Lang = "en"): string[] {
  return SKILLS_COLUMNS.map((column) => column.header[lang]);
}

function cellOf(person: SamplePerson, key: SkillsColumnKey, lang: Lang): Cell {
  switch (key) {
    case "employeeId":
      return person.employeeId;
    case "name":
      return person.name;
    case "department":
      return person.department;
    case "field":
      return specialtyField(person.field).name[lang];
    case "target":
      return person.target;
    case "assessedBy":
      return ASSESSORS.find((a) => a.id === person.assessedBy)?.name[lang] ?? "";
  }
  const common = COMMON_ORDER.indexOf(key);
  if (common >= 0) return person.ratings[common] ?? "";
  return key === OWN_ITEM[person.field] ? person.ratings[6] : "";
}
