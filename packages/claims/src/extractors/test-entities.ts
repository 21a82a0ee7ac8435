import { analyseBody } from '../analyse'
import { viewSentences } from '../sentences'
import { articleOf } from '../test-article'
import type { Entity } from '../types'
import { pronounsOf, resolveMentions } from './coreference'
import { findMentions } from './entities'

/**
 * For tests: the entities of every sentence, as the article-wide pass resolves them, in order;
 * with `pronouns`, also what each resolved pronoun refers to.
 */
export function linkEntities(sentences: readonly string[], pronouns = false): Entity[] {
  const article = articleOf(sentences)
  const views = viewSentences(article, analyseBody(article.body).tokens)
  const resolved = resolveMentions(views.map((view) => findMentions(article.body, view.tokens)))
  return resolved.flatMap((entities) =>
    pronouns ? [...entities, ...pronounsOf(entities)].sort((a, b) => a.start - b.start) : entities,
  )
}

/** For tests: each entity and resolved pronoun as `text → key`. */
export function keysOf(sentences: readonly string[]): string[] {
  return linkEntities(sentences, true).map((e) => `${e.text} → ${e.key}`)
}
