/**
 * The Engagements ledger feature: levels derived from one row per engagement.
 * Callers (functions, CLI, pane) use this module, not the files behind it.
 */
export * from "./columns";
export * from "./counting";
export * from "./dates";
export * from "./read-engagements";
export * from "./qualify";
export * from "./score-engagements";
export * from "./sample";
