/**
 * The Excel test double under its historical name: see excel-double.ts for what it
 * enforces and where Excel documents each behaviour.
 */
export { ExcelDouble as FakeExcel, eachProfile, PROFILES, type SyncRecord } from "./excel-double";
