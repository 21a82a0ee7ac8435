// Store
export { createStore } from './create-store'
export { parseStoreUrl } from './store-url'
export type { StoreLocation } from './store-url'
export { articlesHash } from './comparisons'
export { MAX_BATCH_ITEMS } from './batch/batches'

// Errors
export { StoreError } from './errors'
export type { StoreErrorCode } from './errors'

// Types
export type {
  ArticleSource,
  Backend,
  Batch,
  BatchComparison,
  BatchHandlers,
  BatchItemInput,
  BatchItemKind,
  BatchQueueOptions,
  BatchStatus,
  BatchStory,
  BatchWorker,
  BatchWorkOptions,
  ItemFailure,
  ParsedItem,
  CachedComparison,
  ClaimsUpdate,
  ComparisonInput,
  ListStoriesInput,
  NewArticle,
  SourceKind,
  Store,
  StoreOptions,
  StoredAnalysis,
  StoredArticle,
  Story,
  StoryDetail,
  StoryGroup,
  StoryPage,
} from './types'
