import type { Article } from '@parallax/article'

export type { Article }

export interface ClusterOptions {
  /**
   * Average similarity of two groups of articles from which they are one story (0 to 1). The
   * default was chosen on real news with each event left out in turn (see the README).
   */
  threshold?: number
  /**
   * Two groups of two or more articles are one story only when their average similarity is at
   * least this part of the average similarity inside the looser group (0 to 1): two tight groups
   * about the same people are two events unless they are nearly as alike as their own articles.
   * Default chosen as `threshold` is.
   */
  cohesion?: number
  /**
   * Two articles whose `published` dates are more than this many days apart are never one story:
   * the same people in the same fight weeks later are another event. Default 7.
   */
  maxDaysApart?: number
}

/** One article of a story, and the origin it copies (itself when it is no copy). */
export interface StoryArticle {
  /** The `Article.id`. */
  article: string
  /** The id of the article standing for this text's origin: the same for every copy of one text. */
  origin: string
}

/** Articles about one event. */
export interface ClusterStory {
  /** Stable: derived from the ids of its articles, whatever order they came in. */
  id: string
  /** The headline of the article most like the others. */
  label: string
  /** Ordered by date where known, then outlet, title and id. */
  articles: StoryArticle[]
  /** How many distinct texts the story holds: copies of one origin count once. */
  origins: number
}

/** Every article of the input in exactly one story; larger stories first. */
export interface Clustering {
  stories: ClusterStory[]
}
