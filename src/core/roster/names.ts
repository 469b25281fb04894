/**
 * Look-ups of categories, fields, roles and scopes by name in English or Japanese,
 * case- and width-insensitive, with "did you mean" for near misses.
 */
import { JOB_CATEGORIES, ROLES, SCOPES, SPECIALTY_FIELDS } from "../catalog/fields";
import type { JobCategoryId, Localized, SpecialtyFieldId } from "../catalog/types";
import { didYouMean, foldName } from "./normalize";

export interface NameTable<T> {
  find(text: string): T | undefined;
  suggest(text: string): string | undefined;
  /** The valid names, for error messages. */
  readonly names: readonly Localized[];
}

function nameTable<T>(
  entries: readonly { value: T; name: Localized; extra?: readonly string[] }[],
): NameTable<T> {
  const byName = new Map<string, T>();
  for (const e of entries) {
    for (const n of [e.name.en, e.name.ja, ...(e.extra ?? [])]) byName.set(foldName(n), e.value);
  }
  const candidates = entries.flatMap((e) => [e.name.en, e.name.ja]);
  // Rosters repeat the same few spellings: remember each raw spelling once folded.
  const byRaw = new Map<string, T | undefined>();
  // The last few spellings seen, compared with ===: a row's name is usually one of them.
  const recentText: string[] = [];
  const recentValue: (T | undefined)[] = [];
  let next = 0;
  const remember = (text: string, value: T | undefined): T | undefined => {
    recentText[next] = text;
    recentValue[next] = value;
    next = (next + 1) & 7;
    return value;
  };
  return {
    find: (text) => {
      for (let i = 0; i < recentText.length; i++) if (recentText[i] === text) return recentValue[i];
      const known = byRaw.get(text);
      if (known !== undefined || byRaw.has(text)) return remember(text, known);
      if (known !== undefined || byRaw.has(text)) return known;
      const found = byName.get(foldName(text));
      if (byRaw.size < 1000) byRaw.set(text, found);
      return remember(text, found);
    },
    suggest: (text) => didYouMean(text, candidates),
    names: entries.map((e) => e.name),
  };
}

export const CATEGORY_NAMES = nameTable<JobCategoryId>(
  JOB_CATEGORIES.map((c) => ({
    value: c.id,
    name: c.name,
    extra: [c.id, c.id === "customer-service" ? "CS" : "ITSM"],
  })),
);

export const FIELD_NAMES = nameTable<SpecialtyFieldId>(
  SPECIALTY_FIELDS.map((f) => ({
    value: f.id,
    name: f.name,
    extra: [
      f.id,
      ...(f.id === "facility-management" ? ["FM", "ファシリティ"] : []),
      ...(f.id === "service-desk" ? ["SD"] : []),
    ],
  })),
);

/** Role ranks: 1 Member, 2 Leader, 3 Responsible. */
export const ROLE_NAMES = nameTable<number>(
  ROLES.map((r) => ({
    value: r.rank,
    name: r.name,
    extra:
      r.id === "responsible"
        ? ["responsible person", "manager", "責任者（マネージャ）"]
        : r.id === "member"
          ? ["担当者"]
          : [],
  })),
);

/** Scope ranks: 1 Specific users, 2 Industry or wide area, 3 Whole industry. */
export const SCOPE_NAMES = nameTable<number>(
  SCOPES.map((s) => ({
    value: s.rank,
    name: s.name,
    extra:
      s.id === "industry-or-wide-area"
        ? ["wide area", "industry", "specific industries", "広域", "業界"]
        : s.id === "whole-industry"
          ? ["whole specific industry", "industry-wide"]
          : ["specific user"],
  })),
);

export function listNames(names: readonly Localized[], lang: "en" | "ja"): string {
  return names.map((n) => n[lang]).join(lang === "en" ? ", " : "、");
}
