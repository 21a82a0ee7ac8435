// Store
export { createStore, parseStoreUrl } from './create-store'
export { articlesHash } from './comparisons'

// Errors
export { StoreError } from './errors'
export type { StoreErrorCode } from './errors'

// Types
export type {
  ArticleSource,
  Backend,
  CachedComparison,
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
  StoryPage,
} from './types'
