import { describe, expect, it } from 'vitest'
import { ApiError, articleFailure, errorFromResponse } from './api-error'

function failed(status: number, body: unknown) {
  return { status, statusText: 'Unprocessable', json: () => Promise.resolve(body) }
}

describe('errorFromResponse', () => {
  it('keeps the index of the article the API named', async () => {
    const error = await errorFromResponse(
      failed(422, { error: { code: 'EMPTY_INPUT', message: 'Article 2: empty', article: 1 } }),
    )
    expect(error.toJSON()).toEqual({
      name: 'ApiError',
      code: 'EMPTY_INPUT',
      status: 422,
      article: 1,
      message: 'Article 2: empty',
    })
  })

  it('names no article when the API names none or sends something that is not an index', async () => {
    for (const article of [undefined, -1, 1.5, '1', null]) {
      const error = await errorFromResponse(
        failed(400, { error: { code: 'INVALID_INPUT', message: 'bad', article } }),
      )
      expect(error.article).toBeUndefined()
      expect(error.toJSON()).not.toHaveProperty('article')
    }
  })
})

describe('articleFailure', () => {
  it('drops the "Article N:" prefix, since the reason is shown beside that article', () => {
    const error = new ApiError('Article 3: article: no article prose found in the input', {
      code: 'NOT_AN_ARTICLE',
      status: 422,
      article: 2,
    })
    expect(articleFailure(error)).toEqual({
      article: 2,
      message: 'article: no article prose found in the input',
    })
  })

  it('keeps a message without the prefix whole', () => {
    const error = new ApiError('Fetch refused', { code: 'NETWORK', status: 502, article: 0 })
    expect(articleFailure(error)).toEqual({ article: 0, message: 'Fetch refused' })
  })

  it('is undefined for errors about no one article', () => {
    expect(articleFailure(new ApiError('x', { code: 'DUPLICATE_ARTICLE', status: 400 }))).toBe(
      undefined,
    )
    expect(articleFailure(new TypeError('Failed to fetch'))).toBeUndefined()
  })
})
