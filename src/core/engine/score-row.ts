/**
 * Scores one roster row against the KPI rules: the attained level, which criteria
 * held at each level, and what is missing for the next (or a requested) level.
 * Never throws for bad cells: problems come back in `problems`.
 */
import { DEFAULT_EDITION } from "../catalog/fields";
import type { Edition, Lang, Localized } from "../catalog/types";
import { mapHeaders, templateHeaderMap, type HeaderMap } from "../roster/header-map";
import { readEvidence, type Evidence, type RowProblem } from "../roster/read-row";
import { gapMessage, gapSentence, alternativeApMessage, lowLevelReadingMessage } from "./gap-messages";
import { publishedRules } from "./published-rules";
import { attainedLevel, compileProgram } from "./level-program";
import { type CompiledLevel, type KpiCriterion, type RuleSet } from "./rule-set";

export interface ScoreOptions {
  /** Header map of the roster; without it the row is read in the template's column order. */
  readonly headers?: HeaderMap;
  /** Sheet row number, for messages. */
  readonly row?: number | null;
  readonly edition?: Edition;
  /** Level to report gaps for; the next level up when absent. */
  readonly target?: number | null;
  readonly rules?: RuleSet;
  /** Read units written in cells ("35名" as 35); every surface leaves it on (the default). */
  readonly readUnits?: boolean;
}

export interface LevelCheck {
  readonly level: number;
  readonly attained: boolean;
  /** Attained through the V3 AP remark rather than the criteria. */
  readonly viaAp: boolean;
  /** The level's criteria, and whether each held (same order). */
  readonly criteria: readonly KpiCriterion[];
  readonly held: readonly boolean[];
}

export interface Gap {
  readonly criterion: KpiCriterion | null;
  readonly level: number;
  readonly message: Localized;
}

export interface RowScore {
  readonly row: number | null;
  readonly evidence: Evidence;
  readonly edition: Edition;
  /** Highest attained level, 0 when none; null when the row is invalid. */
  readonly level: number | null;
  readonly checks: readonly LevelCheck[];
  /** The level gaps are reported for; null when there is none (top of the field, or invalid row). */
  readonly target: number | null;
  readonly gaps: readonly Gap[];
  readonly problems: readonly RowProblem[];
}

let templateMap: HeaderMap | undefined;

/**
 * Score a row of cells.
 * @example
 *   const headers = mapHeaders(["Specialty Field", "Role", "Projects", "Complexity", "Scope", "Themes"]);
 *   scoreRow(["Hardware", "Member", 1, 2, "Specific users", 1], { headers }).level // => 3
 */
export function scoreRow(cells: readonly unknown[], options: ScoreOptions = {}): RowScore {
  const headers = options.headers ?? (templateMap ??= templateHeaderMap());
  const { evidence, problems } = readEvidence(headers, cells, options.row ?? null, options);
  return scoreEvidence(evidence, problems, options);
}

/** Score evidence already read (the importer and the pane read rows once and score them again on edits). */
export function scoreEvidence(
  evidence: Evidence,
  problems: readonly RowProblem[],
  options: ScoreOptions = {},
): RowScore {
  const edition = options.edition ?? DEFAULT_EDITION;
  const rules = options.rules ?? publishedRules();
  const program = evidence.field === null ? NO_PROGRAM : rules.program(evidence.field, edition);
  let level: number | null = null;
  let target: number | null = null;
  if (problems.length === 0) {
    level = attainedLevel(program, evidence, edition);
    target = chooseTarget(program.levels, level, options.target);
  }
  return new ScoredRow(options.row ?? null, evidence, edition, level, target, problems, program.compiled);
}

const NO_PROGRAM = compileProgram(Object.freeze([]));
const NO_GAPS: readonly Gap[] = Object.freeze([]);

/**
 * The score of a row. The level is found when scoring; the per-level checks and the
 * gaps are worked out when first read, so a writer that needs only the level
 * allocates nothing else.
 */
class ScoredRow implements RowScore {
  private cachedChecks: readonly LevelCheck[] | undefined;
  private cachedGaps: readonly Gap[] | undefined;
  constructor(
    readonly row: number | null,
    readonly evidence: Evidence,
    readonly edition: Edition,
    readonly level: number | null,
    readonly target: number | null,
    readonly problems: readonly RowProblem[],
    private readonly levels: readonly CompiledLevel[],
  ) {}

