import { countWords } from './boilerplate'

const DATELINE_MAX_WORDS = 12
const DATE_WORDS =
  /^(?:(?:published|posted|updated|modified|date|dated|by|on|at|am|pm|a|p|m|gmt|utc|est|edt|pst|pdt|bst|cet|et|pt|ago|hours?|minutes?|days?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)|\d+(?:st|nd|rd|th)?)$/i
const LEAD = /^(?:published|posted|updated|last updated|modified|date|dated)(?: on)?\s*:?\s*/i

/** "Updated: Jan. 5, 2023, 10:42 a.m.", "Thursday 16 January 2020": a line that is only a date. */
export function isDateLine(text: string): boolean {
  if (countWords(text) > DATELINE_MAX_WORDS) return false
  const tokens = text.split(/[\s,.:|/·•–—-]+/).filter((t) => t !== '')
  return (
    tokens.length > 0 && tokens.some((t) => /\d/.test(t)) && tokens.every((t) => DATE_WORDS.test(t))
  )
}

/** The date a date line states, without its "Published:" or "Updated" lead. */
export function datelineText(text: string): string {
  return text.replace(LEAD, '').trim()
}
