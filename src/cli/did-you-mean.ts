/** "Did you mean …?" for a mistyped command or option: the closest known word, when it is close enough. */

/** Edits (a letter added, dropped, changed or two swapped) allowed for a word this long to still be suggested. */
const allowedEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/** The known word nearest to `typed`, or undefined when none is near enough to be what was meant. */
export function closest(typed: string, known: string[]): string | undefined {
  const word = typed.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of known) {
    const edits = name.startsWith(word) && word.length >= 3 ? 0 : distance(word, name.toLowerCase());
    if (edits <= allowedEdits(name) && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
