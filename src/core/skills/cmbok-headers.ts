/**
 * Recognises CMBOK competency columns by header: a code ("OP-2", "ＯＰ－２", "OP2"),
 * the competency's Japanese or English name, or both ("OP-2 スタッフィングと
 * スケジューリング"). Codes are read in one CMBOK version: 2.0 reuses several 1.0
 * codes for other subjects (1.0 OP-8 is Business Process Audit, 2.0 OP-8 Learning
 * Organisation), so the sheet's version decides what "OP-8" means.
 */
import { CMBOK_COMPETENCIES } from "../catalog";
import type { CmbokCompetency, CmbokVersion } from "../catalog/types";
import { foldName } from "../roster/normalize";
import { safeText } from "./rating";
import { splitCmbokCode } from "../catalog/cmbok-code";

/** What a header names; the non-competency kinds let callers report rather than guess. */
export type CompetencyHeader =
  /** The header names a competency of the version. */
  | { readonly kind: "competency"; readonly competency: CmbokCompetency }
  /** A code of the version followed by a name that is not that competency's. */
  | { readonly kind: "name-mismatch"; readonly competency: CmbokCompetency; readonly header: string }
  /** Looks like a CMBOK code but the version has no such competency. */
  | { readonly kind: "unknown-code"; readonly code: string; readonly header: string }
  /** Not a competency column (Employee ID, Name, comments). */
  | { readonly kind: "other" };

const PREFIXES = new Set(CMBOK_COMPETENCIES.map((c) => c.code.split("-")[0]));

interface VersionIndex {
  readonly byCode: ReadonlyMap<string, CmbokCompetency>;
  readonly byName: ReadonlyMap<string, CmbokCompetency>;
}

const INDEX: Readonly<Record<CmbokVersion, VersionIndex>> = {
  "1.0": indexOf("1.0"),
  "2.0": indexOf("2.0"),
};

function indexOf(version: CmbokVersion): VersionIndex {
  const competencies = CMBOK_COMPETENCIES.filter((c) => c.version === version);
  return {
    byCode: new Map(competencies.map((c) => [c.code, c])),
    byName: new Map(
      competencies.flatMap((c) => [[foldName(c.nameJa), c] as const, [foldName(c.nameEn), c] as const]),
    ),
  };
}

/**
 * What a header names in a sheet of the given CMBOK version.
 * @example
 *   readCompetencyHeader("OP-8", "1.0")                           // => 1.0 OP-8 業務プロセス監査
 *   readCompetencyHeader("OP-2 スタッフィングとスケジューリング", "1.0") // => 1.0 OP-2
 */
export function readCompetencyHeader(header: unknown, version: CmbokVersion): CompetencyHeader {
  const text = safeText(header).normalize("NFKC").trim();
  if (text === "") return OTHER;
  const index = INDEX[version];
  const coded = splitCmbokCode(text);
  if (coded && PREFIXES.has(coded.prefix)) {
    const code = coded.code;
    const competency = index.byCode.get(code);
    if (!competency) return { kind: "unknown-code", code, header: text };
    const name = foldName(coded.rest);
    if (name === "" || name === foldName(competency.nameJa) || name === foldName(competency.nameEn))
      return { kind: "competency", competency };
    return { kind: "name-mismatch", competency, header: text };
  }
  const named = index.byName.get(foldName(text));
  return named ? { kind: "competency", competency: named } : OTHER;
}

const OTHER: CompetencyHeader = Object.freeze({ kind: "other" });
