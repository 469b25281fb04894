/**
 * The `Skills` table template: one row per person, a rating column per skill item,
 * plus optional Target and Assessed by. One table serves all three Customer Service
 * fields, so it has a column for every skill item; each row uses the six common
 * items and its own field's item, and data validation is set per row from
 * `skillsRowValidation`.
 */
import { SKILL_ITEMS, specialtyField } from "../catalog";
import type { Level, Localized, SkillItemId, SpecialtyFieldId } from "../catalog/types";
import { rosterColumn } from "../roster/columns";
import { foldName, type Parsed } from "../roster/normalize";
import { attainableSkillLevels, describedLevelsOf, levelRange } from "./described";
import { safeText } from "./rating";
import type { Assessor, SkillFieldId } from "./types";
import { LEVELS } from "../catalog/levels";

/** Columns of the Skills table: identity, one per skill item, Target, Assessed by. */
export type SkillsColumnKey =
  "employeeId" | "name" | "department" | "field" | SkillItemId | "target" | "assessedBy";

/** How a column is validated and read. */
export type SkillsColumnKind = "text" | "field" | "rating" | "target" | "assessor";

/** One column of the Skills template, as the roster contract describes its columns. */
export interface SkillsColumn {
  readonly key: SkillsColumnKey;
  readonly header: Localized;
  readonly kind: SkillsColumnKind;
  /** The template's input message and the docs. */
  readonly help: Localized;
  /** Extra header spellings accepted on import. */
  readonly aliases?: readonly string[];
}

/** Fields with skill items, in the order the template's help lists them. */
export const SKILL_FIELDS: readonly SkillFieldId[] = ["hardware", "software", "facility-management"];

/** Allowed levels per field and item (empty: not the field's item). What data validation enforces. */
export const SKILLS_VALIDATION: Readonly<
  Record<SkillFieldId, Readonly<Record<SkillItemId, readonly Level[]>>>
> = Object.fromEntries(
  SKILL_FIELDS.map((field) => [
    field,
    Object.fromEntries(SKILL_ITEMS.map((item) => [item.id, describedLevelsOf(field, item.id)])),
  ]),
) as Record<SkillFieldId, Record<SkillItemId, readonly Level[]>>;

/** The template's columns in order; rating columns for all nine skill items. */
export const SKILLS_COLUMNS: readonly SkillsColumn[] = [
  identity("employeeId"),
  identity("name"),
  identity("department"),
  {
    ...identity("field"),
    kind: "field",
    help: {
      en: "Hardware, Software or Facility Management: decides which skill items and levels apply to the row.",
      ja: "ハードウェア、ソフトウェア、ファシリティマネジメントのいずれか。行に適用するスキル項目とレベルが決まります。",
    },
  },
  ...SKILL_ITEMS.map((item): SkillsColumn => ({
    key: item.id,
    header: item.name,
    kind: "rating",
    help: ratingHelp(item.id, item.name),
    aliases: [item.id],
  })),
  {
    key: "target",
    header: { en: "Target", ja: "目標レベル" },
    kind: "target",
    help: {
      en: `Optional: the skill level the person aims for (${attainableByField("en")}).`,
      ja: `任意：目指すスキル熟達度レベル（${attainableByField("ja")}）。`,
    },
    aliases: ["target level", "目標"],
  },
  {
    key: "assessedBy",
    header: { en: "Assessed by", ja: "評価者" },
    kind: "assessor",
    help: {
      en: "Optional: self (the person rated themselves) or manager.",
      ja: "任意：本人（自己評価）または上長。",
    },
    aliases: ["assessor", "rated by", "評価区分"],
  },
];

function identity(key: "employeeId" | "name" | "department" | "field"): SkillsColumn {
  const column = rosterColumn(key);
  return {
    key,
    header: column.header,
    kind: "text",
    help: column.help,
    ...(column.aliases ? { aliases: column.aliases } : {}),
  };
}

function attainableByField(lang: "en" | "ja"): string {
  return SKILL_FIELDS.map(
    (f) => `${specialtyField(f).name[lang]} ${levelRange(attainableSkillLevels(f), lang)}`,
  ).join(lang === "en" ? ", " : "、");
}

function ratingHelp(item: SkillItemId, name: Localized): Localized {
  const fields = SKILL_FIELDS.filter((field) => SKILLS_VALIDATION[field][item].length > 0);
  const per = (lang: "en" | "ja") =>
    fields
      .map((f) => `${specialtyField(f).name[lang]} ${levelRange(SKILLS_VALIDATION[f][item], lang)}`)
      .join(lang === "en" ? ", " : "、");
  return {
    en: `The level (1-7) at which the person performs ${name.en}; blank when not rated. Levels the standard describes: ${per("en")}.`,
    ja: `「${name.ja}」を実践しているレベル（1～7）。未評価なら空欄。標準が定めるレベル：${per("ja")}。`,
  };
}

