import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '@parallax/article'
import { article, shuffled } from '../test/articles'
import { clusterArticles } from './index'
import { copyGroups, shingles } from './copies'

// A real article, reprinted with the small edits outlets make to a wire story.
const SEED = join(import.meta.dirname, '../../../../shared/seeds/004_81cbc7f277f12237.txt')
const original = parseArticle({ text: readFileSync(SEED, 'utf8'), outlet: 'Wire' })
const sentences = original.sentences.map((s) => s.text)

function reprint(outlet: string, edit: (lines: string[]) => string[], title = original.title) {
  return article({ outlet, title, body: edit([...sentences]).join(' ') })
}

const retitled = reprint('Daily One', (s) => s, 'Court closes NSO hearing to the public')
const trimmedEnd = reprint('Daily Two', (s) => s.slice(0, -1))
const named = sentences.findIndex((line) => /\bNSO\b/.test(line))
const localised = reprint('Daily Three', (s) =>
  s.map((line, i) => (i === named ? line.replace(/\bNSO\b/, 'the NSO Group') : line)),
)
const rewritten = reprint('Daily Four', (s) => s.filter((_, i) => i % 3 !== 0))

describe('copies of one origin', () => {
  it('marks reprints with small edits as one origin, counted once', () => {
    for (const copy of [retitled, trimmedEnd, localised]) expect(copy.id).not.toBe(original.id)
    expect(localised.body).not.toBe(trimmedEnd.body)
    expect(localised.body).toContain('the NSO Group')
    const result = clusterArticles([original, retitled, trimmedEnd, localised, rewritten])
    expect(result.stories).toHaveLength(1)
    const [story] = result.stories
    const origin = new Map(story!.articles.map((a) => [a.article, a.origin]))
    const shared = origin.get(original.id)
    for (const copy of [retitled, trimmedEnd, localised]) expect(origin.get(copy.id)).toBe(shared)
    // A third of the sentences gone is a rewrite, not a copy: its own origin, in the same story.
    expect(origin.get(rewritten.id)).toBe(rewritten.id)
    expect(story!.origins).toBe(2)
  })

  it('names the origin by the longest text when no dates are known, in any input order', () => {
    const all = [original, retitled, trimmedEnd, localised]
    const longest = [...all].sort((a, b) => b.body.length - a.body.length)[0]!
    const expected = JSON.stringify(clusterArticles(all))
    expect(JSON.parse(expected).stories[0].articles[0].origin).toBe(longest.id)
    for (let seed = 1; seed <= 10; seed++) {
      expect(JSON.stringify(clusterArticles(shuffled(all, seed)))).toBe(expected)
    }
  })

  it('names the origin by the earliest date when dates are known', () => {
    const late = article({
      outlet: 'Late',
      title: original.title,
      body: original.body,
      published: '2020-01-17',
    })
    const early = article({
      outlet: 'Early',
      title: original.title,
      body: sentences.slice(0, -1).join(' '),
      published: '2020-01-16',
    })
    const [story] = clusterArticles([late, early]).stories
    expect(story!.articles.map((a) => a.origin)).toEqual([early.id, early.id])
    expect(story!.origins).toBe(1)
  })

  it('groups by shared shingles: nine in ten needed on both sides', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`)
    const base = words.join(' ')
    const fewEdits = words.map((w, i) => (i % 100 === 7 ? 'changed' : w)).join(' ')
    const half = words.slice(0, 100).join(' ')
    expect(copyGroups([base, fewEdits, half, 'unrelated text of another story entirely'])).toEqual([
      0, 0, 2, 3,
    ])
    expect(shingles('one two')).toEqual(shingles('One, two.'))
    expect(shingles('').size).toBe(0)
  })
})
