/**
 * The placement rule every import mapping shares (roster, Skills): exact and alias
 * matches are placed before close ones; within a tier the first column wins, and a
 * later column for a taken target stays an extra column, so no data is read twice.
 */
export type MatchTier = "exact" | "alias" | "close";

export type Placement<K> =
  | { readonly target: K; readonly confidence: MatchTier }
  | { readonly target: "extra"; readonly duplicateOf?: { readonly key: K; readonly index: number } };

export function assignColumns<K>(
  matches: readonly ({ readonly key: K; readonly confidence: MatchTier } | undefined)[],
): Placement<K>[] {
  const placements: Placement<K>[] = matches.map(() => ({ target: "extra" }));
  const owner = new Map<K, number>();
  for (const tier of [["exact", "alias"], ["close"]] as const) {
    matches.forEach((match, index) => {
      if (!match || !(tier as readonly MatchTier[]).includes(match.confidence)) return;
      const taken = owner.get(match.key);
      if (taken !== undefined) {
        placements[index] = { target: "extra", duplicateOf: { key: match.key, index: taken } };
        return;
      }
      owner.set(match.key, index);
      placements[index] = { target: match.key, confidence: match.confidence };
    });
  }
  return placements;
}
