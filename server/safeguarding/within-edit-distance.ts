/**
 * Whether `pattern` is within `max` edits of `text` (Damerau-Levenshtein, optimal string
 * alignment: insert, delete, substitute, swap two neighbours). With `freeStart` the pattern may
 * begin anywhere in the text, with `freeEnd` it may end anywhere: that is how a stem ("kill*"),
 * a suffix ("*ضربني") or an infix matches with a typo. Inputs are arrays of code points.
 */
export function withinEditDistance(
  pattern: readonly string[],
  text: readonly string[],
  max: number,
  freeStart: boolean,
  freeEnd: boolean,
): boolean {
  const m = pattern.length;
  const n = text.length;
  if (!freeStart && !freeEnd && Math.abs(m - n) > max) return false;
  if (n < m - max) return false;

  let before = new Array<number>(n + 1).fill(0); // row i-2
  let previous = Array.from({ length: n + 1 }, (_, j) => (freeStart ? 0 : j)); // row i-1
  let current = new Array<number>(n + 1).fill(0);

  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && pattern[i - 1] === text[j - 2] && pattern[i - 2] === text[j - 1]) {
        best = Math.min(best, before[j - 2]! + 1);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Row minima never fall again, so once every cell is over budget nothing can match.
    if (rowMin > max) return false;
    [before, previous, current] = [previous, current, before];
  }
  const last = previous;
  return freeEnd ? Math.min(...last) <= max : last[n]! <= max;
}
