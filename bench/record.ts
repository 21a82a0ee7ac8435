import { readFileSync, writeFileSync } from 'node:fs'

const RESULTS = new URL('RESULTS.md', import.meta.url)

/**
 * Rewrites one benchmark's section of bench/RESULTS.md, between its `<!-- name:start -->` and
 * `<!-- name:end -->` markers, leaving every other section alone.
 */
export function recordSection(name: string, text: string): void {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const current = readFileSync(RESULTS, 'utf8')
  const from = current.indexOf(start)
  const to = current.indexOf(end)
  if (from < 0 || to < from) throw new Error(`bench/RESULTS.md has no ${start} … ${end} section`)
  writeFileSync(RESULTS, `${current.slice(0, from + start.length)}\n${text}\n${current.slice(to)}`)
  console.error(`recorded the ${name} section of bench/RESULTS.md`)
}
