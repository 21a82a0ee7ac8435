/**
 * Comparison texts by their sha256, least recently used dropped first once `maxChars` is passed.
 * Keyed by the hash of the text itself, so an entry can never be stale: the database says which
 * hash is current, this only saves fetching those bytes again.
 */
export class TextCache {
  readonly #texts = new Map<string, string>()
  readonly #maxChars: number
  #chars = 0

  constructor(maxChars: number) {
    this.#maxChars = maxChars
  }

  get(hash: string): string | undefined {
    const text = this.#texts.get(hash)
    if (text !== undefined) {
      // Map keeps insertion order: moving a hit to the end keeps the order least-recent first.
      this.#texts.delete(hash)
      this.#texts.set(hash, text)
    }
    return text
  }

  set(hash: string, text: string): void {
    if (text.length > this.#maxChars || this.#texts.has(hash)) return
    this.#texts.set(hash, text)
    this.#chars += text.length
    for (const [oldest, dropped] of this.#texts) {
      if (this.#chars <= this.#maxChars) break
      this.#texts.delete(oldest)
      this.#chars -= dropped.length
    }
  }
}
