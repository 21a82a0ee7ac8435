import { describe, expect, it } from 'vitest'
import { newDraft, sourceOf } from './article-draft'

describe('sourceOf', () => {
  it('refuses an empty or blank text with a reason', () => {
    const draft = newDraft('text')
    draft.text = ' \n\t '
    expect(sourceOf(draft)).toEqual({ problem: expect.stringMatching(/empty/) })
  })

  it('keeps pasted text as written and trims the outlet name', () => {
    const draft = newDraft('text')
    draft.text = '  Body text.  '
    draft.outlet = '  Reuters '
    expect(sourceOf(draft)).toEqual({ kind: 'text', text: '  Body text.  ', outlet: 'Reuters' })
  })

  it('accepts only http and https addresses', () => {
    const draft = newDraft('url')
    draft.url = 'javascript:alert(1)'
    expect(sourceOf(draft)).toEqual({ problem: expect.stringMatching(/http/) })
    draft.url = 'not a url'
    expect(sourceOf(draft)).toEqual({ problem: expect.stringMatching(/not a web address/) })
    draft.url = ' https://example.org/story '
    expect(sourceOf(draft)).toMatchObject({ kind: 'url', url: 'https://example.org/story' })
  })

  it('asks for a file, and refuses an empty one', () => {
    const draft = newDraft('file')
    expect(sourceOf(draft)).toEqual({ problem: expect.stringMatching(/Choose/) })
    draft.file = new File([], 'page.html', { type: 'text/html' })
    expect(sourceOf(draft)).toEqual({ problem: 'The file page.html is empty.' })
    draft.file = new File(['<p>x</p>'], 'page.html', { type: 'text/html' })
    expect(sourceOf(draft)).toMatchObject({ kind: 'file' })
  })
})
