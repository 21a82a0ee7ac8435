import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../../..')
const SEEDS = join(ROOT, '../shared/seeds')
const FIRST = join(SEEDS, '000_666e79362ecab168.txt')
const SECOND = join(SEEDS, '004_81cbc7f277f12237.txt')
const TSX = join(ROOT, 'node_modules/.bin/tsx')
const ENTRY = join(ROOT, 'apps/cli/src/index.ts')

function parallax(args: string[]) {
  const result = spawnSync(TSX, [ENTRY, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

// Each spawn costs about half a second, so each case checks as much as it can.
describe('the parallax command', () => {
  it('compares the seed story from the root script, as JSON', () => {
    const result = spawnSync('pnpm', ['-s', 'parallax', 'compare', FIRST, SECOND, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const comparison = JSON.parse(result.stdout)
    expect(comparison.articles).toHaveLength(2)
    const country = comparison.facets.findIndex((f: { claims: { text: string }[] }) =>
      f.claims.some((c) => c.text.startsWith('According to estimates by Israel Defense')),
    )
    expect(country).toBeGreaterThanOrEqual(0)
    expect(country).toBeLessThan(2)
    expect(comparison.facets[country].status).toBe('diverge')
  })

  it('prints text without escape codes when NO_COLOR is set, and exits 3 on a bad file', () => {
    const text = parallax(['compare', FIRST, SECOND])
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Where they diverge')
    expect(text.stdout).not.toContain('\u001b[')
    const bad = parallax(['compare', FIRST, join(SEEDS, 'no-such-article.txt')])
    expect(bad.code).toBe(3)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toContain('no-such-article.txt: no such file')
  })

  it('exits 2 with usage when called wrongly', () => {
    const usage = parallax(['compare', FIRST])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('Usage:')
  })
})
