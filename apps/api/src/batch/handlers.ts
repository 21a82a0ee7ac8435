import type { Article } from '@parallax/article'
import { CLAIMS_VERSION } from '@parallax/claims'
import type { FetchOptions } from '@parallax/fetch'
import type { BatchHandlers, BatchItemInput, ItemFailure, Store, StoryGroup } from '@parallax/store'
import { COMPARISON_VERSION, storyComparisonInput } from '../analysis/story-comparison'
import type { AnalysisPool } from '../analysis/types'
import { prepareInput, type ArticleRequest } from '../ingest'
import { describeError } from '../on-error'

/** Groups articles into stories: indices into `articles`, each exactly once. */
export type GroupArticles = (articles: Article[]) => StoryGroup[]

export interface BatchHandlerDeps {
  /** Where a story's stale claims are saved once extracted again. */
  store: Store
  pool: AnalysisPool
  fetchOptions: FetchOptions
  groupArticles: GroupArticles
}

const decoder = new TextDecoder()

/**
 * A batch item goes through the same path as one article added through the API: fetched or read
 * by `prepareInput`, parsed in the analysis pool; a story's comparison through the same path as a
 * read of it. A refusal the API would answer with a 4xx or 502 is the item's or story's failure;
 * anything else (a busy pool, a bug) is thrown and the job retried.
 */
export function batchHandlers({
  store,
  pool,
  fetchOptions,
  groupArticles,
}: BatchHandlerDeps): BatchHandlers {
  const comparison = storyComparisonInput(store, pool)
  return {
    parseItem: (item) =>
      ownFailure(async () => {
        const prepared = await prepareInput(requestOf(item), fetchOptions)
        const { input, source, fetchedAt, fallbackOutlet } = prepared
        const { article, claims } = await pool.parse(
          input,
          fallbackOutlet === undefined ? {} : { fallbackOutlet },
        )
        return {
          article,
          claims,
          claimsVersion: CLAIMS_VERSION,
          source,
          ...(fetchedAt !== undefined && { fetchedAt }),
        }
      }),
    groupArticles,
    compareVersion: COMPARISON_VERSION,
    compareStory: (_storyId, articles) => ownFailure(async () => comparison.compute(articles)),
  }
}

/** The work's result, or its refusal as a failure; any other error is thrown, to be retried. */
async function ownFailure<T>(work: () => Promise<T>): Promise<T | { failure: ItemFailure }> {
  try {
    return await work()
  } catch (error) {
    const reply = describeError(error)
    if (reply === undefined || (reply.status >= 500 && reply.status !== 502)) throw error
    return { failure: { code: reply.code, message: reply.message } }
  }
}

function requestOf(item: BatchItemInput): ArticleRequest {
  const extra = {
    ...(item.outlet !== undefined && { outlet: item.outlet }),
    ...(item.url !== undefined && { url: item.url }),
  }
  const content = item.content ?? new Uint8Array()
  switch (item.kind) {
    case 'url':
      return { url: item.url ?? '', ...extra }
    case 'text':
      return { text: decoder.decode(content), ...extra }
    case 'html':
      return { html: decoder.decode(content), ...extra }
    case 'file':
      return {
        file: new File([content], item.name ?? 'upload', { type: item.contentType ?? '' }),
        ...extra,
      }
  }
}
