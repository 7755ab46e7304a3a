/**
 * Suggests the closest known word for a misspelt key, enum value or id. A suggestion is only made
 * when it is close enough to be a likely typo (edit distance at most a third of the word, min 1).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(input.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  const lowered = input.toLowerCase()
  for (const candidate of candidates) {
    if (candidate === input) continue
    const distance = editDistance(lowered, candidate.toLowerCase(), limit)
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate < best)) {
      best = candidate
      bestDistance = distance
    }
  }
  return bestDistance <= limit ? best : undefined
}

/** "did you mean `x`?" or nothing. */
export function suggestion(input: string, candidates: Iterable<string>): string | undefined {
  const match = didYouMean(input, candidates)
  return match === undefined ? undefined : `did you mean \`${match}\`?`
}

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up early beyond `limit`. Three
 * rolling rows, no allocation per cell, and a stop as soon as a whole row is beyond the limit:
 * a file of 90,000 unknown keys asks for 2.7 million distances (issue 20, finding 7).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const cols = b.length + 1
  let before = new Int32Array(cols)
  let previous = new Int32Array(cols)
  let current = new Int32Array(cols)
  for (let j = 0; j < cols; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    // Rows never get cheaper (a cell is at most one more than a cell of the row before, and a
    // transposition costs one more than a cell two rows up), so past the limit it stays past it.
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[b.length]!
}
