/**
 * Types of the ITSS catalog: the skill standard as plain, typed data.
 * Nothing here knows about Office, React or files.
 */

export type Lang = "en" | "ja";

/** A text a user may see, in both languages the product speaks. */
export interface Localized {
  readonly en: string;
  readonly ja: string;
}

export type JobCategoryId = "customer-service" | "it-service-management";

export type SpecialtyFieldId =
  | "hardware"
  | "software"
  | "facility-management"
  | "operations-management"
  | "system-management"
  | "operations"
  | "service-desk";

/** Edition of the published KPI text. Customer Service has both; IT Service Management only V3. */
export type Edition = "V2" | "V3";

export type Level = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface JobCategory {
  readonly id: JobCategoryId;
  readonly name: Localized;
  readonly description: Localized;
}

export interface SpecialtyField {
  readonly id: SpecialtyFieldId;
  readonly category: JobCategoryId;
  readonly name: Localized;
  readonly description: Localized;
  /** Levels the seeds define for this field, lowest first. */
  readonly levels: readonly Level[];
  /** How many complexity criteria the field's KPI lists (the upper bound of the Complexity column). */
  readonly complexityCriteria: number;
}

/** A heading plus the list of items under it, as the seed prints it. */
export interface ItemList {
  readonly intro: Localized;
  readonly items: readonly Localized[];
}

/**
 * The published KPI text of one field and level in one edition.
 * `field: "common"` holds "Common to Customer Service" (levels 1-2).
 */
export interface KpiText {
  readonly category: JobCategoryId;
  readonly field: SpecialtyFieldId | "common";
  readonly level: Level;
  readonly edition: Edition;
  /** One-line summary of the role at this level (team-written, for overviews). */
  readonly summary: Localized;
  /** The seed's "Responsibilities" paragraph. */
  readonly responsibilities: Localized;
  readonly complexity: ItemList;
  /** Size options; for IT Service Management persons and annual contract value. */
  readonly size: ItemList;
  /** Professional contribution: the specialty themes. */
  readonly themes: ItemList;
  /** Expertise / technology succession items (levels 4 and up). */
  readonly succession?: ItemList;
  /** "Develops subordinates (by mentoring, coaching ...)" where the seed asks it. */
  readonly mentoring?: Localized;
  /** Remarks such as the Applied ITEE "AP" note. */
  readonly remarks?: readonly Localized[];
}

export type SkillItemId =
  | "system-maintenance-management"
  | "technology"
  | "project-management"
  | "leadership"
  | "communication"
  | "negotiation"
  | "hardware-technology"
  | "software-technology"
  | "facility-management";

export interface SkillItem {
  readonly id: SkillItemId;
  readonly name: Localized;
  /** true for the six career-common items; false for the field-specific one. */
  readonly common: boolean;
}

/** Seed 000: what a person at a level can do for one skill item of one field. */
export interface SkillProficiency {
  /** Customer Service field, or "common" for "Common to Customer Service" levels 1-2. */
  readonly field: "hardware" | "software" | "facility-management" | "common";
  readonly skillItem: SkillItemId;
  readonly level: Level;
  readonly description: Localized;
}

/** Seed 000: knowledge items listed for a skill item of a field. */
export interface SkillKnowledge {
  readonly field: "hardware" | "software" | "facility-management" | "common";
  readonly skillItem: SkillItemId;
  readonly items: readonly Localized[];
}

export type CmbokVersion = "1.0" | "2.0";

export type CmbokChange = "unchanged" | "renamed" | "moved" | "new";

export interface CmbokCompetency {
  readonly version: CmbokVersion;
  /** Top-level domain, e.g. 運営 (Operation). */
  readonly domain: Localized;
  /** Area inside the domain, e.g. オペレーション (Operations). */
  readonly area: Localized;
  /** e.g. "OP-3". */
  readonly code: string;
  /** The seed's Japanese name. */
  readonly nameJa: string;
  /** The team's English name. */
  readonly nameEn: string;
  /** Only for 2.0: how it relates to 1.0. */
  readonly change?: CmbokChange;
  /** Only for 2.0 renamed/moved/unchanged: the 1.0 code it continues. */
  readonly from?: string;
}
