/**
 * The level self and manager agreed on: the `Self vs Manager` sheet HR fills in,
 * and which of its agreed levels still apply when the round is closed.
 */
import { specialtyField } from "../catalog/fields";
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import { FIELD_NAMES, listNames } from "../roster/names";
import { cellText, isBlank } from "../roster/normalize";
import type { Disagreement, SelfManagerComparison } from "./compare";
import {
  fieldHasLevel,
  headerRow,
  levelsOfField,
  parseLevel,
  quoteHeaders,
  readRoundTable,
  type RoundProblem,
  type TableColumn,
} from "./reading";
import { personKey } from "../roster/person-key";
import { ROW_MESSAGES } from "../roster/messages";
import { whoText } from "./assessments";

/*
 * The `Self vs Manager` sheet: one row per person whose self and manager
 * assessments give different levels, where HR records the level both agreed on
 * and a comment. The sheet is written from the comparison and read back when the
 * round is closed.
 */

export type SelfVsManagerKey =
  | "employeeId"
  | "name"
  | "department"
  | "field"
  | "selfLevel"
  | "managerLevel"
  | "differences"
  | "agreedLevel"
  | "comment";

export const SELF_VS_MANAGER_SHEET = { en: "Self vs Manager", ja: "本人評価と上長評価" } as const;

export const SELF_VS_MANAGER_COLUMNS: readonly TableColumn<SelfVsManagerKey>[] = [
  { key: "employeeId", header: { en: "Employee ID", ja: "社員番号" }, aliases: ["id", "社員ID"] },
  { key: "name", header: { en: "Name", ja: "氏名" } },
  { key: "department", header: { en: "Department", ja: "部署" } },
  { key: "field", header: { en: "Field", ja: "専門分野" }, aliases: ["specialty field"] },
  { key: "selfLevel", header: { en: "Self level", ja: "本人評価レベル" } },
  { key: "managerLevel", header: { en: "Manager level", ja: "上長評価レベル" } },
  { key: "differences", header: { en: "Differences", ja: "相違点" } },
  { key: "agreedLevel", header: { en: "Agreed level", ja: "合意レベル" }, aliases: ["agreed"] },
  { key: "comment", header: { en: "Comment", ja: "コメント" }, aliases: ["comments", "notes", "備考"] },
];

/** What HR filled in for one person. */
export interface AgreedLevel {
  readonly employeeId: string;
  /** The field the sheet names for the person (the level was checked against it). */
  readonly field: SpecialtyFieldId | null;
  /** null when the cell is blank or was refused (see the problems). */
  readonly level: number | null;
  readonly comment: string;
  readonly row: number;
}

/**
 * The sheet's cells, header row first, one row per disagreement, differences one per
 * line. Rebuilding the sheet after HR started filling it keeps what they wrote: pass
 * the agreed levels read back and each person's agreed level and comment carry over.
 */
export function selfVsManagerSheet(
  comparison: SelfManagerComparison,
  lang: Lang,
  previous: readonly AgreedLevel[] = [],
): (string | number)[][] {
  const earlier = new Map(previous.map((a) => [personKey(a.employeeId), a]));
  const rows = comparison.disagreements.map((d) => {
    const kept = earlier.get(personKey(d.employeeId));
    return [
      d.employeeId,
      d.name,
      d.department,
      d.field === null ? "" : specialtyField(d.field).name[lang],
      d.selfLevel,
      d.managerLevel,
      d.differences.map((x) => x.message[lang]).join("\n"),
      kept?.level ?? "",
      kept?.comment ?? "",
    ];
  });
  return [headerRow(SELF_VS_MANAGER_COLUMNS, lang), ...rows];
}

/** An agreed level as read from the sheet, with the two levels it settled. */
export interface AgreedRow extends AgreedLevel {
  /** The self and manager levels the sheet shows (null when blank or not a level): a later roster may differ. */
  readonly selfLevel: number | null;
  readonly managerLevel: number | null;
}

export interface AgreedLevelsRead {
  readonly agreed: readonly AgreedRow[];
  readonly problems: readonly RoundProblem[];
}

const REQUIRED: readonly SelfVsManagerKey[] = ["employeeId", "field", "agreedLevel"];

/**
 * Reads a filled `Self vs Manager` sheet, header row first. An agreed level must be
 * 0-7 and a level the row's field defines, or blank; a refused cell is reported and
 * read as blank, so the assessed level stays in force for that person.
 */
export function readAgreedLevels(
  table: readonly (readonly unknown[])[],
  firstRowNumber = 1,
): AgreedLevelsRead {
  const agreed: AgreedRow[] = [];
  const seen = new Set<string>();
  const problems = readRoundTable(
    table,
    firstRowNumber,
    SELF_VS_MANAGER_COLUMNS,
    REQUIRED,
    (missing) => ({
      en: `The ${SELF_VS_MANAGER_SHEET.en} sheet has no column ${quoteHeaders(missing, "en")}; recreate the sheet from the comparison`,
      ja: `「${SELF_VS_MANAGER_SHEET.ja}」シートに列 ${quoteHeaders(missing, "ja")} がありません。比較からシートを作り直してください`,
    }),
    ({ row, cell, report }) => {
      const employeeId = cellText(cell("employeeId"));
      const levelCell = cell("agreedLevel");
      const comment = cellText(cell("comment"));
      if (employeeId === "") {
        if (!isBlank(levelCell) || comment !== "") report("employeeId", NO_ID);
        return;
      }
      const key = personKey(employeeId);
      if (seen.has(key)) {
        report("employeeId", DUPLICATE);
        return;
      }
      seen.add(key);
      const fieldText = cellText(cell("field"));
      const field = FIELD_NAMES.find(fieldText) ?? null;
      let level: number | null = null;
      if (!isBlank(levelCell)) {
        const parsed = parseLevel(levelCell);
        if (!parsed.ok) report("agreedLevel", NOT_A_LEVEL);
        else if (field === null) report("field", fieldText === "" ? EMPTY_FIELD : NOT_A_FIELD);
        else if (!fieldHasLevel(field, parsed.value)) report("agreedLevel", notALevelOf(field));
        else level = parsed.value;
      }
      const shown = (key: SelfVsManagerKey): number | null => {
        const parsed = parseLevel(cell(key));
        return parsed.ok ? parsed.value : null;
      };
      agreed.push({
        employeeId,
        field,
        level,
        comment,
        row,
        selfLevel: shown("selfLevel"),
        managerLevel: shown("managerLevel"),
      });
    },
  );
  return { agreed, problems };
}

