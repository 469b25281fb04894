/**
 * The row problems' phrases, in English and Japanese, written once: the scorer, the
 * import and the custom functions all say "is not a specialty field" in these words.
 * A phrase follows the value it is about ("Row 5, column "Role": "Boss" is not a role").
 */
import type { Localized } from "../catalog/types";
import { FIELD_NAMES, listNames } from "./names";

export const ROW_MESSAGES = {
  notCategory: { en: "is not a job category", ja: "は職種として無効です" },
  notField: { en: "is not a specialty field", ja: "は専門分野として無効です" },
  notRole: { en: "is not a role", ja: "は役割として無効です" },
  notScope: { en: "is not a scope", ja: "は対象範囲として無効です" },
  notWhole: { en: "is not a whole number of 0 or more", ja: "は0以上の整数ではありません" },
  notNumber: { en: "is not a number of 0 or more", ja: "は0以上の数値ではありません" },
  notYesNo: { en: "is not yes or no", ja: "は「はい／いいえ」として無効です" },
  unreadable: { en: "cannot be read", ja: "は読み取れません" },
  fieldEmpty: {
    en: "is empty: every row needs a specialty field to be scored",
    ja: "が空です。評価には専門分野が必要です",
  },
} as const satisfies Record<string, Localized>;

/** The phrase for a name column's unknown value. */
export const NAME_MESSAGES = {
  category: ROW_MESSAGES.notCategory,
  field: ROW_MESSAGES.notField,
  role: ROW_MESSAGES.notRole,
  scope: ROW_MESSAGES.notScope,
} as const;

/** "… Valid: a, b" / "…。有効な値：a、b": a phrase followed by what is valid. */
export function withValid(phrase: Localized, valid: Localized): Localized {
  return { en: `${phrase.en}. Valid: ${valid.en}`, ja: `${phrase.ja}。有効な値：${valid.ja}` };
}

/**
 * A specialty field nobody knows, said without a cell (the functions' field argument):
 * `"Hardwear" is not a specialty field. Valid: … Did you mean Hardware?`
 */
export function notAFieldMessage(text: string): Localized {
  const hint = FIELD_NAMES.suggest(text);
  const valid = withValid(ROW_MESSAGES.notField, {
    en: listNames(FIELD_NAMES.names, "en"),
    ja: listNames(FIELD_NAMES.names, "ja"),
  });
  return {
    en: `"${text}" ${valid.en}${hint ? `. Did you mean ${hint}?` : ""}`,
    ja: `「${text}」${valid.ja}${hint ? `。もしかして「${hint}」ですか？` : ""}`,
  };
}
