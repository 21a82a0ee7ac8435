import type { AppType } from '@parallax/api'
import { hc, type InferRequestType, type InferResponseType } from 'hono/client'
import { errorFromResponse } from './api-error'
import { fileStem, isPlainText } from './article-draft'
import { batchBody, type BatchInput } from './batch-input'
import type {
  ArticleSource,
  Batch,
  Comparison,
  ExportFormat,
  Story,
  StoryArticle,
  StoryPage,
  StorySummary,
} from './api-types'

// Every call the web app makes to the API lives here, typed end to end by the API's own routes.
// The app is served by the API, so the API is always this page's origin.
const client = hc<AppType>(window.location.origin)

type JsonSource = Exclude<ArticleSource, { kind: 'file' }>

function withOutlet(source: ArticleSource): { outlet?: string } {
  const outlet = source.outlet?.trim()
  return outlet ? { outlet } : {}
}

function articleJson(source: JsonSource) {
  return source.kind === 'text'
    ? { text: source.text, ...withOutlet(source) }
    : { url: source.url.trim(), ...withOutlet(source) }
}

export async function listStories(
  options: { q?: string; cursor?: string } = {},
): Promise<StoryPage> {
  const response = await client.api.stories.$get({
    query: { q: options.q || undefined, cursor: options.cursor || undefined },
  })
  if (response.status !== 200) throw await errorFromResponse(response)
  return response.json()
}

export async function createStory(title: string): Promise<StorySummary> {
  const response = await client.api.stories.$post({ json: { title } })
  if (response.status !== 201) throw await errorFromResponse(response)
  return response.json()
}

export async function getStory(id: string): Promise<Story> {
  const response = await client.api.stories[':id'].$get({ param: { id } })
  if (response.status !== 200) throw await errorFromResponse(response)
  return response.json()
}

export async function deleteStory(id: string): Promise<void> {
  const response = await client.api.stories[':id'].$delete({ param: { id } })
  if (response.status !== 204) throw await errorFromResponse(response)
}

const articlesEndpoint = client.api.stories[':id'].articles
type ArticleJson = InferRequestType<typeof articlesEndpoint.$post>['json']
type AddedArticle = InferResponseType<typeof articlesEndpoint.$post, 201>

/**
 * The route takes JSON or a multipart upload. The typed client would demand both bodies at once
 * for such a route, so this call sends one itself, to the client's URL and with the client's types.
 */
export async function addArticle(storyId: string, source: ArticleSource): Promise<StoryArticle> {
  const url = articlesEndpoint.$url({ param: { id: storyId } })
  let body: FormData | string
  const headers: Record<string, string> = {}
  if (source.kind === 'file') {
    // An uploaded file goes as multipart, so its bytes reach the parser undecoded.
    body = new FormData()
    body.set('file', source.file)
    const { outlet } = withOutlet(source)
    if (outlet) body.set('outlet', outlet)
  } else {
    body = JSON.stringify(articleJson(source) satisfies ArticleJson)
    headers['content-type'] = 'application/json'
  }
  const response = await fetch(url.pathname, { method: 'POST', headers, body })
  if (response.status !== 201) throw await errorFromResponse(response)
  return ((await response.json()) as AddedArticle).article
}

export async function deleteArticle(storyId: string, articleId: string): Promise<void> {
  const response = await client.api.stories[':id'].articles[':articleId'].$delete({
    param: { id: storyId, articleId },
  })
  if (response.status !== 204) throw await errorFromResponse(response)
}

/**
 * Renames an article's outlet. Sent with fetch to the typed client's address of the article, as
 * the client knows the route only once the API has it.
 */
export async function renameArticle(
  storyId: string,
  articleId: string,
  outlet: string,
): Promise<StoryArticle> {
  const url = client.api.stories[':id'].articles[':articleId'].$url({
    param: { id: storyId, articleId },
  })
  const response = await fetch(url.pathname, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outlet }),
  })
  if (response.status !== 200) throw await errorFromResponse(response)
  return ((await response.json()) as AddedArticle).article
}

export async function getComparison(storyId: string): Promise<Comparison> {
  const response = await client.api.stories[':id'].comparison.$get({ param: { id: storyId } })
  if (response.status !== 200) throw await errorFromResponse(response)
  return response.json()
}

/**
 * An uploaded file as the compare route takes it. A plain text file names no outlet of its own, so
 * its file name stands in when none was typed; a page may name its outlet, so it is left to say.
 */
async function fileJson(source: Extract<ArticleSource, { kind: 'file' }>) {
  const content = await source.file.text()
  if (!isPlainText(source.file)) return { html: content, ...withOutlet(source) }
  const outlet = source.outlet?.trim() || fileStem(source.file.name)
  return { text: content, ...(outlet ? { outlet } : {}) }
}

/** Compares articles without storing anything; an uploaded file is read here and sent as HTML. */
export async function compareArticles(sources: ArticleSource[]): Promise<Comparison> {
  const articles = await Promise.all(
    sources.map(async (source) =>
      source.kind === 'file' ? await fileJson(source) : articleJson(source),
    ),
  )
  const response = await client.api.compare.$post({ json: { articles } })
  if (response.status !== 200) throw await errorFromResponse(response)
  return response.json()
}

/**
 * Starts a batch: files go as one multipart upload, addresses as JSON. Sent with fetch to the
 * typed client's address, as the client would demand both bodies at once for this route.
 */
export async function startBatch(input: BatchInput): Promise<Batch> {
  const url = client.api.batches.$url()
  const body = batchBody(input)
  const headers: Record<string, string> =
    typeof body === 'string' ? { 'content-type': 'application/json' } : {}
  const response = await fetch(url.pathname, { method: 'POST', headers, body })
  if (response.status !== 202) throw await errorFromResponse(response)
  return (await response.json()) as Batch
}

export async function getBatch(id: string): Promise<Batch> {
  const response = await client.api.batches[':id'].$get({ param: { id } })
  if (response.status !== 200) throw await errorFromResponse(response)
  return response.json()
}

/** The address of a story's comparison as a downloadable file, for a plain link. */
export function exportUrl(storyId: string, format: ExportFormat): string {
  const url = client.api.stories[':id'].export.$url({ param: { id: storyId }, query: { format } })
  return url.pathname + url.search
}
