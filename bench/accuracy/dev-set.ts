// The real-news dev set, read from ../shared/eval beside the checkout (never copied into the
// repository), with each article parsed exactly as `parallax compare FILE` parses a text file.
import { existsSync, readFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArticle, type Article } from '@parallax/article'
import type { GoldStory } from './types'

/** The repository root's parent holds `shared/`; computed from this file so any cwd works. */
export const EVAL_DIR = fileURLToPath(new URL('../../../shared/eval/', import.meta.url))
export const GOLD_PATH = join(EVAL_DIR, 'gold.json')
export const SCORE_MJS = join(EVAL_DIR, 'score.mjs')

export interface DevStory {
  gold: GoldStory
  /** The article files, in gold letter order (the order `run.mjs` passes them to the CLI). */
  files: string[]
}

export function readDevSet(only?: string): DevStory[] {
  if (!existsSync(GOLD_PATH)) {
    throw new Error(
      `bench/accuracy: no dev set at ${GOLD_PATH}; the comparison accuracy is measured on ` +
        '../shared/eval beside the checkout, which CI always provides',
    )
  }
  const gold = JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { stories: GoldStory[] }
  const stories = gold.stories.filter((s) => only === undefined || s.id === only)
  if (stories.length === 0) throw new Error(`bench/accuracy: no story ${only} in ${GOLD_PATH}`)
  return stories.map((story) => ({
    gold: story,
    files: Object.values(story.articles).map((a) => join(EVAL_DIR, 'stories', a.file)),
  }))
}

/** As apps/cli's loadArticle for a text file: strict UTF-8, outlet from the file name if unnamed. */
export function loadArticle(file: string): Article {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
  return parseArticle({ text }, { fallbackOutlet: basename(file, extname(file)) })
}
