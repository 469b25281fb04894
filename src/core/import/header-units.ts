/**
 * Units written into a header ("年間契約金額（千円）", "経験年数(ヶ月)", "床面積（㎡）").
 * A header's unit lets the header match its roster column, and a unit that differs
 * from the roster's (thousand yen, months) tells how to read the plain numbers below it.
 */
import type { Localized } from "../catalog/types";
import type { RosterColumnKey } from "../roster/columns";
import { foldName } from "../roster/normalize";
import { MONEY_UNIT_EXPONENT, type HeaderUnit } from "../roster/quantities";

export { MONEY_UNIT_EXPONENT, type HeaderUnit };

export const HEADER_UNIT_NAMES: Readonly<Record<HeaderUnit, Localized>> = {
  yen: { en: "yen", ja: "円" },
  "thousand-yen": { en: "thousand yen", ja: "千円" },
  "ten-thousand-yen": { en: "ten thousand yen", ja: "万円" },
  "million-yen": { en: "million yen", ja: "百万円" },
  "hundred-million-yen": { en: "hundred million yen", ja: "億円" },
  years: { en: "years", ja: "年" },
  months: { en: "months", ja: "か月" },
};

interface UnitSuffix {
  /** Folded spelling (foldName) of the unit as it ends a header. */
  readonly suffix: string;
  /** The unit to record; undefined for units that equal the roster's and change nothing. */
  readonly unit?: HeaderUnit;
  readonly keys: readonly RosterColumnKey[];
}

const COUNT_KEYS: readonly RosterColumnKey[] = [
  "projects",
  "complexity",
  "rooms",
  "sites",
  "themes",
  "succession",
];

const SUFFIXES: readonly UnitSuffix[] = [
  ...money(["百万円", "millionyen", "millionjpy", "jpymillion", "jpymillions", "百万"], "million-yen"),
  ...money(["億円", "億", "hundredmillionyen"], "hundred-million-yen"),
  ...money(["万円", "万", "tenthousandyen"], "ten-thousand-yen"),
  ...money(["千円", "thousandyen", "thousandjpy", "jpythousand", "jpythousands", "千"], "thousand-yen"),
  ...money(["円", "yen", "jpy", "¥"], "yen"),
  ...["年", "years", "year", "yrs"].map((suffix) => ({
    suffix,
    unit: "years" as const,
    keys: ["years" as const],
  })),
  ...["ヶ月", "か月", "カ月", "ケ月", "ヵ月", "箇月", "月数", "months", "month"].map((suffix) => ({
    suffix,
    unit: "months" as const,
    keys: ["years" as const],
  })),
  ...["m2", "平米", "平方メートル", "sqm"].map((suffix) => ({ suffix, keys: ["area" as const] })),
  ...["名", "人", "persons", "people"].map((suffix) => ({ suffix, keys: ["staff", "users"] as const })),
  ...["件", "回", "個", "室", "拠点", "箇所", "か所"].map((suffix) => ({ suffix, keys: COUNT_KEYS })),
]
  .map((s) => ({ ...s, suffix: foldName(s.suffix) }))
  .sort((a, b) => b.suffix.length - a.suffix.length);

function money(suffixes: readonly string[], unit: HeaderUnit): UnitSuffix[] {
  return suffixes.map((suffix) => ({ suffix, unit, keys: ["value"] }));
}

export interface SplitHeader {
  /** The folded header without its unit. */
  readonly name: string;
  readonly unit?: HeaderUnit;
  readonly keys: readonly RosterColumnKey[];
}

/**
 * Every way to read a folded header as "name + unit", longest unit first, for the
 * column matcher to try against the roster's names.
 * @example splitHeaderUnit("年間契約金額千円")[0] // => { name: "年間契約金額", unit: "thousand-yen", keys: ["value"] }
 */
export function splitHeaderUnit(folded: string): SplitHeader[] {
  const splits: SplitHeader[] = [];
  for (const s of SUFFIXES) {
    if (folded.length > s.suffix.length && folded.endsWith(s.suffix)) {
      splits.push({
        name: folded.slice(0, -s.suffix.length),
        keys: s.keys,
        ...(s.unit ? { unit: s.unit } : {}),
      });
    }
  }
  return splits;
}

/**
 * The unit a header declares for a roster column, whatever the rest of the header says:
 * used when the user maps a column by hand ("受注額（千円）" -> Contract Value).
 * @example headerUnitFor("受注額（千円）", "value") // => "thousand-yen"
 */
export function headerUnitFor(header: string, key: RosterColumnKey): HeaderUnit | undefined {
  const split = splitHeaderUnit(foldName(header)).find((s) => s.keys.includes(key));
  return split?.unit;
}
