/**
 * Every sentence the import shows, in English and Japanese, in one catalog, so the
 * wording stays consistent and matches the scorer's ("Row 5, column "Role": ..."),
 * and the column letters they name (columnLetter).
 */
import type { Localized } from "../catalog/types";
import { rosterColumn, type RosterColumnKey } from "../roster/columns";
import { CATEGORY_NAMES, FIELD_NAMES, listNames, ROLE_NAMES, SCOPE_NAMES } from "../roster/names";
import { YES_NO_VALID } from "../roster/normalize";
import { cellMessage } from "../roster/read-row";
import { NAME_MESSAGES, ROW_MESSAGES, withValid } from "../roster/messages";
import { HEADER_UNIT_NAMES, type HeaderUnit } from "./header-units";

// ---- Cells ------------------------------------------------------------------------------------

/** A flagged cell: row, column, value, what is wrong and what is valid. */
export function problemMessage(
  row: number,
  header: string,
  value: string,
  problem: Localized,
  valid: Localized,
  suggestion?: string,
): Localized {
  return cellMessage(row, header, value, withValid(problem, valid), suggestion);
}

/**
 * A changed cell as a sentence, built when shown rather than for every cell of a large import:
 * `Row 5, column "床面積": "2,000㎡" imported as 2000 (square metres).`
 */
export function noteMessage(note: { row: number; header: string; note: Localized }): Localized {
  return {
    en: `Row ${note.row}, column "${note.header}": ${note.note.en}.`,
    ja: `${note.row}行目「${note.header}」列：${note.note.ja}。`,
  };
}

/** The phrase a normaliser returns when it changed a value. */
export function importedAsNote(raw: string, value: string | number, reason?: Localized): Localized {
  const shown =
    typeof value === "number"
      ? { en: String(value), ja: String(value) }
      : { en: `"${value}"`, ja: `「${value}」` };
  return {
    en: `"${raw}" imported as ${shown.en}${reason ? ` (${reason.en})` : ""}`,
    ja: `「${raw}」を${shown.ja}${reason ? `（${reason.ja}）` : ""}として取り込みます`,
  };
}

/** The scorer's phrases (core/roster/messages): one wording for the import and the scorer. */
export const NAME_PROBLEM: Readonly<Record<"category" | "field" | "role" | "scope", Localized>> =
  NAME_MESSAGES;

export const NUMBER_PROBLEM = {
  notWhole: ROW_MESSAGES.notWhole,
  notNumber: ROW_MESSAGES.notNumber,
  unreadable: ROW_MESSAGES.unreadable,
} as const satisfies Record<string, Localized>;

export const YES_NO_PROBLEM: Localized = ROW_MESSAGES.notYesNo;

export const TEXT_TOO_LONG: Localized = {
  en: "is longer than the 32,767 characters an Excel cell holds and would be cut",
  ja: "はExcelのセルに入る32,767文字を超えるため、切り捨てられます",
};

export const TEXT_TOO_LONG_VALID: Localized = {
  en: "text of at most 32,767 characters",
  ja: "32,767文字以内の文字列",
};

const VALID: Readonly<Partial<Record<RosterColumnKey, Localized>>> = {
  projects: { en: "a whole number of 0 or more, e.g. 3 or 3件", ja: "0以上の整数（例：3、3件）" },
  complexity: {
    en: "a whole number of 0 or more, at most the number of complexity criteria the field lists",
    ja: "0以上の整数（専門分野の複雑性の条件数まで）",
  },
  rooms: { en: "a whole number of 0 or more, e.g. 2 or 2室", ja: "0以上の整数（例：2、2室）" },
  sites: { en: "a whole number of 0 or more, e.g. 4 or 4拠点", ja: "0以上の整数（例：4、4拠点）" },
  staff: {
    en: "a whole number of persons, e.g. 300, 300名 or 300人",
    ja: "0以上の人数（例：300、300名、300人）",
  },
  users: {
    en: "a whole number of users, e.g. 3000, 3,000名 or 3,000人",
    ja: "0以上の人数（例：3000、3,000名、3,000人）",
  },
  themes: { en: "a whole number of 0 or more, e.g. 1 or 1件", ja: "0以上の整数（例：1、1件）" },
  succession: { en: "a whole number of 0 or more, e.g. 3 or 3回", ja: "0以上の整数（例：3、3回）" },
  years: {
    en: "years of 0 or more, e.g. 3, 3.5, 3年, 2年6ヶ月 or 3.5 years",
    ja: "0以上の年数（例：3、3.5、3年、2年6ヶ月、3.5 years）",
  },
  area: {
    en: "square metres of 0 or more, e.g. 2000, 2,000㎡, 2000 m2 or 2,000平米",
    ja: "0以上の平方メートル（例：2000、2,000㎡、2000 m2、2,000平米）",
  },
  value: {
    en: "million yen of 0 or more, e.g. 150, 1.5億円, 3,000万円, 500百万円, 2,000,000,000円 or 12 million yen",
    ja: "0以上の百万円単位の金額（例：150、1.5億円、3,000万円、500百万円、2,000,000,000円、12 million yen）",
  },
  international: { en: YES_NO_VALID, ja: YES_NO_VALID },
  mentoring: { en: YES_NO_VALID, ja: YES_NO_VALID },
  ap: { en: YES_NO_VALID, ja: YES_NO_VALID },
  category: { en: listNames(CATEGORY_NAMES.names, "en"), ja: listNames(CATEGORY_NAMES.names, "ja") },
  field: { en: listNames(FIELD_NAMES.names, "en"), ja: listNames(FIELD_NAMES.names, "ja") },
  role: { en: listNames(ROLE_NAMES.names, "en"), ja: listNames(ROLE_NAMES.names, "ja") },
  scope: { en: listNames(SCOPE_NAMES.names, "en"), ja: listNames(SCOPE_NAMES.names, "ja") },
};

