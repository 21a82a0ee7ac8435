import { fnv1a } from './hash'
import { words } from './terms'

/** Words per shingle: five words in a row rarely repeat by chance across two texts. */
const SHINGLE = 5
/** Each text is sketched by its this many smallest shingle hashes; copies share at least one. */
const SKETCH = 8
/** A sketch value held by more texts than this is boilerplate, not a sign of copying. */
const MAX_POSTING = 256
/** Two texts are copies of one origin when each shares at least this part of its shingles. */
export const COPY_SHARE = 0.9

/** The hashed word shingles of a body: lower case, punctuation dropped. */
export function shingles(body: string): Set<number> {
  const ws = words(body).map((w) => w.toLowerCase())
  const out = new Set<number>()
  if (ws.length < SHINGLE) {
    if (ws.length > 0) out.add(fnv1a(ws.join(' ')))
    return out
  }
  for (let i = 0; i + SHINGLE <= ws.length; i++) out.add(fnv1a(ws.slice(i, i + SHINGLE).join(' ')))
  return out
}

function shareEnough(a: Set<number>, b: Set<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  // Each must share COPY_SHARE of its own shingles, so the larger one bounds what is needed.
  const needed = COPY_SHARE * large.size
  if (small.size < needed) return false
  let shared = 0
  for (const h of small) if (large.has(h)) shared++
  return shared >= needed
}

/**
 * Which texts copy which: pairs found through a bottom-k sketch of each text's shingles (texts
 * sharing nine in ten shingles almost always share one of their smallest hashes), then checked in
 * full. Returns each item's copy group, named by its smallest item.
 */
export function copyGroups(bodies: readonly string[]): number[] {
  const sets = bodies.map(shingles)
  const parent = bodies.map((_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const postings = new Map<number, number[]>()
  sets.forEach((set, i) => {
    const sketch = [...set].sort((a, b) => a - b).slice(0, SKETCH)
    for (const h of sketch) {
      let list = postings.get(h)
      if (!list) postings.set(h, (list = []))
      list.push(i)
    }
  })
  const tried = new Set<number>()
  const n = bodies.length
  for (const list of [...postings.values()].filter((l) => l.length <= MAX_POSTING)) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!
        const j = list[y]!
        const key = i * n + j
        if (tried.has(key)) continue
        tried.add(key)
        if (root(i) !== root(j) && shareEnough(sets[i]!, sets[j]!)) {
          const [ri, rj] = [root(i), root(j)]
          parent[Math.max(ri, rj)] = Math.min(ri, rj)
        }
      }
    }
  }
  return parent.map((_, i) => root(i))
}
