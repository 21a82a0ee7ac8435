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

/** "January 16, 2020", "16 Jan 2020", RFC 2822: days only, read in UTC so no clock or zone leaks in. */
function parseLooseDate(text: string): string | undefined {
  if (!/\d{4}/.test(text) || !/\p{L}/u.test(text)) return undefined
  const ms = Date.parse(text.includes(':') ? text : `${text} 12:00 UTC`)
  if (Number.isNaN(ms)) return undefined
  const iso = new Date(ms).toISOString()
  return text.includes(':') ? iso.replace('.000Z', 'Z') : iso.slice(0, 10)
}