const ANY_TEXT: Localized = { en: "any text", ja: "任意の文字列" };

/** What a roster column accepts, for the report. */
export function validFor(key: RosterColumnKey): Localized {
  return VALID[key] ?? ANY_TEXT;
}

const UNIT_NAMES: Readonly<Partial<Record<RosterColumnKey, Localized>>> = {
  years: { en: "years", ja: "年" },
  area: { en: "square metres", ja: "平方メートル" },
  value: { en: "million yen", ja: "百万円" },
  staff: { en: "persons", ja: "人" },
  users: { en: "persons", ja: "人" },
};

/** The roster's unit of a numeric column, for notes; undefined for plain counts. */
export function unitName(key: RosterColumnKey): Localized | undefined {
  return UNIT_NAMES[key];
}

// ---- Columns ----------------------------------------------------------------------------------

function columnLabel(header: string, index: number): Localized {
  const letter = columnLetter(index);
  return header === ""
    ? { en: `column ${letter}`, ja: `${letter}列` }
    : { en: `"${header}" (column ${letter})`, ja: `「${header}」列（${letter}列）` };
}

function rosterName(key: RosterColumnKey): Localized {
  const header = rosterColumn(key).header;
  return { en: header.en, ja: header.ja };
}

/** A second column naming a roster column already filled: kept, and the user told where it went. */
export function duplicateColumnNote(
  header: string,
  index: number,
  key: RosterColumnKey,
  takenHeader: string,
  takenIndex: number,
): Localized {
  const me = columnLabel(header, index);
  const other = columnLabel(takenHeader, takenIndex);
  const name = rosterName(key);
  return {
    en: `${me.en} also matches ${name.en}, which ${other.en} already fills; it is kept as an extra column.`,
    ja: `${me.ja}も「${name.ja}」に当たりますが、既に${other.ja}を割り当てたため、追加の列として残します。`,
  };
}

/** A header matched by a near miss: the user should confirm it. */
export function closeMatchNote(header: string, key: RosterColumnKey): Localized {
  const name = rosterName(key);
  return {
    en: `"${header}" was taken to mean ${name.en}; check this match.`,
    ja: `「${header}」を「${name.ja}」と見なしました。正しいか確認してください。`,
  };
}

/** An automatic match undone by the user's choice of another column. */
export function displacedByUserNote(
  header: string,
  key: RosterColumnKey,
  claimerHeader: string,
  claimerIndex: number,
): Localized {
  const other = columnLabel(claimerHeader, claimerIndex);
  const name = rosterName(key);
  return {
    en: `You chose ${other.en} for ${name.en}, so "${header}" is kept as an extra column.`,
    ja: `「${name.ja}」に${other.ja}を選んだため、「${header}」は追加の列として残します。`,
  };
}

/** Two choices for one roster column: the later one won. */
export function userConflictNote(
  header: string,
  key: RosterColumnKey,
  claimerHeader: string,
  claimerIndex: number,
): Localized {
  const other = columnLabel(claimerHeader, claimerIndex);
  const name = rosterName(key);
  return {
    en: `${name.en} was chosen later for ${other.en}, so "${header}" is kept as an extra column.`,
    ja: `後から「${name.ja}」に${other.ja}を選んだため、「${header}」は追加の列として残します。`,
  };
}

