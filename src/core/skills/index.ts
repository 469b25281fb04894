/**
 * Skill assessments beside the KPI level: seed 000 skill proficiency (Skills
 * table, skill level, team chart, KPI vs skill) and seed 004 CMBOK competencies
 * (CMBOK Assessment table, coverage, 1.0 -> 2.0 migration).
 */
export * from "./types";
export * from "./rating";
export * from "./described";
export * from "./skill-level";
export * from "./skill-columns";
export * from "./skills-template";
export * from "./skills-sample";
export * from "./skills-row";
export * from "./team";
export * from "./compare";
export * from "./cmbok-rating";
export * from "./cmbok-headers";
export * from "./cmbok-template";
export * from "./cmbok-sample";
export * from "./cmbok-assessment";
export * from "./cmbok-coverage";
export * from "./cmbok-migrate";
