import { readFileSync, writeFileSync } from 'node:fs'

const RESULTS = new URL('../RESULTS.md', import.meta.url)
const START = '<!-- load:start -->'
const END = '<!-- load:end -->'

/** Rewrites only this benchmark's table in bench/RESULTS.md, between its markers. */
export function recordTable(table: string): void {
  const text = readFileSync(RESULTS, 'utf8')
  const from = text.indexOf(START)
  const to = text.indexOf(END)
  if (from < 0 || to < from) throw new Error(`RESULTS.md has no ${START} … ${END} section`)
  writeFileSync(RESULTS, `${text.slice(0, from + START.length)}\n${table}\n${text.slice(to)}`)
}
