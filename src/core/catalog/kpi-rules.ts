/**
 * The machine rules of the ITSS KPIs: one row per job category, specialty field,
 * level and edition, as `shared/spec/roster-and-kpi.md` section 2 states them.
 *
 * This is data, not code: the engine evaluates every row with the same runner, and
 * the task pane writes this table to the `KPI Rules` sheet, where a company may
 * tailor it (the custom functions accept that edited table in place of this one).
 */
import type { Edition, JobCategoryId, Level, SpecialtyFieldId } from "./types";
import type { RoleId } from "./fields";

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
}

// Size bands, written once so that the table rows read like the spec.
const ANY_FACILITY = "Rooms >= 1 or Area > 0 or Sites >= 1";
const FM_MID = {
  V3: "Rooms >= 3 or Area >= 2000 or Sites >= 100",
  V2: "(Rooms >= 3 and Area >= 2000) or Sites >= 100",
};
const FM_LARGE = {
  V3: "Rooms >= 5 or Area >= 5000 or Sites >= 300",
  V2: "(Rooms >= 5 and Area >= 5000) or Sites >= 300",
};
const bands = (big: number, small: number, k = 4): string =>
  `Staff >= ${big} or Value >= ${big * 10} or ((Staff >= ${small} or Value >= ${small * 10}) and Complexity >= ${k})`;

const CS = "customer-service" as const;
const ITSM = "it-service-management" as const;

