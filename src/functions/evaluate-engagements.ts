/**
 * The ledger arguments of HR.ITSSLEVEL and HR.ITSSGAP, and HR.ITSSEVIDENCE (issue 15).
 * Each call gets one person's engagements (the pane writes
 * FILTER(Engagements, Engagements[Employee ID]=[@[Employee ID]], "")) and the ledger's
 * header row, so a call's arguments stay a few KB whatever the ledger's size.
 */
import type { Lang } from "../core/catalog/types";
import {
  engagementVerdicts,
  formatDay,
  mapEngagementHeaders,
  parseDate,
  personOfField,
  readEngagements,
  scoreEngagements,
  templateEngagementHeaders,
  dayOf,
  type Day,
  type EngagementHeaderMap,
  type EngagementScore,
  type Engagement,
} from "../core/engagements";
import { readEvidence } from "../core/roster/read-row";
import { cellText, isBlank } from "../core/roster/normalize";
import { argumentReaders as A } from "./evaluate";

type Matrix = readonly (readonly unknown[])[];

/** The ledger arguments as Excel passes them; `engagements` null when omitted. */
export interface LedgerArgs {
  readonly engagements: Matrix | null | undefined;
  readonly headers: Matrix | null | undefined;
  readonly asOf: unknown;
}

/** Was the ledger argument given? (An omitted optional argument arrives as null or undefined.) */
export function hasLedger(engagements: unknown): engagements is Matrix {
  return Array.isArray(engagements);
}

const headerMaps = new Map<string, EngagementHeaderMap>();
let templateMap: EngagementHeaderMap | undefined;

function ledgerHeaderMap(
  headers: Matrix | null | undefined,
  width: number,
  anyRows: boolean,
): EngagementHeaderMap {
  if (headers === null || headers === undefined || (Array.isArray(headers) && headers.length === 0))
    return (templateMap ??= mapEngagementHeaders(templateEngagementHeaders()));
  const cells = A.singleRow(headers, "engagementHeaders");
  if (anyRows && cells.length !== width) {
    throw A.valueError(
      `engagementHeaders has ${cells.length} columns but engagements has ${width}; pass the Engagements header row (Engagements[#Headers]) with the whole rows`,
    );
  }
  const key = cells.map(cellText).join("\u0001");
  let map = headerMaps.get(key);
  if (!map) {
    map = mapEngagementHeaders(cells);
    if (headerMaps.size > 50) headerMaps.clear();
    headerMaps.set(key, map);
  }
  return map;
}

/** One person's engagements from the argument; blank rows (FILTER's "" when nobody matches) are none. */
function readLedger(args: LedgerArgs): readonly Engagement[] {
  const rows = (args.engagements ?? []) as Matrix;
  const nonBlank = rows.some((r) => r.some((c) => !isBlank(c) && c !== 0));
  const width = rows[0]?.length ?? 0;
  const map = ledgerHeaderMap(args.headers, width, nonBlank);
  return readEngagements(map, nonBlank ? rows : [], { numbering: "engagement" }).engagements;
}

function today(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The day ongoing engagements end on: the asOf argument (TODAY() in the pane's formulas), or today. */
export function readAsOf(asOf: unknown): Day {
  if (isBlank(asOf) || asOf === 0) return today();
  const parsed = parseDate(asOf, "end");
  if (!parsed.ok)
    throw A.valueError(
      `asOf "${cellText(asOf)}" is not a date; pass TODAY() or a date, or leave it empty for today`,
    );
  return parsed.day;
}

function scorePerson(
  row: Matrix,
  headers: Matrix | null,
  rules: Matrix | null,
  edition: unknown,
  target: number | null,
  ledger: LedgerArgs,
  explain = true,
): EngagementScore {
  const cells = A.singleRow(row, "row");
  const map = A.headerMapFor(headers, cells.length);
  const { evidence, problems } = readEvidence(map, A.hostCells(cells, map), null);
  const score = scoreEngagements(evidence, problems, readLedger(ledger), {
    edition: A.readEdition(edition),
    rules: A.ruleSetFor(rules),
    target,
    asOf: readAsOf(ledger.asOf),
    explain,
  });
  if (score.level === null) throw A.valueError(score.problems.map((p) => p.message[A.lang()]).join(" "));
  return score;
}

export function itssLevelFromLedger(
  row: Matrix,
  headers: Matrix | null,
  rules: Matrix | null,
  edition: unknown,
  ledger: LedgerArgs,
): number {
  return scorePerson(row, headers, rules, edition, null, ledger, false).level as number;
}

export function itssGapFromLedger(
  row: Matrix,
  headers: Matrix | null,
  target: unknown,
  rules: Matrix | null,
  edition: unknown,
  lang: unknown,
  ledger: LedgerArgs,
): string {
  const language = A.readLang(lang);
  const wanted = isBlank(target) || target === 0 ? null : A.readLevel(target, "target");
  const score = scorePerson(row, headers, rules, edition, wanted, ledger);
  if (wanted !== null && score.target === null && score.evidence.field)
    throw A.valueError(A.levelNotDefined(score.evidence.field, wanted, language));
  return score.gaps.map((g) => g[language]).join("\n");
}

const EVIDENCE_HEADERS = {
  en: ["Engagement", "Start", "End", "Own level", "Qualifies", "Why", "Evidence"],
  ja: ["案件", "開始", "終了", "案件のレベル", "該当", "理由", "根拠"],
} as const;

/** HR.ITSSEVIDENCE: each engagement against a level, with whether it qualifies and why (spills). */
export function itssEvidence(
  engagements: Matrix,
  headers: Matrix | null,
  level: unknown,
  field: unknown,
  rules: Matrix | null,
  edition: unknown,
  lang: unknown,
  asOf: unknown,
): (string | number | boolean)[][] {
  const language: Lang = A.readLang(lang);
  const wanted = A.readLevel(level, "level");
  const list = readLedger({ engagements, headers, asOf });
  const fieldId = isBlank(field) || field === 0 ? fieldOfEngagements(list) : A.readField(null, field);
  const verdicts = engagementVerdicts(personOfField(fieldId), list, wanted, {
    edition: A.readEdition(edition),
    rules: A.ruleSetFor(rules),
    asOf: readAsOf(asOf),
  });
  if (verdicts === null) throw A.valueError(A.levelNotDefined(fieldId, wanted, language));
  const header: (string | number | boolean)[] = [...EVIDENCE_HEADERS[language]];
  if (verdicts.length === 0)
    return [header, ["", "", "", "", "", language === "en" ? "No engagements" : "案件がありません", ""]];
  const ongoing = language === "en" ? "ongoing" : "継続中";
  return [
    header,
    ...verdicts.map((v) => [
      v.engagement.name,
      v.engagement.start === null ? "" : formatDay(v.engagement.start),
      v.engagement.end === null ? ongoing : formatDay(v.engagement.end),
      v.ownLevel,
      v.qualifies,
      v.why[language],
      v.engagement.evidence,
    ]),
  ];
}

function fieldOfEngagements(list: readonly Engagement[]) {
  const fields = new Set(list.map((e) => e.field).filter((f) => f !== null));
  const [only] = fields;
  if (fields.size === 1 && only) return only;
  throw A.valueError(
    fields.size === 0
      ? "field is empty and the engagements name no Specialty Field; give the person's field"
      : "the engagements name several Specialty Fields; give the person's field",
  );
}