/** A header that declares a unit other than the roster's: its plain numbers are converted. */
export function headerUnitNote(header: string, key: RosterColumnKey, unit: HeaderUnit): Localized {
  const name = rosterName(key);
  const from = HEADER_UNIT_NAMES[unit];
  const to = unitName(key) ?? { en: "", ja: "" };
  return {
    en: `"${header}" gives ${name.en} in ${from.en}: plain numbers in it are converted to ${to.en}.`,
    ja: `「${header}」は「${name.ja}」を${from.ja}単位で記載しています。単位のない数値は${to.ja}に換算します。`,
  };
}

/** An extra column written under another header, because a table needs unique, filled-in headers. */
export function renamedHeaderNote(header: string, index: number, written: string): Localized {
  const me = columnLabel(header, index);
  return {
    en: `${me.en} is written with the header "${written}": a table's headers must be filled in and different.`,
    ja: `${me.ja}は見出し「${written}」で書き込みます（テーブルの見出しは空にできず、重複もできないため）。`,
  };
}

/** No column gives the one value every row needs to be scored. */
export function missingFieldNote(): Localized {
  const name = rosterName("field");
  return {
    en: `No column gives ${name.en}: every row is flagged until one is chosen, since a row needs a field to be scored.`,
    ja: `「${name.ja}」に当たる列がありません。評価には専門分野が必要なため、列を選ぶまで全行に問題の印が付きます。`,
  };
}

/** Roster columns the file lacks: they land blank, which means no evidence. */
export function missingColumnsNote(keys: readonly RosterColumnKey[]): Localized {
  return {
    en: `Not in the file, left blank (no evidence): ${keys.map((k) => rosterName(k).en).join(", ")}.`,
    ja: `ファイルにない列は空欄（実績なし）になります：${keys.map((k) => rosterName(k).ja).join("、")}。`,
  };
}

// ---- Sheet ------------------------------------------------------------------------------------

/** Nothing in the top of the sheet looks like a header row. */
export function noHeaderRowMessage(searched: number, canChoose = true): Localized {
  return {
    en:
      `No header row found in the first ${searched} rows. Expected column names such as ` +
      `"Specialty Field", "Role", "Projects" (or 専門分野, 役割, 実績件数); ` +
      (canChoose ? `choose the header row by hand.` : `add a header row with those names above the data.`),
    ja:
      `先頭${searched}行に見出し行が見つかりません。「専門分野」「役割」「実績件数」` +
      `（Specialty Field、Role、Projects）などの列名が必要です。` +
      (canChoose ? `見出し行を選んでください。` : `データの上にそれらの列名の見出し行を追加してください。`),
  };
}

/** The header row the user chose cannot hold headers. */
export function headerRowOutOfRangeMessage(row: number): Localized {
  return {
    en: `Row ${row} cannot be the header row: it is blank or outside the sheet.`,
    ja: `${row}行目は空行かシートの範囲外のため、見出し行にできません。`,
  };
}

/** The header row was guessed: the user should check it. */
export function guessedHeaderNote(row: number): Localized {
  return {
    en: `No known column names were found, so row ${row} was taken as the header row. Choose the header row if this is wrong.`,
    ja: `既知の列名が見つからないため、${row}行目を見出し行としました。違う場合は見出し行を選んでください。`,
  };
}

/** Titles and notes above the header, listed so nothing disappears silently. */
export function skippedAboveNote(rows: readonly number[]): Localized {
  return {
    en: `Rows above the header (titles, notes, blank rows) were skipped: ${rowList(rows, ", ")}.`,
    ja: `見出しより上の行（表題・注記・空行）は読み飛ばしました：${rowList(rows, "、")}。`,
  };
}

/** Blank rows skipped inside the data. */
export function blankRowsNote(rows: readonly number[]): Localized {
  return {
    en: `Blank rows inside the data (or rows holding only a row number) were skipped: ${rowList(rows, ", ")}.`,
    ja: `データ中の空行（行番号だけの行を含む）は読み飛ばしました：${rowList(rows, "、")}。`,
  };
}

/** The totals row that ends the data. */
export function totalsRowNote(row: number, text: string): Localized {
  return {
    en: `Row ${row} ("${text}") is a totals row: the data ends above it.`,
    ja: `${row}行目（「${text}」）は合計行のため、その上の行までをデータとします。`,
  };
}

/** Totals rows with more people below them: skipped, and the rows below still read. */
export function totalsInDataNote(rows: readonly { rowNumber: number; text: string }[]): Localized {
  const list = (sep: string, q: (t: string) => string) =>
    rows.map((r) => `${r.rowNumber} (${q(r.text)})`).join(sep);
  return {
    en: `Totals rows inside the data were skipped and the people below them read: row ${list(", ", (t) => `"${t}"`)}.`,
    ja: `データ中の合計行は読み飛ばし、その下の人も読み込みました：${list("、", (t) => `「${t}」`)}行目。`,
  };
}

