import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArticle } from '@parallax/article'
import { describe, expect, it } from 'vitest'
import { compareArticles } from './compare-articles'

// CI has shared/ beside the checkout: <root>/../shared/eval.
const stories = fileURLToPath(new URL('../../../../shared/eval/stories/', import.meta.url))

describe('facet ids', () => {
  it('are unique when the facts of one sentence stand in different facets', () => {
    const articles = ['fox', 'nyt', 'huffpost'].map((outlet) =>
      parseArticle(
        { text: readFileSync(`${stories}shutdown-ends-2019/${outlet}.txt`, 'utf8') },
        { fallbackOutlet: outlet },
      ),
    )
    const { facets } = compareArticles(articles)
    const split = facets.filter((f) => f.claims.some((c) => c.fact !== 'main'))
    expect(split.length).toBeGreaterThan(0)
    expect(new Set(facets.map((f) => f.id)).size).toBe(facets.length)
  })
})
