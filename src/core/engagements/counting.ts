/**
 * How each level's KPI text counts experiences (seeds 001, 002, 003), read level by
 * level and recorded in docs/scoring.md. Data, so an HR expert can check it against
 * the seeds line by line.
 *
 * - "mixed": "N times or more (at least one … of Level L, and others can be of Level L-1)":
 *   one engagement qualifies at L, the others at least at L-1 (complexity and size of
 *   the level below, role of level L).
 * - "all": "once or more (equivalent to the complexity and size of Level L)", and the IT
 *   Service Management years ("… of Level L or above"): every counted engagement qualifies at L.
 */
import type { Edition, SpecialtyFieldId } from "../catalog/types";

export type Counting = "mixed" | "all";

interface Reading {
  readonly fields: readonly SpecialtyFieldId[];
  readonly level: number;
  readonly editions: readonly Edition[];
  readonly counting: Counting;
  /** Where the text says so (seed and wording), for the reviewer. */
  readonly source: string;
}

const HW_SW: readonly SpecialtyFieldId[] = ["hardware", "software"];
const FM: readonly SpecialtyFieldId[] = ["facility-management"];
const BOTH: readonly Edition[] = ["V2", "V3"];

export const COUNTING_READINGS: readonly Reading[] = [
  {
    fields: [...HW_SW, ...FM],
    level: 4,
    editions: BOTH,
    counting: "mixed",
    source:
      "001/002 HW, SW L4: two times or more (at least one … Level 4, others … Level 3); FM L4: 002 the same, 001 prints Level 5 / Level 4, read as the slip it is",
  },
  {
    fields: [...HW_SW, ...FM],
    level: 5,
    editions: BOTH,
    counting: "mixed",
    source: "001/002 L5: three times or more (at least one … Level 5, others … Level 4)",
  },
  {
    fields: FM,
    level: 6,
    editions: BOTH,
    counting: "mixed",
    source: "001/002 FM L6: three times or more (at least one … Level 6, others … Level 5)",
  },
];

/** The counting of a field's level; "all" wherever the text does not allow lower-level others. */
export function countingOf(field: SpecialtyFieldId, level: number, edition: Edition): Counting {
  const reading = COUNTING_READINGS.find(
    (r) => r.level === level && r.fields.includes(field) && r.editions.includes(edition),
  );
  return reading?.counting ?? "all";
}

/** Gaps of up to this many days between engagements still count as continuous experience. */
export const CONTINUITY_GAP_DAYS = 31;
