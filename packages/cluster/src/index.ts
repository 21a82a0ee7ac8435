// Clustering
export {
  clusterArticles,
  CLUSTER_VERSION,
  DEFAULT_COHESION,
  DEFAULT_MAX_DAYS_APART,
  DEFAULT_THRESHOLD,
} from './cluster-articles'
export { COPY_SHARE } from './copies'

// Errors
export { ClusterError } from './errors'
export type { ClusterErrorCode } from './errors'

// Types
export type { ClusterOptions, ClusterStory, Clustering, StoryArticle } from './types'
