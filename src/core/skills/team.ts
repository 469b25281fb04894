/**
 * A team's skill profile for a chart: per skill item, how many people reach each
 * level. "Reach" means rated at the level or above, the same reading as the
 * skill level itself, so the chart and the per-person levels never disagree.
 */
import { SKILL_ITEMS, skillItemsOfField } from "../catalog";
import type { Level, Localized, SkillItemId, SpecialtyFieldId } from "../catalog/types";
import { describedLevelsOf } from "./described";
import { isLevel } from "./rating";
import { ALL_LEVELS, type SkillRatings } from "./types";

/** What the chart needs of a person: the field and the ratings. */
export interface TeamMember {
  readonly field: SpecialtyFieldId;
  readonly ratings: SkillRatings;
}

/** One bar segment: a level and how many reach it. */
export interface LevelHeadcount {
  readonly level: Level;
  /** People rated at this level or above. */
  readonly people: number;
}

/** One skill item's bars. */
export interface ItemDistribution {
  readonly item: SkillItemId;
  readonly name: Localized;
  /** Members whose field has this item: the chart's 100%. */
  readonly people: number;
  /** Of those, members without a valid rating. */
  readonly notRated: number;
  /** Levels the seed describes for the item in the members' fields, lowest first. */
  readonly reached: readonly LevelHeadcount[];
}

/**
 * Per skill item of the team's fields (catalog order), the headcount at each level.
 * Members of fields without skill items are left out; a rating of another field's
 * item is ignored.
 * @example
 *   teamSkillDistribution([{ field: "hardware", ratings: new Map([["leadership", 3]]) }])
 *     .find((d) => d.item === "leadership")?.reached[2] // => { level: 3, people: 1 }
 */
export function teamSkillDistribution(members: readonly TeamMember[]): ItemDistribution[] {
  const fields = [...new Set(members.map((m) => m.field))];
  return SKILL_ITEMS.flatMap((item) => {
    const holders = members.filter((m) => skillItemsOfField(m.field).some((s) => s.id === item.id));
    if (holders.length === 0) return [];
    const levels = ALL_LEVELS.filter((level) =>
      fields.some((field) => describedLevelsOf(field, item.id).includes(level)),
    );
    const ratings = holders.map((m) => m.ratings.get(item.id)).filter(isLevel);
    return [
      {
        item: item.id,
        name: item.name,
        people: holders.length,
        notRated: holders.length - ratings.length,
        reached: levels.map((level) => ({ level, people: ratings.filter((r) => r >= level).length })),
      },
    ];
  });
}
