/** What the queue needs to know of a job: whose it is. */
export interface Queued {
  client: string
}

/**
 * One first-come queue per client, served in turn: a client that hands in thirty articles waits
 * behind its own work, not in front of everyone else's.
 */
export class FairQueue<J extends Queued> {
  // A Map iterates in insertion order; a client served moves to the back, which makes the turns.
  private readonly byClient = new Map<string, J[]>()
  private count = 0

  get size(): number {
    return this.count
  }

  /** How many jobs of this client are waiting. */
  waiting(client: string): number {
    return this.byClient.get(client)?.length ?? 0
  }

  push(job: J): void {
    const jobs = this.byClient.get(job.client)
    if (jobs === undefined) this.byClient.set(job.client, [job])
    else jobs.push(job)
    this.count++
  }

  /** Takes a job out before its turn (its request gave up); false when it was not waiting. */
  remove(job: J): boolean {
    const jobs = this.byClient.get(job.client)
    const at = jobs?.indexOf(job) ?? -1
    if (jobs === undefined || at === -1) return false
    jobs.splice(at, 1)
    if (jobs.length === 0) this.byClient.delete(job.client)
    this.count--
    return true
  }

  /**
   * The next client's oldest job, skipping clients whose oldest job `allowed` refuses (it stays
   * first in its client's line for a later turn).
   */
  take(allowed: (job: J) => boolean = () => true): J | undefined {
    for (const [client, jobs] of this.byClient) {
      const job = jobs[0]
      if (job === undefined || !allowed(job)) continue
      jobs.shift()
      this.byClient.delete(client)
      if (jobs.length > 0) this.byClient.set(client, jobs)
      this.count--
      return job
    }
    return undefined
  }

  /** Empties the queue, oldest client first. */
  drain(): J[] {
    const all = [...this.byClient.values()].flat()
    this.byClient.clear()
    this.count = 0
    return all
  }
}
