import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from './cli'
import type { CliIo } from './io'

const STORIES = join(import.meta.dirname, '../../../packages/compare/test/stories')
const NAMES = ['drone-contract', 'plant-fire', 'hospital-outbreak']

async function run(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    color: false,
    env: {},
  }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

interface Output {
  version: number
  stories: {
    id: string
    label: string
    origins: number
    articles: { input: string; outlet: string; title: string; origin: string }[]
    comparison?: { version: number; articles: unknown[] }
  }[]
}

/** A folder of three stories' articles under names that say nothing of the story, and a copy. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cluster-'))
  const storyOf = new Map<string, string>()
  let n = 0
  for (const name of NAMES) {
    for (const outlet of ['outlet-a', 'outlet-b', 'outlet-c']) {
      const file = join(dir, `article-${String(++n).padStart(2, '0')}.txt`)
      copyFileSync(join(STORIES, name, `${outlet}.txt`), file)
      storyOf.set(file, name)
    }
  }
  // A reprint under another headline, and the same file read twice under another name.
  const original = join(dir, 'article-01.txt')
  const copy = join(dir, 'reprint.txt')
  writeFileSync(copy, readFileSync(original, 'utf8').replace(/^[^\n]*/, 'Drone deal: the reprint'))
  storyOf.set(copy, NAMES[0]!)
  const twice = join(dir, 'same-again.txt')
  copyFileSync(original, twice)
  storyOf.set(twice, NAMES[0]!)
  mkdirSync(join(dir, 'nested'))
  writeFileSync(join(dir, 'notes.md'), 'not an article')
  return { dir, storyOf, copy, twice, original }
}

describe('parallax cluster', () => {
  it('groups a folder into stories, every input once, copies pointing at their origin', async () => {
    const { dir, storyOf, copy, twice, original } = folder()
    const { code, stdout, stderr } = await run(['cluster', dir, '--json'])
    expect(code).toBe(0)
    expect(stderr).toContain('reading 11/11')
    expect(stderr).toContain('grouping 11 articles into stories')
    const out = JSON.parse(stdout) as Output
    expect(out.version).toBe(1)
    const inputs = out.stories.flatMap((s) => s.articles.map((a) => a.input))
    expect(inputs.sort()).toEqual([...storyOf.keys()].sort())
    for (const story of out.stories) {
      expect(new Set(story.articles.map((a) => storyOf.get(a.input))).size).toBe(1)
    }
    const drones = out.stories.find((s) => s.articles.some((a) => a.input === original))!
    expect(drones.articles).toHaveLength(5)
    expect(drones.origins).toBe(3)
    const origin = new Map(drones.articles.map((a) => [a.input, a.origin]))
    expect(origin.get(copy)).toBe(origin.get(original))
    expect(origin.get(twice)).toBe(origin.get(original))
    expect(drones.articles.find((a) => a.input === twice)!.outlet).toBe('same-again')
    const first = out.stories[0]!
    expect(first.articles[0]).toEqual({
      input: expect.any(String),
      outlet: expect.any(String),
      title: expect.any(String),
      origin: expect.any(String),
    })
  })

  it('prints stories for a terminal, and compares them on request', async () => {
    const { dir } = folder()
    const text = await run(['cluster', dir])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^3 stories\n/)
    expect(text.stdout).toContain('5 articles, 5 outlets, 3 origins')
    expect(text.stdout.match(/\(copy of [^)]*(article-01|reprint)\.txt\)/g)).toHaveLength(2)
    const compared = await run(['cluster', dir, '--compare', '--json'])
    const out = JSON.parse(compared.stdout) as Output
    expect(compared.stderr).toContain('comparing story 3/3')
    // One article per origin: the reprints are not compared as more outlets.
    expect(out.stories.map((s) => s.comparison?.articles.length)).toEqual([3, 3, 3])
    const compareText = await run(['cluster', dir, '--compare'])
    expect(compareText.stdout).toContain('Where they diverge')
  })

  it('takes files as well as folders, the same stories whatever the order', async () => {
    const files = NAMES.flatMap((name) =>
      ['outlet-a', 'outlet-b', 'outlet-c'].map((o) => join(STORIES, name, `${o}.txt`)),
    )
    const forward = await run(['cluster', ...files, '--json'])
    const backward = await run(['cluster', ...[...files].reverse(), '--json'])
    const stories = (o: string) => (JSON.parse(o) as Output).stories.map((s) => s.id)
    expect(stories(forward.stdout)).toEqual(stories(backward.stdout))
    expect(stories(forward.stdout)).toHaveLength(3)
    expect(forward.stderr).toContain('reading 9/9')
  })

  it('exits with a message naming a bad path', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'parallax-cluster-'))
    const missing = await run(['cluster', join(empty, 'missing')])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('missing: no such file or folder')
    const none = await run(['cluster', empty])
    expect(none.code).toBe(3)
    expect(none.stderr).toContain('no .txt, .html or .htm files')
    const usage = await run(['cluster'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toContain('cluster takes one or more')
    expect(missing.stdout + none.stdout + usage.stdout).toBe('')
  })
})
