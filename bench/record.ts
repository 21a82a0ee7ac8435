import os from 'node:os'
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

/** The growth exponent k of y ∝ x^k (1 is linear): the least-squares slope of log y on log x. */
export function growthExponent(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x))
  const ys = points.map(([, y]) => Math.log(y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my)
    den += (x - mx) ** 2
  })
  return num / den
}

/** The CPU, Node and load average now, for the line that says where a table was measured. */
export function machineNow(): { machine: string; load: string } {
  const cpus = os.cpus()
  return {
    machine: `${cpus[0]?.model ?? 'unknown CPU'} ×${cpus.length}, Node ${process.version}`,
    load: os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' '),
  }
}
