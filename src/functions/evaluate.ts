/**
 * What the HR.* custom functions compute, on arguments shaped as Excel passes
 * them (2-D arrays, "" for empty cells, null for missing optional arguments).
 * Pure: problems are thrown as FunctionError, which functions.ts turns into
 * CustomFunctions.Error (#VALUE! or #N/A) with the same message.
 */
import {
  cmbokCompetency,
  findSkillItem,
  skillItemsOfField,
  skillProficiency,
  specialtyField,
  suggestSkillItem,
  type CmbokVersion,
  type Edition,
  type Lang,
  type SpecialtyFieldId,
} from "../core/catalog";
import { DEFAULT_EDITION, parseEdition } from "../core/catalog/fields";
import { parseLevel } from "../core/catalog/levels";
import { readRulesTable, RULE_COLUMNS } from "../core/engine/rules-table";
import type { RuleSet } from "../core/engine/rule-set";
import { scoreRow, type RowScore } from "../core/engine/score-row";
import { mapHeaders, templateHeaderMap, type HeaderMap } from "../core/roster/header-map";
import { CATEGORY_NAMES, FIELD_NAMES, listNames } from "../core/roster/names";
import { cellText, foldName } from "../core/roster/normalize";
import { gapText, problemText } from "../core/roster/score-roster";
import { notAFieldMessage } from "../core/roster/messages";
import {
  hostRow,
  hostRules,
  isCellProblem,
  nonValue,
  omitted,
  RecentArguments,
  sameCells,
} from "./host-cells";

export type ErrorKind = "#VALUE!" | "#N/A";

export class FunctionError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

type Matrix = readonly (readonly unknown[])[];

const valueError = (message: string): FunctionError => new FunctionError("#VALUE!", message);
const notAvailable = (message: string): FunctionError => new FunctionError("#N/A", message);

/** Language of messages and text when the caller gives none (set from Office's display language). */
let defaultLang: Lang = "en";
export function setDefaultLang(lang: Lang): void {
  defaultLang = lang;
}

// ---- ITSSLEVEL, ITSSGAP, ITSSMEETS ----

export function itssLevel(
  row: Matrix,
  headers: Matrix | null,
  rules: Matrix | null,
  edition: unknown,
): number {
  return scoreOrThrow(row, headers, rules, edition, null).level as number;
}

export function itssGap(
  row: Matrix,
  headers: Matrix | null,
  target: unknown,
  rules: Matrix | null,
  edition: unknown,
  lang: unknown,
): string {
  const language = readLang(lang);
  const wanted = omitted(target) ? null : readLevel(target, "target");
  const score = scoreOrThrow(row, headers, rules, edition, wanted);
  if (wanted !== null && score.target === null && score.evidence.field) {
    throw valueError(levelNotDefined(score.evidence.field, wanted, language));
  }
  return gapText(score, language);
}

export function itssMeets(
  row: Matrix,
  headers: Matrix | null,
  level: unknown,
  rules: Matrix | null,
  edition: unknown,
): boolean {
  const wanted = readLevel(level, "level");
  return (scoreOrThrow(row, headers, rules, edition, null).level as number) >= wanted;
}

function scoreOrThrow(
  row: Matrix,
  headers: Matrix | null,
  rules: Matrix | null,
  edition: unknown,
  target: number | null,
): RowScore {
  const given = singleRow(row, "row");
  const map = headerMapFor(headers, given.length);
  const cells = hostCells(given, map);
  const score = scoreRow(cells, {
    headers: map,
    edition: readEdition(edition),
    target,
    rules: ruleSetFor(rules),
  });
  if (score.level === null) {
    throw valueError(problemText(score, defaultLang));
  }
  return score;
}

/** The row as every host should read it (see host-cells.ts), or #VALUE! naming a data-type cell. */
function hostCells(given: readonly unknown[], map: HeaderMap): readonly unknown[] {
  const checked = hostRow(given, map);
  if (!isCellProblem(checked)) return checked;
  const header = map.headers[checked.column] || `column ${checked.column + 1}`;
  throw valueError(
    defaultLang === "ja" ? `「${header}」列${checked.what.ja}` : `Column "${header}" ${checked.what.en}`,
  );
}

function singleRow(range: Matrix, name: string): readonly unknown[] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]))
    throw valueError(`${name} must be a range of cells`);
  if (range.length !== 1) {
    throw valueError(
      `${name} must be one roster row; it has ${range.length} rows. Pass one row, such as Roster[@]`,
    );
  }
  return range[0] as readonly unknown[];
}

let templateMap: HeaderMap | undefined;
const headerMaps = new RecentArguments<readonly unknown[], HeaderMap>(sameCells);

function headerMapFor(headers: Matrix | null, width: number): HeaderMap {
  if (headers === null || headers === undefined || omitted(headers))
    return (templateMap ??= templateHeaderMap());
  const cells = singleRow(headers, "headers");
  if (cells.length !== width) {
    throw valueError(
      `headers has ${cells.length} columns but row has ${width}; pass the header row that matches the row (same first and last column)`,
    );
  }
  return headerMaps.get(cells, mapHeaders);
}

