import { describeError } from './api-error'
import { errorContextOf, sourceOf, type ArticleDraft } from './article-draft'
import type { ArticleSource } from './api-types'

/**
 * Sends each unsent draft in turn, recording on the draft itself whether it was added or why not,
 * so every failure is shown beside its own input. Returns true when every draft is in.
 */
export async function sendDrafts(
  drafts: ArticleDraft[],
  send: (source: ArticleSource) => Promise<{ title: string; outlet: string }>,
): Promise<boolean> {
  let allIn = true
  for (const draft of drafts) {
    if (draft.state.phase === 'done') continue
    const source = sourceOf(draft)
    if ('problem' in source) {
      draft.state = { phase: 'failed', message: source.problem }
      allIn = false
      continue
    }
    draft.state = { phase: 'sending' }
    try {
      const added = await send(source)
      draft.state = { phase: 'done', title: added.title, outlet: added.outlet }
    } catch (error) {
      draft.state = { phase: 'failed', message: describeError(error, errorContextOf(draft)) }
      allIn = false
    }
  }
  return allIn
}
