/**
 * The HR.* custom functions. Each is a thin, documented entry: the JSDoc becomes
 * functions.json (custom-functions-metadata-plugin, which also appends the
 * CustomFunctions.associate calls at build time), and the work is done in evaluate.ts.
 */
import {
  cmbokName,
  FunctionError,
  itssCriteria,
  itssGap,
  itssKnowledge,
  itssLevel,
  itssMeets,
  itssSkill,
} from "./evaluate";
import { itssSkillLevel } from "./evaluate-skills";
import { itssHistory } from "./evaluate-history";
import { hasLedger, itssEvidence, itssGapFromLedger, itssLevelFromLedger } from "./evaluate-engagements";

/**
 * The ITSS level (0-7) a roster row attains; 0 when no level is attained.
 * @customfunction ITSSLEVEL
 * @param row One roster row, e.g. Roster[@[Employee ID]:[ITEE AP]].
 * @param [headers] The header row matching the row; without it the template's column order is used.
 * @param [rules] A KPI Rules table with its header row, to use the company's tailored rules.
 * @param [edition] "V3" (default) or "V2".
 * @param [engagements] The person's rows of the Engagements table, e.g. FILTER(Engagements, Engagements[Employee ID]=[@[Employee ID]], ""): Projects, Years, Complexity and size then come from them.
 * @param [engagementHeaders] The Engagements header row, Engagements[#Headers].
 * @param [asOf] The day ongoing engagements end on; pass TODAY() so IT Service Management years grow each day (empty: the day of calculation).
 * @returns The attained level.
 */
export function ITSSLEVEL(
  row: any[][],
  headers?: any[][],
  rules?: any[][],
  edition?: string,
  engagements?: any[][],
  engagementHeaders?: any[][],
  asOf?: any,
): number {
  if (hasLedger(engagements))
    return run(() =>
      itssLevelFromLedger(row, orNull(headers), orNull(rules), edition, {
        engagements,
        headers: engagementHeaders,
        asOf,
      }),
    );
  return run(() => itssLevel(row, orNull(headers), orNull(rules), edition));
}

/**
 * What a roster row is missing for the next level (or a target level), one sentence per unmet criterion.
 * @customfunction ITSSGAP
 * @param row One roster row.
 * @param [headers] The header row matching the row.
 * @param [target] The level to check against; the next level up when empty.
 * @param [rules] A KPI Rules table with its header row.
 * @param [edition] "V3" (default) or "V2".
 * @param [lang] "en" or "ja".
 * @param [engagements] The person's rows of the Engagements table: the gap then names the engagements that count and what is missing.
 * @param [engagementHeaders] The Engagements header row, Engagements[#Headers].
 * @param [asOf] The day ongoing engagements end on; pass TODAY() (empty: the day of calculation).
 * @returns The unmet criteria, one per line; empty when the target is met.
 */
export function ITSSGAP(
  row: any[][],
  headers?: any[][],
  target?: any,
  rules?: any[][],
  edition?: string,
  lang?: string,
  engagements?: any[][],
  engagementHeaders?: any[][],
  asOf?: any,
): string {
  if (hasLedger(engagements))
    return run(() =>
      itssGapFromLedger(row, orNull(headers), target, orNull(rules), edition, lang, {
        engagements,
        headers: engagementHeaders,
        asOf,
      }),
    );
  return run(() => itssGap(row, orNull(headers), target, orNull(rules), edition, lang));
}

/**
 * A person's engagements against one level: each with its own level, whether it qualifies and why.
 * @customfunction ITSSEVIDENCE
 * @param engagements The person's rows of the Engagements table, e.g. FILTER(Engagements, Engagements[Employee ID]="E001", "").
 * @param headers The Engagements header row, Engagements[#Headers].
 * @param level The level to check, 1-7.
 * @param [field] The person's specialty field; empty when the engagements name it.
 * @param [rules] A KPI Rules table with its header row.
 * @param [edition] "V3" (default) or "V2".
 * @param [lang] "en" or "ja".
 * @param [asOf] The day ongoing engagements end on (empty: the day of calculation).
 * @returns A table that spills: a header row, then one row per engagement.
 */
export function ITSSEVIDENCE(
  engagements: any[][],
  headers: any[][],
  level: any,
  field?: any,
  rules?: any[][],
  edition?: string,
  lang?: string,
  asOf?: any,
): any[][] {
  return run(() =>
    itssEvidence(engagements, orNull(headers), level, field, orNull(rules), edition, lang, asOf),
  );
}

/**
 * TRUE when a roster row attains the given level (or a higher one).
 * @customfunction ITSSMEETS
 * @param row One roster row.
 * @param headers The header row matching the row.
 * @param level The level to check, 1-7.
 * @param [rules] A KPI Rules table with its header row.
 * @param [edition] "V3" (default) or "V2".
 * @returns TRUE or FALSE.
 */
