/** The screens of the app, addressed by path so they can be bookmarked and shared. */
export type Route =
  | { name: 'stories' }
  | { name: 'quick-compare' }
  | { name: 'story'; id: string }
  | { name: 'add-articles'; id: string }
  | { name: 'new-batch' }
  | { name: 'batch'; id: string }
  | { name: 'fixture' }
  | { name: 'not-found'; path: string }

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeSegment)
  const [first, id, third] = parts
  if (parts.length === 0) return { name: 'stories' }
  if (parts.length === 1 && first === 'compare') return { name: 'quick-compare' }
  if (first === 'stories' && id !== undefined && parts.length === 2) return { name: 'story', id }
  if (first === 'stories' && id !== undefined && third === 'add' && parts.length === 3) {
    return { name: 'add-articles', id }
  }
  if (first === 'batches' && parts.length === 1) return { name: 'new-batch' }
  if (first === 'batches' && id !== undefined && parts.length === 2) return { name: 'batch', id }
  if (parts.length === 2 && first === 'dev' && id === 'fixture') return { name: 'fixture' }
  return { name: 'not-found', path: pathname }
}

export function storyPath(id: string): string {
  return `/stories/${encodeURIComponent(id)}`
}

export function addArticlesPath(id: string): string {
  return `${storyPath(id)}/add`
}

export const newBatchPath = '/batches'

export function batchPath(id: string): string {
  return `${newBatchPath}/${encodeURIComponent(id)}`
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
