/**
 * KPI level (track record, ITSS achievement indicators) against skill level
 * (seed 000 proficiency ratings) per person. The two measure different things and
 * often differ by one; a difference of two or more levels is worth a conversation,
 * because one of the two readings is probably wrong or out of date.
 */
import type { Localized } from "../catalog/types";

/** Levels apart at which a person is flagged. */
export const LEVEL_DIFFERENCE_TO_FLAG = 2;

/** The two levels of one person, joined by Employee ID by the caller. */
export interface PersonLevels {
  readonly employeeId: string;
  readonly name: string;
  /** ITSS KPI level 0-7; null when the roster row could not be scored. */
  readonly kpiLevel: number | null;
  /** Skill proficiency level 0-7; null when not assessed or not scorable. */
  readonly skillLevel: number | null;
}

/** A person's two levels side by side, flagged when far apart. */
export interface LevelComparison extends PersonLevels {
  /** skillLevel - kpiLevel; null when either is missing. */
  readonly difference: number | null;
  readonly flagged: boolean;
  /** Why the person is flagged; null when not flagged. */
  readonly note: Localized | null;
}

/**
 * Compare each person's two levels, in input order.
 * @example
 *   compareLevels([{ employeeId: "E1", name: "Sato", kpiLevel: 5, skillLevel: 3 }])[0]?.flagged // => true
 */
export function compareLevels(people: readonly PersonLevels[]): LevelComparison[] {
  return people.map(comparePerson);
}

/** Compare one person's levels (see compareLevels). */
export function comparePerson(person: PersonLevels): LevelComparison {
  const { kpiLevel: kpi, skillLevel: skill } = person;
  if (kpi === null || skill === null) return { ...person, difference: null, flagged: false, note: null };
  const difference = skill - kpi;
  const flagged = Math.abs(difference) >= LEVEL_DIFFERENCE_TO_FLAG;
  return { ...person, difference, flagged, note: flagged ? noteFor(kpi, skill) : null };
}

function noteFor(kpi: number, skill: number): Localized {
  const apart = Math.abs(skill - kpi);
  if (skill > kpi)
    return {
      en: `Skill level ${skill} is ${apart} above KPI level ${kpi}: the ratings may be generous, or the person lacks assignments that show these skills.`,
      ja: `スキル熟達度レベル${skill}が達成度指標レベル${kpi}より${apart}高い：評価が甘いか、スキルを発揮できる業務経験が不足している可能性があります。`,
    };
  return {
    en: `KPI level ${kpi} is ${apart} above skill level ${skill}: the skill ratings may be out of date or too strict.`,
    ja: `達成度指標レベル${kpi}がスキル熟達度レベル${skill}より${apart}高い：スキル評価が古いか、厳しすぎる可能性があります。`,
  };
}
