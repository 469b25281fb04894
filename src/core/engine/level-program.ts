/**
 * A field's compiled levels as a flat predicate list: per criterion a kind code, a
 * threshold and (for size) a predicate built once from the rule's expression. Finding
 * a row's level walks these arrays and allocates nothing; the criteria objects of
 * rule-set.ts stay for the gap sentences and for callers that inspect a level.
 */
import type { Edition } from "../catalog/types";
import type { Evidence } from "../roster/read-row";
import type { CompiledLevel, CriterionKind } from "./rule-set";
import type { SizeExpr, SizeVariable } from "./size-rule";

const KIND_CODE: Readonly<Record<CriterionKind, number>> = {
  role: 0,
  projects: 1,
  years: 2,
  complexity: 3,
  international: 4,
  size: 5,
  themes: 6,
  succession: 7,
  mentoring: 8,
};

type Predicate = (e: Evidence) => boolean;

export interface LevelProgram {
  /** Level numbers, lowest first (as CompiledLevel[]). */
  readonly levels: Int8Array;
  /** Criteria of level i are start[i] .. start[i + 1] - 1. */
  readonly start: Int32Array;
  readonly kind: Uint8Array;
  readonly threshold: Float64Array;
  /** Size predicates by criterion index (undefined for other kinds). */
  readonly size: readonly (Predicate | undefined)[];
  /** 1 where the V3 AP remark attains the level. */
  readonly ap: Uint8Array;
}

const programs = new WeakMap<readonly CompiledLevel[], LevelProgram>();

/** The program of a field's levels, compiled on first use and kept with the levels. */
export function levelProgram(levels: readonly CompiledLevel[]): LevelProgram {
  let program = programs.get(levels);
  if (!program) programs.set(levels, (program = compileProgram(levels)));
  return program;
}

function compileProgram(levels: readonly CompiledLevel[]): LevelProgram {
  const count = levels.reduce((n, l) => n + l.criteria.length, 0);
  const program = {
    levels: new Int8Array(levels.length),
    start: new Int32Array(levels.length + 1),
    kind: new Uint8Array(count),
    threshold: new Float64Array(count),
    size: new Array<Predicate | undefined>(count).fill(undefined),
    ap: new Uint8Array(levels.length),
  };
  let c = 0;
  levels.forEach((level, i) => {
    program.levels[i] = level.level;
    program.start[i] = c;
    program.ap[i] = level.rule.apQualifies === true ? 1 : 0;
    for (const criterion of level.criteria) {
      program.kind[c] = KIND_CODE[criterion.kind];
      program.threshold[c] = criterion.required;
      if (criterion.kind === "size")
        program.size[c] = criterion.size ? sizePredicate(criterion.size) : criterion.holds;
      c++;
    }
  });
  program.start[levels.length] = c;
  return program;
}

/** Whether level i of the program holds for the evidence, criterion by criterion. */
export function criteriaHold(p: LevelProgram, i: number, e: Evidence): boolean {
  const end = p.start[i + 1] as number;
  for (let c = p.start[i] as number; c < end; c++) {
    const t = p.threshold[c] as number;
    let ok: boolean;
    switch (p.kind[c]) {
      case 0:
        ok = e.role >= t;
        break;
      case 1:
        ok = e.projects >= t;
        break;
      case 2:
        ok = e.years >= t;
        break;
      case 3:
        ok = e.complexity >= t;
        break;
      case 4:
        ok = e.international;
        break;
      case 5:
        ok = (p.size[c] as Predicate)(e);
        break;
      case 6:
        ok = e.themes >= t;
        break;
      case 7:
        ok = e.succession >= t;
        break;
      default:
        ok = e.mentoring;
    }
    if (!ok) return false;
  }
  return true;
}

/** Whether level i is attained: its criteria hold, or (V3) the AP remark attains it. */
export function attains(p: LevelProgram, i: number, e: Evidence, edition: Edition): boolean {
  return criteriaHold(p, i, e) || (p.ap[i] === 1 && edition === "V3" && e.ap);
}

/** The highest attained level, 0 when none. */
export function attainedLevel(p: LevelProgram, e: Evidence, edition: Edition): number {
  // Levels are sorted: the first attained from the top is the highest.
  for (let i = p.levels.length - 1; i >= 0; i--) if (attains(p, i, e, edition)) return p.levels[i] as number;
  return 0;
}

/** A size expression as nested closures over its constants: built once per rule. */
function sizePredicate(expr: SizeExpr): Predicate {
  switch (expr.kind) {
    case "and": {
      const a = sizePredicate(expr.left);
      const b = sizePredicate(expr.right);
      return (e) => a(e) && b(e);
    }
    case "or": {
      const a = sizePredicate(expr.left);
      const b = sizePredicate(expr.right);
      return (e) => a(e) || b(e);
    }
    case "not": {
      const a = sizePredicate(expr.operand);
      return (e) => !a(e);
    }
    case "cmp": {
      const read = READ[expr.variable];
      const v = expr.value;
      switch (expr.op) {
        case ">=":
          return (e) => read(e) >= v;
        case ">":
          return (e) => read(e) > v;
        case "<=":
          return (e) => read(e) <= v;
        case "<":
          return (e) => read(e) < v;
        default:
          return (e) => read(e) === v;
      }
    }
  }
}

const READ: Readonly<Record<SizeVariable, (e: Evidence) => number>> = {
  Scope: (e) => e.scope,
  Rooms: (e) => e.rooms,
  Area: (e) => e.area,
  Sites: (e) => e.sites,
  Staff: (e) => e.staff,
  Value: (e) => e.value,
  Users: (e) => e.users,
  Complexity: (e) => e.complexity,
};
