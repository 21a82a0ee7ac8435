const ACCEPTED = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])

/** Whether a `Content-Type` names a page Parallax can parse; parameters such as charset are ignored. */
export function classifyContentType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return ACCEPTED.has(essence)
}
