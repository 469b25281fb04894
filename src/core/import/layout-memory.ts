/**
 * Remembered mappings: HR imports the same export every quarter, so a mapping the
 * user confirmed is kept per source layout and offered again. The layout signature
 * is a stable string from the folded headers, in order; the store is JSON with a
 * version field, checked with zod when read back. Where it is stored is the pane's.
 */
import * as z from "zod/mini";
import type { Localized } from "../catalog/types";
import { ROSTER_COLUMN_KEYS } from "../roster/columns";
import { foldName } from "../roster/normalize";
import { overrideColumns, type ColumnMapping, type ColumnOverride, type ColumnTarget } from "./map-columns";

export const REMEMBERED_MAPPINGS_VERSION = 1;
/** Layouts kept, most recent first; older ones are forgotten. */
export const MAX_REMEMBERED_LAYOUTS = 50;

export interface RememberedLayout {
  readonly signature: string;
  /** Folded headers of the layout, to tell layouts apart should two signatures ever collide. */
  readonly headers: readonly string[];
  /** Target of each source column, in source order. */
  readonly targets: readonly ColumnTarget[];
  /** Source columns converted from CMBOK 1.0. */
  readonly cmbok: readonly number[];
}

export interface RememberedMappings {
  readonly version: typeof REMEMBERED_MAPPINGS_VERSION;
  readonly layouts: readonly RememberedLayout[];
}

export const NO_REMEMBERED_MAPPINGS: RememberedMappings = Object.freeze({
  version: REMEMBERED_MAPPINGS_VERSION,
  layouts: Object.freeze([]),
});

/**
 * A stable signature of a source layout: the same headers in the same order give the
 * same signature whatever their case, width, spacing or punctuation, and whatever
 * blank columns trail them; a different order gives a different signature.
 * @example layoutSignature(["Employee ID", "氏名"]) === layoutSignature(["employee_id", " 氏名 "]) // => true
 */
export function layoutSignature(headers: readonly string[]): string {
  const folded = layoutHeaders(headers);
  const joined = folded.join("\u001f");
  return `layout-v1:${folded.length}:${fnv1a(joined, 0x811c9dc5)}${fnv1a(joined, 0x01000193 ^ 0x5bd1e995)}`;
}

/** Remembers the mapping for its layout, replacing an older one, most recent first. */
export function rememberMapping(store: RememberedMappings, mapping: ColumnMapping): RememberedMappings {
  const headers = layoutHeaders(mapping.columns.map((c) => c.header));
  const signature = layoutSignature(headers);
  const layout: RememberedLayout = {
    signature,
    headers,
    targets: mapping.columns.map((c) => c.target),
    cmbok: mapping.columns.filter((c) => c.cmbok === true).map((c) => c.index),
  };
  const others = store.layouts.filter((l) => !sameLayout(l, signature, headers));
  return {
    version: REMEMBERED_MAPPINGS_VERSION,
    layouts: [layout, ...others].slice(0, MAX_REMEMBERED_LAYOUTS),
  };
}

/**
 * The mapping with the remembered choices for its layout applied, or undefined when
 * this layout was never remembered. Columns the layout did not have keep their
 * automatic mapping.
 */
export function recallMapping(store: RememberedMappings, mapping: ColumnMapping): ColumnMapping | undefined {
  const headers = layoutHeaders(mapping.columns.map((c) => c.header));
  const signature = layoutSignature(headers);
  const layout = store.layouts.find((l) => sameLayout(l, signature, headers));
  if (!layout) return undefined;
  const cmbok = new Set(layout.cmbok);
  const overrides: ColumnOverride[] = layout.targets.map((target, index) => ({
    index,
    target,
    ...(cmbok.has(index) ? { cmbok: true } : {}),
  }));
  return overrideColumns(mapping, overrides, "remembered");
}

/** The store as JSON, for the pane to keep (for example in the workbook's settings). */
export function serialiseRememberedMappings(store: RememberedMappings): string {
  return JSON.stringify(store);
}

export type ParsedMappings =
  | { readonly ok: true; readonly store: RememberedMappings }
  | { readonly ok: false; readonly message: Localized };

/**
 * Reads a stored JSON back. Anything that is not a valid store of this version is
 * refused with a message rather than half-applied: a stale mapping could put a
 * column's data under the wrong heading.
 */
export function parseRememberedMappings(json: string): ParsedMappings {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: UNREADABLE };
  }
  const parsed = STORE_SCHEMA.safeParse(data);
  if (!parsed.success) {
    const version = (data as { version?: unknown } | null)?.version;
    return {
      ok: false,
      message: version !== REMEMBERED_MAPPINGS_VERSION ? wrongVersion(version) : UNREADABLE,
    };
  }
  return { ok: true, store: parsed.data };
}

const TARGETS: readonly string[] = [...ROSTER_COLUMN_KEYS, "extra"];

// zod/mini, as the rules table uses: full zod here would pull all of zod's core into the
// chunk shared with the functions (a module's used exports are the union of its importers').
const LAYOUT_SCHEMA = z.pipe(
  z
    .object({
      signature: z.string().check(z.minLength(1)),
      headers: z.array(z.string()),
      targets: z.array(z.string().check(z.refine((t) => TARGETS.includes(t), "unknown column"))),
      cmbok: z.array(z.int().check(z.nonnegative())),
    })
    .check(z.refine((l) => l.signature === layoutSignature(l.headers), "signature does not match headers")),
  z.transform((l) => l as RememberedLayout),
);

const STORE_SCHEMA = z.object({
  version: z.literal(REMEMBERED_MAPPINGS_VERSION),
  layouts: z.array(LAYOUT_SCHEMA).check(z.maxLength(MAX_REMEMBERED_LAYOUTS)),
});

const UNREADABLE: Localized = {
  en: "The remembered column mappings cannot be read; they are ignored and columns are matched by name.",
  ja: "記憶した列の対応付けを読み取れません。無視して列名で対応付けます。",
};

function wrongVersion(version: unknown): Localized {
  return {
    en: `The remembered column mappings are of another version (${String(version)}); they are ignored and columns are matched by name.`,
    ja: `記憶した列の対応付けは別の版（${String(version)}）のため、無視して列名で対応付けます。`,
  };
}

function layoutHeaders(headers: readonly string[]): string[] {
  const folded = headers.map((h) => foldName(h));
  let end = folded.length;
  while (end > 0 && folded[end - 1] === "") end--;
  return folded.slice(0, end);
}

function sameLayout(layout: RememberedLayout, signature: string, headers: readonly string[]): boolean {
  return (
    layout.signature === signature &&
    layout.headers.length === headers.length &&
    layout.headers.every((h, i) => h === headers[i])
  );
}

/** FNV-1a, 32 bits, as 8 hex digits; two seeds give a 64-bit signature. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
