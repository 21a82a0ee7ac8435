/** Earlier years are placeholders ("0001-01-01" in unfilled templates), not publication dates. */
const MIN_YEAR = 1900

/** `YYYY-MM-DD` when the string is a real calendar day, otherwise undefined. */
export function isoDay(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < MIN_YEAR) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return valid ? value : undefined
}