const RULE_KEY_BY_HEADER = new Map<string, string>(
  RULE_COLUMNS.flatMap((c) => [
    [foldName(c.header.en), c.key] as const,
    [foldName(c.header.ja), c.key] as const,
  ]),
);
const ruleKeyOf = (header: unknown): string | undefined => RULE_KEY_BY_HEADER.get(foldName(cellText(header)));

/** A rules argument with what it parsed to (or the message it gave), and its machine columns. */
interface ParsedRules {
  readonly machine: readonly number[];
  readonly result: RuleSet | FunctionError;
}

/**
 * Two rules arguments are the same table when their header rows are equal and every
 * machine column (the ones the engine reads) holds the same cells: compared with ===,
 * never hashed. Columns of published text do not change the rules.
 */
function sameRules(a: Matrix, b: Matrix): boolean {
  if (a.length !== b.length || !sameCells(a[0] ?? [], b[0] ?? [])) return false;
  const machine = machineColumns(a[0] ?? []);
  for (let r = 1; r < a.length; r++) {
    const x = a[r] as readonly unknown[];
    const y = b[r] as readonly unknown[];
    if (x === y) continue;
    for (let k = 0; k < machine.length; k++) {
      const i = machine[k] as number;
      if (x[i] !== y[i]) return false;
    }
  }
  return true;
}

let lastHeader: readonly unknown[] = [];
let lastMachine: readonly number[] = [];
function machineColumns(header: readonly unknown[]): readonly number[] {
  if (!sameCells(header, lastHeader)) {
    lastHeader = header;
    lastMachine = header.flatMap((h, i) => (ruleKeyOf(h) ? [i] : []));
  }
  return lastMachine;
}

const ruleSets = new RecentArguments<Matrix, ParsedRules>(sameRules);

/**
 * A company's KPI Rules table replaces the built-in rules. A recalculation of thousands of
 * rows passes the same table each time: it is parsed once and recognised after that.
 */
function ruleSetFor(rules: Matrix | null): RuleSet | undefined {
  if (rules === null || rules === undefined || omitted(rules)) return undefined;
  if (!Array.isArray(rules) || rules.length === 0 || !Array.isArray(rules[0]))
    throw valueError("rules must be the KPI Rules table with its header row, such as KPI_Rules[#All]");
  const parsed = ruleSets.get(rules, parseRules);
  if (parsed.result instanceof FunctionError) throw parsed.result;
  return parsed.result;
}

function parseRules(rules: Matrix): ParsedRules {
  const machine = machineColumns(rules[0] ?? []);
  const host = hostRules(rules, ruleKeyOf);
  if (!("table" in host)) {
    const header = cellText(rules[0]?.[host.column]) || `column ${host.column + 1}`;
    return {
      machine,
      result: valueError(
        defaultLang === "ja"
          ? `ルール表${host.row}行目「${header}」列${host.what.ja}`
          : `Rules table row ${host.row}, column "${header}" ${host.what.en}`,
      ),
    };
  }
  const result = readRulesTable(host.table);
  if (!result.ok)
    return {
      machine,
      result: valueError(
        result.problems
          .slice(0, 3)
          .map((p) => p.message[defaultLang])
          .join(" "),
      ),
    };
  return { machine, result: result.ruleSet };
}

/** A scalar argument that holds a data type or an error gets a message, never "[object Object]". */
function plain(value: unknown, name: string): unknown {
  const what = nonValue(value);
  if (what) throw valueError(defaultLang === "ja" ? `${name}${what.ja}` : `${name} ${what.en}`);
  return value;
}

function readEdition(edition: unknown): Edition {
  if (omitted(plain(edition, "edition"))) return DEFAULT_EDITION;
  const parsed = parseEdition(edition);
  if (parsed) return parsed;
  throw valueError(`edition "${cellText(edition)}" is not an edition; use "V3" (default) or "V2"`);
}

function readLang(lang: unknown): Lang {
  if (omitted(plain(lang, "lang"))) return defaultLang;
  const text = foldName(cellText(lang));
  if (text === "en" || text === "english" || text === "英語") return "en";
  if (text === "ja" || text === "jp" || text === "japanese" || text === "日本語") return "ja";
  throw valueError(`lang "${cellText(lang)}" is not a language; use "en" or "ja"`);
}

function readLevel(value: unknown, name: string): number {
  if (omitted(plain(value, name))) throw valueError(`${name} is empty; use a whole number from 1 to 7`);
  const n = parseLevel(value, 1);
  if (!n.ok) {
    throw valueError(`${name} "${cellText(value)}" is not a level; use a whole number from 1 to 7`);
  }
  return n.value;
}

function levelNotDefined(field: SpecialtyFieldId, level: number, lang: Lang): string {
  const f = specialtyField(field);
  const range = `${f.levels[0]}-${f.levels[f.levels.length - 1]}`;
  return lang === "en"
    ? `${f.name.en} has no level ${level} (levels ${range})`
    : `${f.name.ja}にレベル${level}はありません（レベル${range}）`;
}

