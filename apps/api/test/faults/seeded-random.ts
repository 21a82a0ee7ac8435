/**
 * mulberry32: a small seeded generator, so a failing fault run can be replayed with its seed.
 * Returns floats in [0, 1).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The seed from PARALLAX_FAULT_SEED when set (to replay a run), else a fresh one. */
export function faultSeed(): number {
  const given = process.env.PARALLAX_FAULT_SEED
  if (given !== undefined && given !== '') return Number.parseInt(given, 10) >>> 0
  return Math.floor(Math.random() * 2 ** 32)
}
