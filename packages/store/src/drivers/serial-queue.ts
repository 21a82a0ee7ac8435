/**
 * Runs tasks one after another in call order. PGlite has a single connection, so a transaction must
 * not interleave with another caller's statements; a failed task does not stop the ones behind it.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task)
    tail = result.catch(() => undefined)
    return result
  }
}