/** The blank rows that end the data. */
export function blankRunNote(row: number): Localized {
  return {
    en: `The data ends at the blank rows from row ${row}.`,
    ja: `${row}行目からの空行でデータが終わります。`,
  };
}

/** Rows below the end of the data: not imported, and the user is told how to include them. */
export function rowsBelowEndNote(count: number, firstRow: number): Localized {
  return {
    en:
      `${count} more non-blank row${count === 1 ? "" : "s"} from row ${firstRow} ${count === 1 ? "was" : "were"} not imported, ` +
      `being below the end of the data. If they belong to the roster, remove the blank rows or totals row above them, or import them separately.`,
    ja:
      `${firstRow}行目以降の${count}行はデータの終わりより下にあるため取り込んでいません。` +
      `名簿の一部であれば、間の空行や合計行を削除するか、別に取り込んでください。`,
  };
}

function rowList(rows: readonly number[], separator: string): string {
  const shown = rows.slice(0, 20).join(separator);
  return rows.length > 20 ? `${shown}${separator}…（${rows.length}）` : shown;
}

// ---- CMBOK ------------------------------------------------------------------------------------

/** What a column marked CMBOK 1.0 accepts. */
export const CMBOK_VALID: Localized = {
  en: "CMBOK 1.0 competency codes or names (e.g. OP-2, スタッフィングとスケジューリング), separated by commas",
  ja: "CMBOK 1.0のコンピテンシーのコードまたは名称（例：OP-2、スタッフィングとスケジューリング）、複数はカンマ区切り",
};

/** An item that is no CMBOK 1.0 code or name. */
export function cmbokUnknownProblem(item: string): Localized {
  return {
    en: `names "${item}", which is not a CMBOK 1.0 competency`,
    ja: `の「${item}」はCMBOK 1.0のコンピテンシーではありません`,
  };
}

/** A 2.0-only code in a column marked CMBOK 1.0. */
export function cmbokOnlyInTwoProblem(code: string): Localized {
  return {
    en: `names ${code}, which is not a CMBOK 1.0 code (it exists only in CMBOK 2.0; is this column already 2.0?)`,
    ja: `の${code}はCMBOK 1.0のコードではありません（CMBOK 2.0にのみあります。この列は既に2.0ではありませんか）`,
  };
}

/** A code and a name that name different competencies: which one was meant cannot be told. */
export function cmbokMismatchProblem(code: string, name: string): Localized {
  return {
    en: `names ${code} with "${name}", which is not that competency's CMBOK 1.0 name`,
    ja: `の${code}と「${name}」が一致しません（CMBOK 1.0の名称と異なります）`,
  };
}

/** A 1.0 competency with no single 2.0 successor: reported, never mapped to a guess. */
export function cmbokDroppedProblem(code: string, nameJa: string, why: string): Localized {
  return {
    en: `names CMBOK 1.0 ${code} ${nameJa}, which no single CMBOK 2.0 competency continues (${why.replace(/\.$/, "")}); choose its 2.0 competency by hand`,
    ja: `のCMBOK 1.0 ${code}「${nameJa}」は、CMBOK 2.0で一つのコンピテンシーに引き継がれていません。2.0のコンピテンシーを手で選んでください`,
  };
}

/** A 1.0 competency renamed or moved in 2.0. */
export function cmbokChangeNote(
  from: { code: string; nameJa: string },
  to: { code: string; nameJa: string },
  change: "renamed" | "moved" | "unchanged",
): Localized {
  const how = {
    renamed: { en: "renamed", ja: "名称変更" },
    moved: { en: "moved", ja: "移動" },
    unchanged: { en: "unchanged", ja: "変更なし" },
  }[change];
  return {
    en: `CMBOK 1.0 ${from.code} ${from.nameJa} is CMBOK 2.0 ${to.code} ${to.nameJa} (${how.en})`,
    ja: `CMBOK 1.0の${from.code}「${from.nameJa}」はCMBOK 2.0の${to.code}「${to.nameJa}」です（${how.ja}）`,
  };
}

// ---- Sheet coordinates ----

/**
 * Sheet coordinates as users read them: column letters ("A", "AB") for columns
 * the report has to point at when their header is blank.
 */

/**
 * The column letter of a 0-based column index.
 * @example columnLetter(0) // => "A"; columnLetter(27) // => "AB"
 */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