function notALevelOf(field: SpecialtyFieldId): { en: string; ja: string } {
  const name = specialtyField(field).name;
  const valid = levelsOfField(field);
  return {
    en: `is not a level ${name.en} defines. Valid: ${valid}, or blank`,
    ja: `は${name.ja}に定義されていないレベルです。有効な値：${valid}、または空欄`,
  };
}

const NOT_A_LEVEL = {
  en: "is not a level. Valid: a whole number from 0 to 7, or blank",
  ja: "はレベルとして無効です。有効な値：0～7の整数、または空欄",
};
const EMPTY_FIELD = {
  en: "is empty, so the agreed level cannot be checked against the field's levels",
  ja: "が空のため、合意レベルが専門分野のレベルか確認できません",
};
const NOT_A_FIELD = {
  en: `${ROW_MESSAGES.notField.en}, so the agreed level cannot be checked. Valid: ${listNames(FIELD_NAMES.names, "en")}`,
  ja: `${ROW_MESSAGES.notField.ja}。合意レベルを確認できません。有効な値：${listNames(FIELD_NAMES.names, "ja")}`,
};
const NO_ID = {
  en: "is empty: an agreed level or comment needs the person's Employee ID",
  ja: "が空です。合意レベルやコメントには社員番号が必要です",
};
const DUPLICATE = {
  en: "appears twice; the first row counts",
  ja: "が2回あります。最初の行を使います",
};

/*
 * Which agreed levels still apply when a round is closed. An agreed level settles
 * one disagreement: the self and manager levels the sheet showed when HR typed it.
 * When the roster now gives other levels (evidence was corrected, or the sheet is
 * left over from an earlier round) the agreement is about something else, so it is
 * not recorded in History, which cannot be edited afterwards; HR is told to compare
 * again instead.
 */

export interface AgreementsInForce {
  /** Agreed levels that settle a current disagreement, and rows with only a comment. */
  readonly inForce: readonly AgreedRow[];
  /** One per agreed level left out, naming the person and why. */
  readonly problems: readonly RoundProblem[];
}

/**
 * @example
 *   agreedLevelsInForce(readAgreedLevels(sheet).agreed, compareSelfAndManager(rows)).inForce
 *   // => the rows whose Self level and Manager level match the roster's today
 */
export function agreedLevelsInForce(
  agreed: readonly AgreedRow[],
  comparison: SelfManagerComparison,
): AgreementsInForce {
  const current = new Map(comparison.disagreements.map((d) => [personKey(d.employeeId), d]));
  const inForce: AgreedRow[] = [];
  const problems: RoundProblem[] = [];
  for (const a of agreed) {
    if (a.level === null) {
      inForce.push(a);
      continue;
    }
    const now = current.get(personKey(a.employeeId));
    if (now && now.selfLevel === a.selfLevel && now.managerLevel === a.managerLevel) {
      inForce.push(a);
      continue;
    }
    problems.push({ row: a.row, column: "", value: String(a.level), message: notInForce(a, now) });
  }
  return { inForce, problems };
}

function notInForce(a: AgreedRow, now: Disagreement | undefined): Localized {
  const who = whoText(a.employeeId, now?.name ?? "");
  const shown = (self: number | null, manager: number | null): Localized => ({
    en: `self ${self ?? "(blank)"}, manager ${manager ?? "(blank)"}`,
    ja: `本人 ${self ?? "（空欄）"}、上長 ${manager ?? "（空欄）"}`,
  });
  const sheet = shown(a.selfLevel, a.managerLevel);
  if (!now) {
    return {
      en: `${who.en}: agreed level ${a.level} (row ${a.row} of Self vs Manager) was not used: self and manager no longer differ in the roster, or a row is missing. Compare again to check`,
      ja: `${who.ja}：合意レベル${a.level}（Self vs Manager の${a.row}行目）は使いませんでした。名簿で本人評価と上長評価の差がなくなったか、行が不足しています。もう一度比較して確認してください`,
    };
  }
  const roster = shown(now.selfLevel, now.managerLevel);
  return {
    en: `${who.en}: agreed level ${a.level} (row ${a.row} of Self vs Manager) was not used: it settled ${sheet.en}, the roster now gives ${roster.en}. Compare again and check the agreed level`,
    ja: `${who.ja}：合意レベル${a.level}（Self vs Manager の${a.row}行目）は使いませんでした。合意時は${sheet.ja}でしたが、現在の名簿では${roster.ja}です。もう一度比較して合意レベルを確認してください`,
  };
}
