/**
 * CMBOK coverage: per domain, the share of the domain's competencies a person can
 * perform independently (rated 3 or 4). Rating 2 ("with support") is left out on
 * purpose: coverage answers "who can run this area on their own", which is what
 * staffing a contact centre needs. The denominator is every 2.0 competency of the
 * domain, so a competency nobody rated counts as not covered.
 */
import type { Localized } from "../catalog/types";
import type { CmbokRating } from "./cmbok-rating";
import { CMBOK_DOMAINS } from "./cmbok-template";

/** Ratings at or above this cover a competency. */
export const COVERED_FROM: CmbokRating = 3;

/** A person's ratings by CMBOK 2.0 code ("OP-3"); other keys are ignored. */
export type CmbokRatings = ReadonlyMap<string, CmbokRating | null>;

/** One person's coverage of one domain, with the counts behind the share for tooltips. */
export interface DomainCoverage {
  readonly domain: Localized;
  /** 2.0 competencies in the domain. */
  readonly competencies: number;
  /** Competencies with a rating (any of 0-4). */
  readonly rated: number;
  /** Competencies rated COVERED_FROM or above. */
  readonly covered: number;
  /** covered / competencies, 0-1. */
  readonly coverage: number;
}

/**
 * Coverage per CMBOK 2.0 domain for one person, domains in template order.
 * @example
 *   cmbokCoverage(new Map([["AU-1", 3], ["AU-2", 4]])).find((d) => d.domain.en === "Audit")?.coverage // => 0.5
 */
export function cmbokCoverage(ratings: CmbokRatings): DomainCoverage[] {
  return CMBOK_DOMAINS.map(({ domain, competencies }) => {
    const values = competencies.map((c) => ratings.get(c.code) ?? null);
    const rated = values.filter((v) => v !== null).length;
    const covered = values.filter((v) => v !== null && v >= COVERED_FROM).length;
    return {
      domain,
      competencies: competencies.length,
      rated,
      covered,
      coverage: covered / competencies.length,
    };
  });
}

/** The team's coverage of one domain: one bar of the coverage chart. */
export interface TeamDomainCoverage {
  readonly domain: Localized;
  /** People averaged. */
  readonly people: number;
  /** Mean of the people's coverage, 0-1; 0 for an empty team. */
  readonly coverage: number;
}

/**
 * The team's average coverage per domain (the chart's bars). An average of
 * per-person shares, so each person weighs the same whatever they rated.
 */
export function teamCoverage(rows: readonly CmbokRatings[]): TeamDomainCoverage[] {
  const perPerson = rows.map(cmbokCoverage);
  return CMBOK_DOMAINS.map(({ domain }, i) => {
    const total = perPerson.reduce((sum, person) => sum + (person[i]?.coverage ?? 0), 0);
    return { domain, people: rows.length, coverage: rows.length === 0 ? 0 : total / rows.length };
  });
}
