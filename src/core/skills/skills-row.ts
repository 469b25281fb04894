/**
 * Reads whole rows of the `Skills` table (identity, field, ratings, Target,
 * Assessed by) for the task pane, the team chart and the KPI comparison. Like the
 * roster reader, it never throws: every bad cell becomes a problem naming the
 * column, the value and what is valid.
 */
import { specialtyField } from "../catalog";
import type { Level, SkillItemId, SpecialtyFieldId } from "../catalog/types";
import { FIELD_NAMES, listNames } from "../roster/names";
import { foldName } from "../roster/normalize";
import { attainableSkillLevels, levelRange } from "./described";
import { parseRating, safeText } from "./rating";
import { mapSkillColumns, readSkillRatings, type SkillColumns } from "./skill-columns";
import { noSkillItems } from "./skill-level";
import { ASSESSOR_VALID, parseAssessor, SKILLS_COLUMNS } from "./skills-template";
import type { Assessor, SkillProblem } from "./types";
import { ROW_MESSAGES } from "../roster/messages";

type InfoKey = "employeeId" | "name" | "department" | "field" | "target" | "assessedBy";

/** Where each column of the Skills template sits in a sheet's header row. */
export interface SkillsHeaderMap {
  /** Position of each non-rating column, -1 when absent. */
  readonly index: Readonly<Record<InfoKey, number>>;
  readonly skills: SkillColumns;
}

/** One person's row of the Skills table, typed. */
export interface SkillsAssessment {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  readonly field: SpecialtyFieldId | null;
  /** The field's items only; empty when the field is unknown. */
  readonly ratings: ReadonlyMap<SkillItemId, Level | null>;
  readonly target: Level | null;
  readonly assessedBy: Assessor | null;
}

const INFO_KEYS: readonly InfoKey[] = ["employeeId", "name", "department", "field", "target", "assessedBy"];

const KEY_BY_NAME = new Map<string, InfoKey>(
  SKILLS_COLUMNS.flatMap((column) =>
    (INFO_KEYS as readonly string[]).includes(column.key)
      ? [column.header.en, column.header.ja, column.key, ...(column.aliases ?? [])].map(
          (name) => [foldName(name), column.key as InfoKey] as const,
        )
      : [],
  ),
);

/** Map a Skills header row, in any order, English or Japanese. */
export function mapSkillsHeaders(headerRow: readonly unknown[]): SkillsHeaderMap {
  const index = Object.fromEntries(INFO_KEYS.map((k) => [k, -1])) as Record<InfoKey, number>;
  headerRow.forEach((header, i) => {
    const key = KEY_BY_NAME.get(foldName(safeText(header)));
    if (key !== undefined && index[key] === -1) index[key] = i;
  });
  return { index, skills: mapSkillColumns(headerRow) };
}

/**
 * One person's assessment from a Skills row.
 * @example
 *   const map = mapSkillsHeaders(["Name", "Specialty Field", "Leadership"]);
 *   readSkillsRow(map, ["Sato", "Hardware", "Lv3"]).assessment.ratings.get("leadership") // => 3
 */
export function readSkillsRow(
  map: SkillsHeaderMap,
  cells: readonly unknown[],
): { assessment: SkillsAssessment; problems: readonly SkillProblem[] } {
  const problems: SkillProblem[] = [];
  const cell = (key: InfoKey): unknown => (map.index[key] < 0 ? undefined : cells[map.index[key]]);
  const text = (key: InfoKey): string => safeText(cell(key));
  const header = (key: InfoKey): string => {
    const column = SKILLS_COLUMNS.find((c) => c.key === key);
    return safeText(map.skills.headers[map.index[key]]) || (column?.header.en ?? key);
  };

  const field = readField(text("field"), header("field"), problems);
  const read = field === null ? null : readSkillRatings(map.skills, cells, field);
  if (read) problems.push(...read.problems);

  const assessment: SkillsAssessment = {
    employeeId: text("employeeId"),
    name: text("name"),
    department: text("department"),
    field,
    ratings: read?.ratings ?? new Map<SkillItemId, Level | null>(),
    target: readTarget(cell("target"), header("target"), field, problems),
    assessedBy: readAssessor(cell("assessedBy"), header("assessedBy"), problems),
  };
  return { assessment, problems };
}

function readField(value: string, header: string, problems: SkillProblem[]): SpecialtyFieldId | null {
  const id = value === "" ? undefined : FIELD_NAMES.find(value);
  if (id !== undefined) {
    const noItems = noSkillItems(id);
    if (noItems) problems.push({ ...noItems, header });
    return noItems ? null : id;
  }
  const hint = value === "" ? undefined : FIELD_NAMES.suggest(value);
  const shown =
    value === ""
      ? { en: "is empty", ja: "が空です" }
      : { en: `"${value}" ${ROW_MESSAGES.notField.en}`, ja: `「${value}」${ROW_MESSAGES.notField.ja}` };
  problems.push({
    kind: "field",
    header,
    value,
    message: {
      en: `Column "${header}": ${shown.en}. Valid: ${listNames(FIELD_NAMES.names, "en")}.${hint ? ` Did you mean ${hint}?` : ""}`,
      ja: `「${header}」列：${shown.ja}。有効な値：${listNames(FIELD_NAMES.names, "ja")}。${hint ? `もしかして「${hint}」ですか？` : ""}`,
    },
  });
  return null;
}

function readTarget(
  value: unknown,
  header: string,
  field: SpecialtyFieldId | null,
  problems: SkillProblem[],
): Level | null {
  const parsed = parseRating(value);
  const allowed = field === null ? null : attainableSkillLevels(field);
  if (parsed.ok && (parsed.value === null || allowed === null || allowed.includes(parsed.value)))
    return parsed.value;
  const shown = safeText(value);
  const name = field === null ? null : specialtyField(field).name;
  const valid =
    name === null || allowed === null
      ? { en: "a level from 1 to 7", ja: "1～7のレベル" }
      : {
          en: `a skill level of ${name.en}, ${levelRange(allowed, "en")}`,
          ja: `${name.ja}のスキル熟達度レベル（${levelRange(allowed, "ja")}）`,
        };
  problems.push({
    kind: "target",
    header,
    value: shown,
    message: {
      en: `Column "${header}": "${shown}" is not a target. Valid: ${valid.en}, or blank.`,
      ja: `「${header}」列：「${shown}」は目標として無効です。有効な値：${valid.ja}、または空欄。`,
    },
  });
  return null;
}

function readAssessor(value: unknown, header: string, problems: SkillProblem[]): Assessor | null {
  const parsed = parseAssessor(value);
  if (parsed.ok) return parsed.value;
  const shown = safeText(value);
  problems.push({
    kind: "assessor",
    header,
    value: shown,
    message: {
      en: `Column "${header}": "${shown}" is not an assessor. Valid: ${ASSESSOR_VALID.en}.`,
      ja: `「${header}」列：「${shown}」は評価者として無効です。有効な値：${ASSESSOR_VALID.ja}。`,
    },
  });
  return null;
}