// ---- Per-row validation ----

/** Data validation of one cell of a row. */
export interface CellValidation {
  readonly key: SkillsColumnKey;
  /** Levels the cell may hold; empty: the cell should stay blank for this row's field. */
  readonly allowed: readonly Level[];
  /** Bounds for a whole-number rule (allowed levels are consecutive); null when nothing is allowed. */
  readonly min: Level | null;
  readonly max: Level | null;
  /** Input message for the cell. */
  readonly prompt: Localized;
}

/**
 * Data validation for the rating and Target cells of one row, from the row's
 * Specialty Field; null when the field is not known yet (any level 1-7 allowed).
 */
export function skillsRowValidation(field: SpecialtyFieldId | null): readonly CellValidation[] {
  const ratings = SKILL_ITEMS.map((item) => {
    const allowed: readonly Level[] =
      field === null ? ANY_LEVEL : isSkillField(field) ? SKILLS_VALIDATION[field][item.id] : [];
    return validation(item.id, allowed, ratingPrompt(field, item.name, allowed));
  });
  const targets: readonly Level[] = field === null ? ANY_LEVEL : attainableSkillLevels(field);
  return [...ratings, validation("target", targets, targetPrompt(field, targets))];
}

const ANY_LEVEL: readonly Level[] = LEVELS;

/** A field that has skill items in seed 000. */
export function isSkillField(field: SpecialtyFieldId): field is SkillFieldId {
  return (SKILL_FIELDS as readonly SpecialtyFieldId[]).includes(field);
}

function validation(key: SkillsColumnKey, allowed: readonly Level[], prompt: Localized): CellValidation {
  return { key, allowed, min: allowed[0] ?? null, max: allowed[allowed.length - 1] ?? null, prompt };
}

function ratingPrompt(field: SpecialtyFieldId | null, item: Localized, allowed: readonly Level[]): Localized {
  if (field === null)
    return {
      en: `Choose the Specialty Field first; then ${item.en} is limited to the levels that field describes.`,
      ja: `先に専門分野を選んでください。選んだ分野が定めるレベルだけを「${item.ja}」に入力できます。`,
    };
  const name = specialtyField(field).name;
  if (allowed.length === 0)
    return {
      en: `${item.en} is not a skill item of ${name.en}: leave it blank.`,
      ja: `「${item.ja}」は${name.ja}のスキル項目ではありません。空欄のままにしてください。`,
    };
  return {
    en: `${name.en}: rate ${item.en} ${levelRange(allowed, "en")}, or leave blank when not rated.`,
    ja: `${name.ja}：「${item.ja}」を${levelRange(allowed, "ja")}で評価。未評価なら空欄。`,
  };
}

function targetPrompt(field: SpecialtyFieldId | null, allowed: readonly Level[]): Localized {
  const name = field === null ? null : specialtyField(field).name;
  if (name === null)
    return { en: "The skill level the person aims for (1-7).", ja: "目指すスキル熟達度レベル（1～7）。" };
  if (allowed.length === 0)
    return {
      en: `${name.en} has no skill levels in the standard: leave it blank.`,
      ja: `${name.ja}には標準のスキル熟達度レベルがありません。空欄のままにしてください。`,
    };
  return {
    en: `The skill level the person aims for (${name.en}: ${levelRange(allowed, "en")}).`,
    ja: `目指すスキル熟達度レベル（${name.ja}：${levelRange(allowed, "ja")}）。`,
  };
}

// ---- Assessed by ----

/**
 * Values of Assessed by; self and manager ratings often differ, so the row says whose it is.
 * The names are what the template's drop-down offers; reading folds case, so "self" still reads.
 */
export const ASSESSORS: readonly { readonly id: Assessor; readonly name: Localized }[] = [
  { id: "self", name: { en: "Self", ja: "本人" } },
  { id: "manager", name: { en: "Manager", ja: "上長" } },
];

const ASSESSOR_BY_NAME = new Map<string, Assessor>([
  ...ASSESSORS.flatMap((a) => [[foldName(a.name.en), a.id] as const, [foldName(a.name.ja), a.id] as const]),
  ["自己", "self"],
  ["自己評価", "self"],
  ["上司", "manager"],
  ["上長評価", "manager"],
]);

/** What an Assessed by cell may hold, for messages. */
export const ASSESSOR_VALID: Localized = {
  en: "self, manager, 本人, 上長, or blank",
  ja: "本人、上長、self、manager、または空欄",
};

/** Who assessed the row: `{ ok: true, value: null }` for blank, `{ ok: false }` for anything else unknown. */
export function parseAssessor(value: unknown): Parsed<Assessor | null> {
  const text = safeText(value);
  if (text === "") return { ok: true, value: null };
  const found = ASSESSOR_BY_NAME.get(foldName(text));
  return found ? { ok: true, value: found } : { ok: false };
}
