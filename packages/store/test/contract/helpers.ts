import { expect } from 'vitest'
import type { Comparison } from '@parallax/compare'
import { StoreError } from '../../src/index'

export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

/** A stand-in for the real comparison: enough shape to show what the store was given. */
export function comparisonOf(
  articles: Array<{ article: { id: string; outlet: string; title: string } }>,
): Comparison {
  return {
    version: 1,
    articles: articles.map(({ article }) => ({ ...article, sentences: [] })),
    facets: [],
    pairs: [],
    coverage: Object.fromEntries(
      articles.map(({ article }) => [article.id, { facets: 0, single: 0 }]),
    ),
  }
}

export async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(StoreError)
  return error as StoreError
}
