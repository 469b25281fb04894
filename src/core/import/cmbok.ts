/**
 * CMBOK 1.0 competencies (codes or names) written as CMBOK 2.0 codes, for skill
 * sheets kept against the older body of knowledge. Every change is said: a renamed
 * or moved competency gets a note; one that 2.0 dropped is reported, never mapped
 * to a guess. Only for columns the user marks as CMBOK 1.0: 2.0 reuses some codes
 * for other subjects (ST-5, OP-8, AR-4), so a code alone cannot tell its version.
 */
import { CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "../catalog";
import type { CmbokCompetency, Localized } from "../catalog/types";
import { cellText, didYouMean, foldName, isBlank } from "../roster/normalize";
import {
  CMBOK_VALID,
  cmbokChangeNote,
  cmbokDroppedProblem,
  cmbokMismatchProblem,
  cmbokOnlyInTwoProblem,
  cmbokUnknownProblem,
} from "./messages";
import type { Normalised } from "./normalise-cell";
import { splitCmbokCode } from "../catalog/cmbok-code";

/** What became of a CMBOK 1.0 competency in 2.0. */
export type CmbokUpgrade =
  | { readonly kind: "continued"; readonly from: CmbokCompetency; readonly to: CmbokCompetency }
  | { readonly kind: "dropped"; readonly from: CmbokCompetency; readonly why: string };

/** Every CMBOK 1.0 code and what it became in 2.0. */
export const CMBOK_UPGRADES: ReadonlyMap<string, CmbokUpgrade> = (() => {
  const map = new Map<string, CmbokUpgrade>();
  for (const from of CMBOK_COMPETENCIES.filter((c) => c.version === "1.0")) {
    const to = CMBOK_COMPETENCIES.find((c) => c.version === "2.0" && c.from === from.code);
    const dropped = CMBOK_DROPPED_FROM_1_0.find((d) => d.code === from.code);
    if (to) map.set(from.code, { kind: "continued", from, to });
    else
      map.set(from.code, { kind: "dropped", from, why: dropped?.note ?? "no 2.0 competency continues it" });
  }
  return map;
})();

/**
 * Normalises a cell of CMBOK 1.0 competencies, one or several separated by commas,
 * 「、」, semicolons or line breaks, to their CMBOK 2.0 codes joined by ", ".
 * @example normaliseCmbokCompetency("OP-2").value // => "OP-3" (renamed; with a note)
 * @example normaliseCmbokCompetency("AR-4").ok // => false (dropped in 2.0)
 */
export function normaliseCmbokCompetency(raw: unknown): Normalised {
  if (isBlank(raw)) return { ok: true, value: null };
  const text = cellText(raw);
  const items = text
    .normalize("NFKC")
    .split(/[,、;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const codes: string[] = [];
  const notes: Localized[] = [];
  for (let i = 0; i < items.length;) {
    // A name may hold a separator itself ("Proactive, Positive Attitude"): try the longest run of items first.
    let found: Found | undefined;
    let used = 1;
    for (let n = Math.min(MAX_ITEMS_IN_A_NAME, items.length - i); n >= 1; n--) {
      const attempt = findOneZero(items.slice(i, i + n).join(", "));
      if (attempt.ok || n === 1) {
        found = attempt;
        used = n;
        break;
      }
    }
    i += used;
    if (!found || !found.ok) return found?.problem ?? problem(cmbokUnknownProblem(text));
    const upgrade = CMBOK_UPGRADES.get(found.code);
    if (!upgrade) return problem(cmbokUnknownProblem(found.code));
    if (upgrade.kind === "dropped") {
      return problem(cmbokDroppedProblem(upgrade.from.code, upgrade.from.nameJa, upgrade.why));
    }
    codes.push(upgrade.to.code);
    const change = upgrade.to.change;
    if (change === "renamed" || change === "moved")
      notes.push(cmbokChangeNote(upgrade.from, upgrade.to, change));
  }
  const value = codes.join(", ");
  if (notes.length === 0) return { ok: true, value };
  return {
    ok: true,
    value,
    note: { en: notes.map((n) => n.en).join("; "), ja: notes.map((n) => n.ja).join("；") },
  };
}

/** Separators a single competency name can contain, plus one. */
const MAX_ITEMS_IN_A_NAME = 3;

type Found = { ok: true; code: string } | { ok: false; problem: Normalised };

/** The CMBOK 1.0 code an item names, by code ("op-2", "OP－2", "OP-2 スタッフィング…") or by name. */
function findOneZero(item: string): Found {
  const code = splitCmbokCode(item);
  if (code) {
    const wanted = code.code;
    const name = code.rest.trim();
    const one = ONE_ZERO_BY_CODE.get(wanted);
    if (!one) {
      const onlyTwo = CMBOK_COMPETENCIES.some((c) => c.version === "2.0" && c.code === wanted);
      return {
        ok: false,
        problem: problem(onlyTwo ? cmbokOnlyInTwoProblem(wanted) : cmbokUnknownProblem(item)),
      };
    }
    if (name !== "" && !sameName(name, one)) {
      return { ok: false, problem: problem(cmbokMismatchProblem(wanted, name)) };
    }
    return { ok: true, code: wanted };
  }
  const byName = ONE_ZERO_BY_NAME.get(foldName(item));
  if (byName) return { ok: true, code: byName.code };
  const suggestion = didYouMean(item, ONE_ZERO_NAMES);
  return { ok: false, problem: problem(cmbokUnknownProblem(item), suggestion) };
}

function sameName(name: string, competency: CmbokCompetency): boolean {
  const folded = foldName(name);
  return folded === foldName(competency.nameJa) || folded === foldName(competency.nameEn);
}

function problem(what: Localized, suggestion?: string): Normalised {
  return { ok: false, problem: what, valid: CMBOK_VALID, ...(suggestion ? { suggestion } : {}) };
}

const ONE_ZERO = CMBOK_COMPETENCIES.filter((c) => c.version === "1.0");
const ONE_ZERO_BY_CODE: ReadonlyMap<string, CmbokCompetency> = new Map(ONE_ZERO.map((c) => [c.code, c]));
const ONE_ZERO_BY_NAME: ReadonlyMap<string, CmbokCompetency> = new Map(
  ONE_ZERO.flatMap((c) => [[foldName(c.nameJa), c] as const, [foldName(c.nameEn), c] as const]),
);
const ONE_ZERO_NAMES: readonly string[] = ONE_ZERO.flatMap((c) => [c.nameJa, c.nameEn]);
