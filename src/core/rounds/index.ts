/**
 * Assessment rounds: self and manager assessments of one round, the agreed level,
 * snapshots into the append-only History table, and change over rounds.
 */
export * from "./assessments";
export * from "./compare";
export * from "./agreement";
export * from "./close-round";
export * from "./round-label";
export * from "./history";
export * from "./trends";
export { parseLevel, fieldHasLevel, ALL_LEVELS } from "./reading";
export { personKey } from "../roster/person-key";
export type { RoundProblem, TableColumn } from "./reading";
