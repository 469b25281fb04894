/**
 * The `CMBOK Assessment` table template: one row per person, one column per CMBOK
 * 2.0 competency headed by its code ("OP-3"), grouped by domain in the order of
 * the published list, each rated 0-4. Codes make short, language-neutral headers;
 * the competency name goes into the column's input message.
 */
import { CMBOK_COMPETENCIES } from "../catalog";
import type { CmbokCompetency, CmbokVersion, Localized } from "../catalog/types";
import { rosterColumn } from "../roster/columns";
import { CMBOK_RATING_LABELS } from "./cmbok-rating";
import { SKILLS_COLUMNS } from "./skills-template";

/** A domain and its competencies, in the order of the published list. */
export interface CmbokDomainGroup {
  readonly domain: Localized;
  readonly competencies: readonly CmbokCompetency[];
}

/** Competencies of a version grouped by domain, domains in order of first appearance. */
export function cmbokDomains(version: CmbokVersion): readonly CmbokDomainGroup[] {
  const groups = new Map<string, { domain: Localized; competencies: CmbokCompetency[] }>();
  for (const competency of CMBOK_COMPETENCIES) {
    if (competency.version !== version) continue;
    const key = competency.domain.en;
    const group = groups.get(key) ?? { domain: competency.domain, competencies: [] };
    group.competencies.push(competency);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** CMBOK 2.0 domains: the template's column groups and the coverage chart's bars. */
export const CMBOK_DOMAINS: readonly CmbokDomainGroup[] = cmbokDomains("2.0");

/** How a CMBOK Assessment column is validated: free text, a 0-4 rating, or self/manager. */
export type CmbokColumnKind = "text" | "rating" | "assessor";

/** One column of the CMBOK Assessment template. */
export interface CmbokAssessmentColumn {
  /** "employeeId", "name", "department", "assessedBy", or the competency code. */
  readonly key: string;
  readonly header: Localized;
  readonly kind: CmbokColumnKind;
  readonly help: Localized;
  /** The domain above a competency column (for a grouping header row). */
  readonly domain?: Localized;
}

const SCALE: Localized = {
  en: CMBOK_RATING_LABELS.map((l) => `${l.rating} ${l.label.en}`).join(", "),
  ja: CMBOK_RATING_LABELS.map((l) => `${l.rating} ${l.label.ja}`).join("、"),
};

/** The template's columns: identity, the 2.0 competencies by domain, then Assessed by. */
export const CMBOK_ASSESSMENT_COLUMNS: readonly CmbokAssessmentColumn[] = [
  ...(["employeeId", "name", "department"] as const).map((key): CmbokAssessmentColumn => {
    const column = rosterColumn(key);
    return { key, header: column.header, kind: "text", help: column.help };
  }),
  ...CMBOK_DOMAINS.flatMap((group) =>
    group.competencies.map((c): CmbokAssessmentColumn => ({
      key: c.code,
      header: { en: c.code, ja: c.code },
      kind: "rating",
      domain: group.domain,
      help: {
        en: `${c.code} ${c.nameEn} (${group.domain.en} / ${c.area.en}). Rate 0-4: ${SCALE.en}.`,
        ja: `${c.code} ${c.nameJa}（${group.domain.ja}／${c.area.ja}）。0～4で評価：${SCALE.ja}。`,
      },
    })),
  ),
  ...SKILLS_COLUMNS.filter((c) => c.key === "assessedBy").map((c): CmbokAssessmentColumn => ({
    key: c.key,
    header: c.header,
    kind: "assessor",
    help: c.help,
  })),
];

/** Data validation of every rating cell: a whole number 0-4 with the scale as input message. */
export const CMBOK_RATING_VALIDATION = {
  min: 0,
  max: 4,
  prompt: { en: `Rate 0-4: ${SCALE.en}.`, ja: `0～4で評価：${SCALE.ja}。` } as Localized,
} as const;
