import type { Article, ArticleInput } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import type { Comparison } from '@parallax/compare'

/** An article parsed, with the claims extracted from it. */
export interface Analysis {
  article: Article
  claims: Claim[]
}

/** Parsing and comparing, run away from the request thread with a deadline and a memory cap. */
export interface AnalysisPool {
  parse(input: ArticleInput): Promise<Analysis>
  compare(items: Analysis[]): Promise<Comparison>
  /** Whether a worker has loaded and can take a task now. */
  ready(): boolean
  close(): Promise<void>
}

export type Task = { kind: 'parse'; input: ArticleInput } | { kind: 'compare'; items: Analysis[] }

export type WorkerReply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; value: Analysis | Comparison }
  | { kind: 'failed'; id: number; error: { name: string; code?: string; message: string } }