/** Customer Service rows, identical in both editions except where `edition` changes the size band or AP. */
function customerServiceRules(edition: Edition): KpiRule[] {
  const ap = edition === "V3";
  const common = (field: SpecialtyFieldId): KpiRule[] => [
    // Levels 1-2 ("Common to Customer Service"): the product's reading, see docs/scoring.md.
    {
      category: CS,
      field,
      level: 1,
      edition,
      role: "member",
      minProjects: 1,
      minComplexity: 0,
      minThemes: 0,
    },
    {
      category: CS,
      field,
      level: 2,
      edition,
      role: "member",
      minProjects: 1,
      minComplexity: 1,
      minThemes: 1,
    },
  ];
  const hwsw = (field: SpecialtyFieldId): KpiRule[] => [
    ...common(field),
    {
      category: CS,
      field,
      level: 3,
      edition,
      role: "member",
      minProjects: 1,
      minComplexity: 2,
      size: 'Scope >= "Specific users"',
      minThemes: 1,
      apQualifies: ap,
    },
    {
      category: CS,
      field,
      level: 4,
      edition,
      role: "responsible",
      minProjects: 2,
      minComplexity: 2,
      size: 'Scope >= "Industry or wide area" or (Scope >= "Specific users" and Complexity >= 4)',
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
    {
      category: CS,
      field,
      level: 5,
      edition,
      role: "responsible",
      minProjects: 3,
      minComplexity: 2,
      size: 'Scope >= "Whole industry" or (Scope >= "Industry or wide area" and Complexity >= 4)',
      minThemes: 1,
      minSuccession: 3,
      mentoring: true,
    },
  ];
  const fm = "facility-management" as const;
  return [
    ...hwsw("hardware"),
    ...hwsw("software"),
    ...common(fm),
    {
      category: CS,
      field: fm,
      level: 3,
      edition,
      role: "member",
      minProjects: 1,
      minComplexity: 2,
      size: ANY_FACILITY,
      minThemes: 1,
      apQualifies: ap,
    },
    {
      category: CS,
      field: fm,
      level: 4,
      edition,
      role: "responsible",
      minProjects: 2,
      minComplexity: 2,
      size: ANY_FACILITY,
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
    {
      category: CS,
      field: fm,
      level: 5,
      edition,
      role: "responsible",
      minProjects: 3,
      minComplexity: 2,
      size: `${FM_MID[edition]} or (Complexity >= 3 and (${ANY_FACILITY}))`,
      minThemes: 1,
      minSuccession: 3,
      mentoring: true,
    },
    {
      category: CS,
      field: fm,
      level: 6,
      edition,
      role: "responsible",
      minProjects: 3,
      minComplexity: 2,
      size: `${FM_LARGE[edition]} or (Complexity >= 3 and (${FM_MID[edition]}))`,
      minThemes: 1,
      minSuccession: 4,
      mentoring: true,
    },
  ];
}

/** IT Service Management is published in the V3 edition only. */
const IT_SERVICE_MANAGEMENT_RULES: KpiRule[] = (() => {
  const e = "V3" as const;
  const om = "operations-management" as const;
  const sm = "system-management" as const;
  const op = "operations" as const;
  const sd = "service-desk" as const;
  return [
    {
      category: ITSM,
      field: om,
      level: 3,
      edition: e,
      role: "member",
      minYears: 1,
      minComplexity: 2,
      minThemes: 1,
      apQualifies: true,
    },
    {
      category: ITSM,
      field: om,
      level: 4,
      edition: e,
      role: "leader",
      minYears: 2,
      minComplexity: 2,
      size: bands(35, 15),
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
    {
      category: ITSM,
      field: om,
      level: 5,
      edition: e,
      role: "responsible",
      minYears: 3,
      minComplexity: 2,
      size: bands(75, 35),
      minThemes: 1,
      minSuccession: 3,
      mentoring: true,
    },
    {
      category: ITSM,
      field: om,
      level: 6,
      edition: e,
      role: "responsible",
      minYears: 3,
      minComplexity: 2,
      size: bands(150, 75),
      minThemes: 1,
      minSuccession: 4,
      mentoring: true,
    },
    {
      category: ITSM,
      field: om,
      level: 7,
      edition: e,
      role: "responsible",
      minYears: 3,
      minComplexity: 3,
      international: true,
      size: bands(250, 150, 5),
      minThemes: 1,
      minSuccession: 5,
      mentoring: true,
    },
    {
      category: ITSM,
      field: sm,
      level: 3,
      edition: e,
      role: "member",
      minYears: 1,
      minComplexity: 2,
      minThemes: 1,
      apQualifies: true,
    },
    {
      category: ITSM,
      field: sm,
      level: 4,
      edition: e,
      role: "leader",
      minYears: 2,
      minComplexity: 2,
      size: bands(35, 15),
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
    {
      category: ITSM,
      field: sm,
      level: 5,
      edition: e,
      role: "responsible",
      minYears: 3,
      minComplexity: 2,
      size: bands(75, 35),
      minThemes: 1,
      minSuccession: 3,
      mentoring: true,
    },
    {
      category: ITSM,
      field: sm,
      level: 6,
      edition: e,
      role: "responsible",
      minYears: 3,
      minComplexity: 2,
      size: bands(150, 75),
      minThemes: 1,
      minSuccession: 4,
      mentoring: true,
    },
    {
      category: ITSM,
      field: op,
      level: 3,
      edition: e,
      role: "member",
      minYears: 1,
      minComplexity: 2,
      minThemes: 1,
      apQualifies: true,
    },
    {
      category: ITSM,
      field: op,
      level: 4,
      edition: e,
      role: "leader",
      minYears: 2,
      minComplexity: 2,
      size: bands(30, 15),
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
    {
      category: ITSM,
      field: sd,
      level: 3,
      edition: e,
      role: "member",
      minYears: 2,
      minComplexity: 2,
      minThemes: 1,
      apQualifies: true,
    },
    {
      category: ITSM,
      field: sd,
      level: 4,
      edition: e,
      role: "leader",
      minYears: 2,
      minComplexity: 2,
      size: "Staff >= 20 or Value >= 100 or Users >= 3000",
      minThemes: 1,
      minSuccession: 1,
      mentoring: true,
    },
  ];
})();

/** The published rules, both editions. IT Service Management rows carry edition V3. */
export const KPI_RULES: readonly KpiRule[] = [
  ...customerServiceRules("V3"),
  ...customerServiceRules("V2"),
  ...IT_SERVICE_MANAGEMENT_RULES,
];
