/** FNV-1a, 32 bits: a stable hash with no seed, so ids and sketches are the same on every run. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** A short hex id for a list of strings, whatever order they came in. */
export function idOf(prefix: string, parts: readonly string[]): string {
  const text = [...parts].sort().join('\u0000')
  const a = fnv1a(text).toString(16).padStart(8, '0')
  const b = fnv1a(text, 0x01000193).toString(16).padStart(8, '0')
  return `${prefix}-${a}${b}`
}
