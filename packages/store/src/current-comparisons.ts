/** Stories whose current comparison is remembered; past this, the oldest are forgotten. */
const MAX_STORIES = 10_000

/**
 * Which stored comparison (its etag) is current for a story and version, remembered between reads,
 * so a cached read asks nothing of the database. Only sound where this process is the database's
 * one writer, as with PGlite (the folder lock keeps other processes out), so that every change
 * passes through `forget`; with a PostgreSQL server, which other instances write too, it stays off
 * and each read asks the database.
 */
export class CurrentComparisons {
  readonly #etags = new Map<string, Map<string, string>>()
  readonly #enabled: boolean
  /** Counts changes, so a read that began before one cannot remember what it saw. */
  #generation = 0

  constructor(enabled: boolean) {
    this.#enabled = enabled
  }

  /** Take before reading the database; hand to `remember` with what was read. */
  generation(): number {
    return this.#generation
  }

  get(storyId: string, version: string): string | undefined {
    return this.#etags.get(storyId)?.get(version)
  }

  remember(storyId: string, version: string, etag: string, generation: number): void {
    if (!this.#enabled || generation !== this.#generation) return
    const versions = this.#etags.get(storyId) ?? new Map<string, string>()
    versions.set(version, etag)
    this.#etags.set(storyId, versions)
    for (const oldest of this.#etags.keys()) {
      if (this.#etags.size <= MAX_STORIES) break
      this.#etags.delete(oldest)
    }
  }

  /** After any write to a story's articles, or its deletion, has committed. */
  forget(storyId: string): void {
    this.#generation++
    this.#etags.delete(storyId)
  }
}
