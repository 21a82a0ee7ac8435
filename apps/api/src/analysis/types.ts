import type { Article, ArticleInput } from '@parallax/article'
import type { Claim } from '@parallax/claims'
import type { Comparison } from '@parallax/compare'

/** An article parsed, with the claims extracted from it. */
export interface Analysis {
  article: Article
  claims: Claim[]
}

/** Who asks for a task, and when the asker stops waiting for it. */
export interface RunOptions {
  /** Clients take turns at the workers; default one shared client. */
  client?: string
  /** Aborting takes the task out of the queue if it has not started. */
  signal?: AbortSignal
}

/** Parsing and comparing, run away from the request thread with a deadline and a memory cap. */
export interface AnalysisPool {
  /** `fallbackOutlet` names the outlet when the article names none (an upload's file name). */
  parse(input: ArticleInput, options?: RunOptions & { fallbackOutlet?: string }): Promise<Analysis>
  compare(items: Analysis[], options?: RunOptions): Promise<Comparison>
  /** Extracts a parsed article's claims again, as the current extraction gives them. */
  extractClaims(article: Article, options?: RunOptions): Promise<Claim[]>
  /** Whether a worker has loaded and can take a task now. */
  ready(): boolean
  close(): Promise<void>
}

export type Task =
  | { kind: 'parse'; input: ArticleInput; fallbackOutlet?: string }
  | { kind: 'compare'; items: Analysis[] }
  | { kind: 'claims'; article: Article }

export type WorkerReply =
  | { kind: 'ready' }
  /** An article parsed, its claims not yet extracted: the deadline then grows with its body. */
  | { kind: 'parsed'; id: number; chars: number }
  | { kind: 'done'; id: number; value: Analysis | Comparison | Claim[] }
  | { kind: 'failed'; id: number; error: { name: string; code?: string; message: string } }