// ---- ITSSCRITERIA, ITSSSKILL, ITSSKNOWLEDGE, CMBOK ----

function readField(category: unknown, field: unknown): SpecialtyFieldId {
  if (omitted(plain(field, "field")))
    throw notAvailable(`field is empty. Valid: ${listNames(FIELD_NAMES.names, "en")}`);
  const text = cellText(field);
  const id = FIELD_NAMES.find(text);
  if (!id) {
    throw notAvailable(notAFieldMessage(text).en);
  }
  if (!omitted(plain(category, "category"))) {
    const categoryId = CATEGORY_NAMES.find(cellText(category));
    if (!categoryId)
      throw notAvailable(
        `"${cellText(category)}" is not a job category. Valid: ${listNames(CATEGORY_NAMES.names, "en")}`,
      );
    if (specialtyField(id).category !== categoryId)
      throw notAvailable(`${specialtyField(id).name.en} is not a field of ${cellText(category)}`);
  }
  return id;
}

/** Asynchronous: the KPI text loads on the first call (see catalog/kpi-text.ts). */
export async function itssCriteria(
  category: unknown,
  field: unknown,
  level: unknown,
  edition: unknown,
  lang: unknown,
): Promise<string[][]> {
  const id = readField(category, field);
  const wanted = readLevel(level, "level");
  const language = readLang(lang);
  const published = specialtyField(id).levels.includes(wanted as never);
  const chosen = published ? readEdition(edition) : undefined;
  const { kpiCriteriaRows, kpiText } = await import(
    /* webpackChunkName: "kpi-text" */ "../core/catalog/kpi-text"
  );
  const text = chosen ? kpiText(id, wanted, chosen) : undefined;
  if (!text) throw notAvailable(levelNotDefined(id, wanted, language));
  return kpiCriteriaRows(text).map((r) => [r.criterion[language], r.requirement[language]]);
}

function readSkillItem(field: SpecialtyFieldId, item: unknown) {
  const text = cellText(plain(item, "skillItem"));
  const found = findSkillItem(text);
  if (!found) {
    const hint = suggestSkillItem(text);
    throw notAvailable(`"${text}" is not a skill item${hint ? `. Did you mean ${hint}?` : ""}`);
  }
  const ofField = skillItemsOfField(field);
  if (!ofField.some((s) => s.id === found.id)) {
    const valid = ofField.map((s) => s.name.en).join(", ");
    throw notAvailable(
      `${found.name.en} is not a skill item of ${specialtyField(field).name.en}${valid ? `. Valid: ${valid}` : " (the seeds define skill items for Customer Service fields only)"}`,
    );
  }
  return found;
}

export function itssSkill(field: unknown, skillItem: unknown, level: unknown, lang: unknown): string {
  const id = readField(null, field);
  const item = readSkillItem(id, skillItem);
  const wanted = readLevel(level, "level");
  const description = skillProficiency(id, item.id, wanted);
  if (!description) {
    throw notAvailable(
      `The standard describes no ${specialtyField(id).name.en} proficiency for ${item.name.en} at level ${wanted}`,
    );
  }
  return description[readLang(lang)];
}

/** Asynchronous: the knowledge items load on the first call (see catalog/skill-knowledge.ts). */
export async function itssKnowledge(field: unknown, skillItem: unknown, lang: unknown): Promise<string[][]> {
  const id = readField(null, field);
  const item = readSkillItem(id, skillItem);
  const language = readLang(lang);
  const { skillKnowledge } = await import(
    /* webpackChunkName: "skill-knowledge" */ "../core/catalog/skill-knowledge"
  );
  const items = skillKnowledge(id, item.id);
  if (items.length === 0)
    throw notAvailable(
      `The standard lists no knowledge items for ${item.name.en} in ${specialtyField(id).name.en}`,
    );
  return items.map((k) => [k[language]]);
}

export function cmbokName(code: unknown, version: unknown, lang: unknown): string {
  const v = omitted(plain(version, "version")) ? "2.0" : cellText(version).replace(/^v/i, "");
  const ver: CmbokVersion | undefined =
    v === "2" || v === "2.0" ? "2.0" : v === "1" || v === "1.0" ? "1.0" : undefined;
  if (!ver)
    throw valueError(`version "${cellText(version)}" is not a CMBOK version; use "2.0" (default) or "1.0"`);
  const found = cmbokCompetency(cellText(plain(code, "code")), ver);
  if (!found)
    throw notAvailable(`"${cellText(code)}" is not a CMBOK ${ver} competency code (codes look like OP-3)`);
  return readLang(lang) === "ja" ? found.nameJa : found.nameEn;
}

/** The argument readers, shared with evaluate-engagements.ts (the ledger arguments of ITSSLEVEL and ITSSGAP). */
export const argumentReaders = {
  singleRow,
  headerMapFor,
  hostCells,
  ruleSetFor,
  readEdition,
  readLang,
  readLevel,
  readField,
  levelNotDefined,
  valueError,
  lang: (): Lang => defaultLang,
};
