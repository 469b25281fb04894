/**
 * Bounded edit distance for close header matches, fast enough for sheets with
 * thousands of columns: only the diagonal band that can stay within the bound is
 * computed, in two reused rows. Same answers as roster/normalize's editDistance.
 */

let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Levenshtein distance of a and b, or max + 1 as soon as it is certain to exceed max.
 * @example typoDistance("specialtyfeild", "specialtyfield", 3) // => 2
 */
export function typoDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > previous.length) {
    previous = new Int32Array(m + 1);
    current = new Int32Array(m + 1);
  }
  const over = max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    current[0] = i <= max ? i : over;
    if (from > 1) current[from - 1] = over;
    let rowMin = current[0] ?? over;
    const ca = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const up = j <= i - 1 + max ? (previous[j] ?? over) : over;
      const v = Math.min(up + 1, (current[j - 1] ?? over) + 1, (previous[j - 1] ?? over) + cost, over);
      current[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (to < m) current[to + 1] = over;
    if (rowMin > max) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[m] ?? over, over);
}
