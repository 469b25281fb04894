/**
 * Shared types of the skill assessments (seed 000 skill proficiency and seed 004
 * CMBOK). Problems are values, as in the roster reader: the custom functions and
 * the task pane decide how to show them.
 */
import type { Localized, SkillItemId } from "../catalog/types";

/**
 * A person's ratings: for each skill item, the level (1-7) at which the person
 * performs it, or null when the item is not rated.
 */
export type SkillRatings = ReadonlyMap<SkillItemId, number | null>;

/** The Customer Service fields: the only fields seed 000 gives skill items. */
export type SkillFieldId = "hardware" | "software" | "facility-management";

/**
 * What went wrong: a bad rating, Target, Assessed by or Specialty Field cell, a bad
 * threshold, a field without skill items (the custom function turns that one into
 * #N/A), or a header problem.
 */
export type SkillProblemKind =
  "rating" | "target" | "assessor" | "field" | "threshold" | "no-skill-items" | "header";

/** A problem as data, with a message in both languages. */
export interface SkillProblem {
  readonly kind: SkillProblemKind;
  /** The column header as the sheet spells it, when the problem is in a column. */
  readonly header: string | null;
  /** The offending value as text ("" when not about a value). */
  readonly value: string;
  readonly message: Localized;
}

/** Every ITSS level, lowest first. */
export { LEVELS as ALL_LEVELS } from "../catalog/levels";

/** Who filled in an assessment row: the person or their manager. */
export type Assessor = "self" | "manager";
