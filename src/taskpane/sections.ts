/**
 * The pane's sections, in the order the navigation shows them. The first four are
 * part of the pane's start; the others load when first opened (the import pipeline
 * and the skills, rounds and engagements sheets are not needed to start).
 */
import { lazy, type ComponentType } from "react";
import type { TextKey } from "./i18n";
import StandardPanel from "./panels/StandardPanel";
import RosterPanel from "./panels/RosterPanel";
import ScorePanel from "./panels/ScorePanel";
import DistributionPanel from "./panels/DistributionPanel";

export interface Section {
  readonly value: string;
  readonly label: TextKey;
  readonly Panel: ComponentType;
}

export const SECTIONS = [
  { value: "standard", label: "tabStandard", Panel: StandardPanel },
  { value: "roster", label: "tabRoster", Panel: RosterPanel },
  { value: "score", label: "tabScore", Panel: ScorePanel },
  { value: "distribution", label: "tabDistribution", Panel: DistributionPanel },
  {
    value: "import",
    label: "tabImport",
    Panel: lazy(() => import(/* webpackChunkName: "import" */ "./panels/ImportPanel")),
  },
  {
    value: "skills",
    label: "tabSkills",
    Panel: lazy(() => import(/* webpackChunkName: "skills" */ "./panels/SkillsPanel")),
  },
  {
    value: "rounds",
    label: "tabRounds",
    Panel: lazy(() => import(/* webpackChunkName: "rounds" */ "./panels/RoundsPanel")),
  },
  {
    value: "engagements",
    label: "tabEngagements",
    Panel: lazy(() => import(/* webpackChunkName: "engagements" */ "./panels/EngagementsPanel")),
  },
  {
    value: "person",
    label: "tabPerson",
    Panel: lazy(() => import(/* webpackChunkName: "person" */ "./panels/PersonPanel")),
  },
] as const satisfies readonly Section[];

export type SectionValue = (typeof SECTIONS)[number]["value"];
