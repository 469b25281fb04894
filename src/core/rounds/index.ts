/**
 * Assessment rounds: self and manager assessments of one round, the agreed level,
 * snapshots into the append-only History table, and change over rounds.
 */
export * from "./assessor";
export * from "./compare";
export * from "./differences";
export * from "./self-vs-manager-sheet";
export * from "./agreement-in-force";
export * from "./resolve";
export * from "./round-label";
export * from "./history-table";
export * from "./snapshot";
export * from "./close-round";
export * from "./trends";
export * from "./movement";
export { parseLevel, fieldHasLevel, ALL_LEVELS } from "./levels";
export { personKey } from "../roster/person-key";
export type { RoundProblem } from "./problems";
export type { TableColumn } from "./table-columns";