export function ITSSMEETS(
  row: any[][],
  headers: any[][],
  level: any,
  rules?: any[][],
  edition?: string,
): boolean {
  return run(() => itssMeets(row, orNull(headers), level, orNull(rules), edition));
}

/**
 * The KPI criteria of a field and level, as a two-column table (criterion, requirement).
 * @customfunction ITSSCRITERIA
 * @param category Job category (may be empty: the field names it).
 * @param field Specialty field, in English or Japanese.
 * @param level Level, 1-7.
 * @param [edition] "V3" (default) or "V2".
 * @param [lang] "en" or "ja".
 * @returns A table that spills: one row per criterion.
 */
export function ITSSCRITERIA(
  category: any,
  field: any,
  level: any,
  edition?: string,
  lang?: string,
): Promise<string[][]> {
  return runAsync(() => itssCriteria(category, field, level, edition, lang));
}

/**
 * The skill proficiency description of a skill item at a level.
 * @customfunction ITSSSKILL
 * @param field Customer Service specialty field.
 * @param skillItem Skill item, e.g. "Leadership" or "リーダーシップ".
 * @param level Level, 1-7.
 * @param [lang] "en" or "ja".
 * @returns The description.
 */
export function ITSSSKILL(field: any, skillItem: any, level: any, lang?: string): string {
  return run(() => itssSkill(field, skillItem, level, lang));
}

/**
 * The knowledge items of a skill item, one per row.
 * @customfunction ITSSKNOWLEDGE
 * @param field Customer Service specialty field.
 * @param skillItem Skill item.
 * @param [lang] "en" or "ja".
 * @returns A column that spills: one knowledge item per row.
 */
export function ITSSKNOWLEDGE(field: any, skillItem: any, lang?: string): Promise<string[][]> {
  return runAsync(() => itssKnowledge(field, skillItem, lang));
}

/**
 * The name of a CMBOK competency.
 * @customfunction CMBOK
 * @param code Competency code, e.g. "OP-3".
 * @param [version] "2.0" (default) or "1.0".
 * @param [lang] "en" or "ja".
 * @returns The competency name.
 */
export function CMBOK(code: any, version?: string, lang?: string): string {
  return run(() => cmbokName(code, version, lang));
}

/**
 * The skill proficiency level (0-7) a row of skill ratings attains for a Customer Service field.
 * @customfunction ITSSSKILLLEVEL
 * @param ratings One row of ratings (1-7 per skill item), e.g. Skills[@].
 * @param headers The header row naming the skill items (English or Japanese); may be left empty for the field's items in catalog order.
 * @param field Customer Service specialty field.
 * @param [threshold] Share of the field's items that must reach a level, from 0 to 1 (default 1 = all).
 * @returns The skill proficiency level.
 */
export function ITSSSKILLLEVEL(ratings: any[][], headers: any[][], field: any, threshold?: any): number {
  return run(() => itssSkillLevel(ratings, orNull(headers), field, threshold ?? null));
}

/**
 * One person's assessment rounds from the History table: round, date and levels.
 * @customfunction ITSSHISTORY
 * @param employeeId The person's employee ID.
 * @param history The History table with its header row, e.g. History[#All]; or only the person's rows, e.g. FILTER(History, History[Employee ID]=A2, ""), with [headers].
 * @param [headers] The History header row (History[#Headers]) when history holds only rows.
 * @returns A table that spills: one row per round.
 */
export function ITSSHISTORY(employeeId: any, history: any[][], headers?: any[][]): any[][] {
  return run(() => itssHistory(employeeId, history, orNull(headers)));
}

/** Excel passes a missing optional argument as null (and some hosts as undefined). */
function orNull<T>(value: T | null | undefined): T | null {
  return value === undefined ? null : value;
}

/** Turns the engine's FunctionError into the #VALUE!/#N/A error Excel shows, with its message. */
function run<T>(compute: () => T): T {
  try {
    return compute();
  } catch (err) {
    if (err instanceof FunctionError) throw toExcelError(err);
    throw err;
  }
}

/**
 * The same for a function that loads code on its first call and so answers with a Promise
 * (Excel waits for it; a rejection with CustomFunctions.Error shows that error).
 */
function runAsync<T>(compute: () => Promise<T>): Promise<T> {
  return compute().catch((err: unknown) => {
    throw err instanceof FunctionError ? toExcelError(err) : err;
  });
}

function toExcelError(err: FunctionError): FunctionError | CustomFunctions.Error {
  if (typeof CustomFunctions === "undefined" || !CustomFunctions.Error) return err; // outside Excel (tests, preview)
  const code =
    err.kind === "#N/A" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, err.message);
}