  get checks(): readonly LevelCheck[] {
    return (this.cachedChecks ??= this.levels.map((lvl) => checkLevel(lvl, this.evidence, this.edition)));
  }

  get gaps(): readonly Gap[] {
    if (this.cachedGaps === undefined) {
      const { target, level } = this;
      this.cachedGaps =
        target === null || level === null
          ? NO_GAPS
          : gapsFor(this.levels, target, level, this.edition, this.evidence);
    }
    return this.cachedGaps;
  }

  /**
   * The gaps' messages in one language, in the same order, without the Gap objects (the
   * command line writes a million rows' sentences and needs nothing else).
   */
  gapLines(lang: Lang): string[] {
    const { target, level } = this;
    if (this.cachedGaps !== undefined || target === null || level === null)
      return this.gaps.map((g) => g.message[lang]);
    const lines: string[] = [];
    const compiled = levelOf(this.levels, target);
    if (!compiled || level >= target) return lines;
    for (const criterion of compiled.criteria)
      if (!criterion.holds(this.evidence)) lines.push(gapSentence(criterion, this.evidence, lang));
    for (const note of gapNotes(compiled, target, this.edition)) lines.push(note[lang]);
    return lines;
  }

  /** Plain data, as before checks and gaps were lazy. */
  toJSON(): RowScore {
    const { row, evidence, edition, level, checks, target, gaps, problems } = this;
    return { row, evidence, edition, level, checks, target, gaps, problems };
  }
}

function checkLevel(lvl: CompiledLevel, e: Evidence, edition: Edition): LevelCheck {
  let all = true;
  const held = new Array<boolean>(lvl.criteria.length);
  for (let i = 0; i < lvl.criteria.length; i++) {
    const ok = (lvl.criteria[i] as KpiCriterion).holds(e);
    held[i] = ok;
    if (!ok) all = false;
  }
  const viaAp = !all && edition === "V3" && lvl.rule.apQualifies === true && e.ap;
  return { level: lvl.level, attained: all || viaAp, viaAp, criteria: lvl.criteria, held };
}

/** The requested level when the field has it, else the next level up; null when there is none. */
function chooseTarget(
  levels: Int8Array,
  attained: number,
  requested: number | null | undefined,
): number | null {
  const wanted = requested ?? null;
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as number;
    if (wanted === null ? level > attained : level === wanted) return level;
  }
  return null;
}

function gapsFor(
  levels: readonly CompiledLevel[],
  target: number,
  attained: number,
  edition: Edition,
  evidence: Evidence,
): Gap[] {
  const compiled = levelOf(levels, target);
  if (!compiled || attained >= target) return [];
  const gaps: Gap[] = [];
  for (const criterion of compiled.criteria) {
    if (!criterion.holds(evidence))
      gaps.push({ criterion, level: target, message: gapMessage(criterion, evidence) });
  }
  for (const message of gapNotes(compiled, target, edition))
    gaps.push({ criterion: null, level: target, message });
  return gaps;
}

function levelOf(levels: readonly CompiledLevel[], level: number): CompiledLevel | undefined {
  for (const l of levels) if (l.level === level) return l;
  return undefined;
}

const NO_NOTES: readonly Localized[] = Object.freeze([]);

/** What follows the unmet criteria of a target level: the AP route (V3), the low levels' reading. */
function gapNotes(compiled: CompiledLevel, target: number, edition: Edition): readonly Localized[] {
  const ap = compiled.rule.apQualifies === true && edition === "V3";
  const low = target <= 2;
  if (!ap && !low) return NO_NOTES;
  const notes: Localized[] = [];
  if (ap) notes.push(alternativeApMessage(target));
  if (low) notes.push(lowLevelReadingMessage(target, compiled.criteria));
  return notes;
}

/** A row's gap messages in one language (the messages of RowScore.gaps), without building the gaps when it can. */
export function gapLines(score: RowScore, lang: Lang): string[] {
  return score instanceof ScoredRow ? score.gapLines(lang) : score.gaps.map((g) => g.message[lang]);
}

/** Header map helper re-exported for callers that only import the engine. */
export { mapHeaders };
