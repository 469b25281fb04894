/**
 * A field's compiled levels as one flat instruction list: per level, its criteria as
 * comparisons on evidence fields, and size rules as comparisons joined by jumps (no
 * closures, no tree walk). Finding a row's level walks typed arrays and allocates
 * nothing; the criteria objects of rule-set.ts stay for the gap sentences and for
 * callers that inspect a level.
 */
import type { Edition } from "../catalog/types";
import type { Evidence } from "../roster/read-row";
import type { CompiledLevel, KpiCriterion } from "./rule-set";
import type { SizeExpr, SizeVariable } from "./size-rule";

// Instructions. A comparison sets the accumulator; JT/JF jump on it; REQUIRE ends a
// criterion and fails the level when the accumulator is false.
const GE = 0;
const GT = 1;
const LE = 2;
const LT = 3;
const EQ = 4;
const JT = 5;
const JF = 6;
const NOT = 7;
const REQUIRE = 8;
/** A criterion given only as a predicate (not made by compileRules): called. */
const CALL = 9;

// Evidence fields by number (read by `read`); yes/no fields read as 1 or 0.
const ROLE = 0;
const SCOPE = 1;
const PROJECTS = 2;
const YEARS = 3;
const COMPLEXITY = 4;
const ROOMS = 5;
const AREA = 6;
const SITES = 7;
const STAFF = 8;
const VALUE = 9;
const USERS = 10;
const THEMES = 11;
const SUCCESSION = 12;
const INTERNATIONAL = 13;
const MENTORING = 14;

const SIZE_FIELD: Readonly<Record<SizeVariable, number>> = {
  Scope: SCOPE,
  Rooms: ROOMS,
  Area: AREA,
  Sites: SITES,
  Staff: STAFF,
  Value: VALUE,
  Users: USERS,
  Complexity: COMPLEXITY,
};

const CRITERION_FIELD: Readonly<Record<Exclude<KpiCriterion["kind"], "size">, number>> = {
  role: ROLE,
  projects: PROJECTS,
  years: YEARS,
  complexity: COMPLEXITY,
  international: INTERNATIONAL,
  themes: THEMES,
  succession: SUCCESSION,
  mentoring: MENTORING,
};

const COMPARATOR = { ">=": GE, ">": GT, "<=": LE, "<": LT, "=": EQ } as const;

export interface LevelProgram {
  /** The levels it was compiled from, lowest first. */
  readonly compiled: readonly CompiledLevel[];
  /** Level numbers, lowest first (as `compiled`). */
  readonly levels: Int8Array;
  /** Instructions of level i are start[i] .. start[i + 1] - 1. */
  readonly start: Int32Array;
  readonly op: Uint8Array;
  /** The evidence field a comparison reads. */
  readonly field: Uint8Array;
  /** A comparison's constant. */
  readonly value: Float64Array;
  /** A jump's target. */
  readonly target: Int32Array;
  /** Predicates of CALL instructions, by instruction. */
  readonly call: readonly ((e: Evidence) => boolean)[];
  /** 1 where the V3 AP remark attains the level. */
  readonly ap: Uint8Array;
}

/** Compile a field's levels (sorted, lowest first). */
export function compileProgram(levels: readonly CompiledLevel[]): LevelProgram {
  const code = new Emitter();
  const start = new Int32Array(levels.length + 1);
  levels.forEach((level, i) => {
    start[i] = code.length;
    for (const criterion of level.criteria) {
      if (criterion.kind !== "size") code.emit(GE, CRITERION_FIELD[criterion.kind], criterion.required);
      else if (criterion.size) code.expr(criterion.size);
      else code.call(criterion.holds);
      code.emit(REQUIRE);
    }
  });
  start[levels.length] = code.length;
  return {
    compiled: levels,
    levels: Int8Array.from(levels, (l) => l.level),
    start,
    op: Uint8Array.from(code.ops),
    field: Uint8Array.from(code.fields),
    value: Float64Array.from(code.values),
    target: Int32Array.from(code.targets),
    call: code.calls,
    ap: Uint8Array.from(levels, (l) => (l.rule.apQualifies === true ? 1 : 0)),
  };
}

class Emitter {
  readonly ops: number[] = [];
  readonly fields: number[] = [];
  readonly values: number[] = [];
  readonly targets: number[] = [];
  readonly calls: ((e: Evidence) => boolean)[] = [];

  get length(): number {
    return this.ops.length;
  }

  emit(op: number, field = 0, value = 0): number {
    this.ops.push(op);
    this.fields.push(field);
    this.values.push(value);
    this.targets.push(0);
    this.calls.push(NEVER);
    return this.ops.length - 1;
  }

  call(predicate: (e: Evidence) => boolean): void {
    this.calls[this.emit(CALL)] = predicate;
  }

  /** A size expression, short-circuit: `a and b` jumps past b when a is false, `a or b` when a is true. */
  expr(e: SizeExpr): void {
    switch (e.kind) {
      case "cmp":
        this.emit(COMPARATOR[e.op], SIZE_FIELD[e.variable], e.value);
        return;
      case "not":
        this.expr(e.operand);
        this.emit(NOT);
        return;
      default: {
        this.expr(e.left);
        const jump = this.emit(e.kind === "and" ? JF : JT);
        this.expr(e.right);
        this.targets[jump] = this.length;
      }
    }
  }
}

const NEVER = (): boolean => false;

function read(e: Evidence, field: number): number {
  switch (field) {
    case ROLE:
      return e.role;
    case SCOPE:
      return e.scope;
    case PROJECTS:
      return e.projects;
    case YEARS:
      return e.years;
    case COMPLEXITY:
      return e.complexity;
    case ROOMS:
      return e.rooms;
    case AREA:
      return e.area;
    case SITES:
      return e.sites;
    case STAFF:
      return e.staff;
    case VALUE:
      return e.value;
    case USERS:
      return e.users;
    case THEMES:
      return e.themes;
    case SUCCESSION:
      return e.succession;
    case INTERNATIONAL:
      return e.international ? 1 : 0;
    default:
      return e.mentoring ? 1 : 0;
  }
}

/** Whether level i of the program holds for the evidence, criterion by criterion. */
export function criteriaHold(p: LevelProgram, i: number, e: Evidence): boolean {
  const end = p.start[i + 1] as number;
  let acc = true;
  for (let pc = p.start[i] as number; pc < end; pc++) {
    switch (p.op[pc]) {
      case GE:
        acc = read(e, p.field[pc] as number) >= (p.value[pc] as number);
        break;
      case GT:
        acc = read(e, p.field[pc] as number) > (p.value[pc] as number);
        break;
      case LE:
        acc = read(e, p.field[pc] as number) <= (p.value[pc] as number);
        break;
      case LT:
        acc = read(e, p.field[pc] as number) < (p.value[pc] as number);
        break;
      case EQ:
        acc = read(e, p.field[pc] as number) === p.value[pc];
        break;
      case JT:
        if (acc) pc = (p.target[pc] as number) - 1;
        break;
      case JF:
        if (!acc) pc = (p.target[pc] as number) - 1;
        break;
      case NOT:
        acc = !acc;
        break;
      case REQUIRE:
        if (!acc) return false;
        break;
      default:
        acc = (p.call[pc] as (e: Evidence) => boolean)(e);
    }
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
