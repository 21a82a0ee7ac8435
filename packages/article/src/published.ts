import { isoDay } from './dates'

/**
 * A page's publication date as ISO 8601: the full timestamp when it gives one (offset kept as
 * written), the day when it gives only a day; anything unparseable is dropped.
 */
export function normalizePublished(value: string | undefined): string | undefined {
  if (!value) return undefined
  const text = value.trim()
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1]
  if (!day || !isoDay(day)) return parseLooseDate(text)
  const time =
    /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text)
  if (!time) return day
  const zone = time[2] ? normalizeZone(time[2]) : ''
  const clock = time[1]!.length === 5 ? `${time[1]}:00` : time[1]!
  return `${day}T${clock}${zone}`
}

function normalizeZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') return 'Z'
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
}

const EXPLICIT_ZONE = /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{2}:?\d{2})\s*$/i
const CLOCK_SOURCE = String.raw`\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?`
const HAS_CLOCK = new RegExp(CLOCK_SOURCE, 'i')
const CLOCKS = new RegExp(CLOCK_SOURCE, 'gi')

/**
 * "January 16, 2020", "Jan. 16, 2020, 10:42 a.m.", RFC 2822. A time counts only with an explicit
 * zone; otherwise only the day is kept, read at noon UTC, so the machine's time zone never
 * changes the result.
 */
function parseLooseDate(text: string): string | undefined {
  if (!/\d{4}/.test(text) || !/\p{L}/u.test(text)) return undefined
  const cleaned = text.replace(/\b(\p{L}{3,4})\./gu, '$1').replace(/,\s*$/, '')
  if (HAS_CLOCK.test(cleaned) && EXPLICIT_ZONE.test(cleaned)) {
    const ms = Date.parse(cleaned)
    const iso = Number.isNaN(ms) ? '' : new Date(ms).toISOString()
    if (isoDay(iso.slice(0, 10))) return iso.replace('.000Z', 'Z')
  }
  const day = cleaned.replace(CLOCKS, ' ').replace(/[,\s]+$/, '')
  const ms = Date.parse(`${day} 12:00 UTC`)
  return Number.isNaN(ms) ? undefined : isoDay(new Date(ms).toISOString().slice(0, 10))
}
