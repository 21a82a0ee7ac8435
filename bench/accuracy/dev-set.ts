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

/**
 * Held-out gold in the dev set's format for six stories of the clustering set: kept in the
 * repository (phrases only, the articles stay in ../shared), never used to develop a rule.
 */
export const HELDOUT_PATH = fileURLToPath(new URL('./heldout.json', import.meta.url))

/** Which gold a run scores: the dev set every rule was developed on, or the held-out stories. */
export type GoldSet = 'dev' | 'heldout'

const SETS: Record<GoldSet, { goldPath: string; articleDir: string }> = {
  dev: { goldPath: GOLD_PATH, articleDir: join(EVAL_DIR, 'stories') },
  heldout: { goldPath: HELDOUT_PATH, articleDir: join(EVAL_DIR, 'cluster', 'articles') },
}

export interface DevStory {
  gold: GoldStory
  /** The gold file the story is in, for score.mjs. */
  goldPath: string
  /** The article files, in gold letter order (the order `run.mjs` passes them to the CLI). */
  files: string[]
  /** Each file's outlet where the gold names it (the clustering set's files are named by a hash). */
  outlets: (string | undefined)[]
}

export function readDevSet(only?: string, set: GoldSet = 'dev'): DevStory[] {
  const { goldPath, articleDir } = SETS[set]
  if (!existsSync(GOLD_PATH)) {
    throw new Error(
      `bench/accuracy: no dev set at ${GOLD_PATH}; the comparison accuracy is measured on ` +
        '../shared/eval beside the checkout, which CI always provides',
    )
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { stories: GoldStory[] }
  const stories = gold.stories.filter((s) => only === undefined || s.id === only)
  if (stories.length === 0) throw new Error(`bench/accuracy: no story ${only} in ${goldPath}`)
  return stories.map((story) => ({
    gold: story,
    goldPath,
    files: Object.values(story.articles).map((a) => join(articleDir, a.file)),
    outlets: Object.values(story.articles).map((a) => a.outlet),
  }))
}

/**
 * As apps/cli's loadArticle for a text file: strict UTF-8, the outlet, when the text names none,
 * given or else the file's name.
 */
export function loadArticle(file: string, outlet?: string): Article {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file))
  return parseArticle({ text }, { fallbackOutlet: outlet ?? basename(file, extname(file)) })
}

/** A story's articles in gold letter order, each parsed as `loadArticle` parses it. */
export function loadStory(story: DevStory): Article[] {
  return story.files.map((file, i) => loadArticle(file, story.outlets[i]))
}
