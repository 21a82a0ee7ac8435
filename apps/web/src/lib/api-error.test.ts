import { describe, expect, it } from 'vitest'
import { ApiError, articleFailure, describeError, errorFromResponse } from './api-error'

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
      code: 'A_CODE_WITHOUT_A_SENTENCE',
      status: 422,
      article: 2,
    })
    expect(articleFailure(error)).toEqual({
      article: 2,
      message: 'article: no article prose found in the input',
    })
  })

  it('keeps a message without the prefix whole', () => {
    const error = new ApiError('Fetch refused', { code: 'A_NEW_CODE', status: 502, article: 0 })
    expect(articleFailure(error)).toEqual({ article: 0, message: 'Fetch refused' })
  })

  it('explains a known code in plain words, about the kind of input that failed', () => {
    const error = new ApiError('Article 2: x.org did not answer', {
      code: 'NETWORK',
      status: 502,
      article: 1,
    })
    const failure = articleFailure(error, (article) => (article === 1 ? { kind: 'url' } : {}))
    expect(failure?.message).toBe(
      "The page at this address could not be fetched. Paste the article's text instead.",
    )
  })

  it('is undefined for errors about no one article', () => {
    expect(articleFailure(new ApiError('x', { code: 'DUPLICATE_ARTICLE', status: 400 }))).toBe(
      undefined,
    )
    expect(articleFailure(new TypeError('Failed to fetch'))).toBeUndefined()
  })
})

describe('describeError', () => {
  it('turns a known code into a sentence and keeps the API words for an unknown one', () => {
    const pdf = new ApiError('Upload an HTML or plain text file, not application/pdf', {
      code: 'UNSUPPORTED_MEDIA_TYPE',
      status: 415,
    })
    expect(
      describeError(pdf, { kind: 'file', file: { name: 'a.pdf', type: 'application/pdf' } }),
    ).toBe("This file is not text or HTML (it looks like a PDF). Paste the article's text instead.")
    const other = new ApiError('Something new', { code: 'NEW', status: 400 })
    expect(describeError(other)).toBe('Something new')
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(/Could not reach/)
  })
})
