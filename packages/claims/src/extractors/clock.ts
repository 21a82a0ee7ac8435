/**
 * The clock time a time phrase names (`5 p.m.`, `around 5:30 pm`, `at 17:00`, `noon`, `by
 * midnight`) as `17:00`-style 24-hour time, if it names one: a qualifier before it (`around`)
 * changes no key, as figures are keyed at two significant figures.
 */
export function timeOfDay(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim()
  if (/(^|\s)(noon|midday)$/.test(lower)) return '12:00'
  if (/(^|\s)midnight$/.test(lower)) return '00:00'
  const match = /(?:^|\s)(\d{1,2})(?:[:.](\d{2}))? ?(a\.? ?m\.?|p\.? ?m\.?)?$/.exec(lower)
  if (!match) return undefined
  let hour = Number(match[1])
  const minutes = match[2] ?? '00'
  const half = match[3]?.[0]
  if (hour > 23 || Number(minutes) > 59 || (half && (hour === 0 || hour > 12))) return undefined
  if (!half && match[2] === undefined) return undefined
  if (half === 'p' && hour < 12) hour += 12
  if (half === 'a' && hour === 12) hour = 0
  return `${String(hour).padStart(2, '0')}:${minutes}`
}
