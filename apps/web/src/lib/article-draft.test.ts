import { describe, expect, it } from 'vitest'
import {
  completeUrl,
  errorContextOf,
  fileStem,
  isPlainText,
  newDraft,
  sourceOf,
} from './article-draft'

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

describe('completeUrl', () => {
  it('completes an address typed without its scheme', () => {
    expect(completeUrl(' example.org/story ')).toBe('https://example.org/story')
    expect(completeUrl('www.example.org')).toBe('https://www.example.org')
    expect(completeUrl('//example.org/a')).toBe('https://example.org/a')
    expect(completeUrl('example.org:8080/a')).toBe('https://example.org:8080/a')
  })

  it('keeps an address that has a scheme as typed', () => {
    expect(completeUrl('http://example.org')).toBe('http://example.org')
    expect(completeUrl('HTTPS://example.org')).toBe('HTTPS://example.org')
    expect(completeUrl('ftp://example.org')).toBe('ftp://example.org')
    expect(completeUrl('')).toBe('')
  })

  it('makes a draft typed without https:// sendable, and refuses a word that is no address', () => {
    const draft = newDraft('url')
    draft.url = 'nytimes.com/2019/01/25/us/politics/trump-shutdown.html'
    expect(sourceOf(draft)).toMatchObject({
      kind: 'url',
      url: 'https://nytimes.com/2019/01/25/us/politics/trump-shutdown.html',
    })
    draft.url = 'shutdown'
    expect(sourceOf(draft)).toEqual({ problem: expect.stringMatching(/not a web address/) })
  })
})

describe('fileStem', () => {
  it('drops the ending and any folder', () => {
    expect(fileStem('nyt.txt')).toBe('nyt')
    expect(fileStem('Fox News.story.html')).toBe('Fox News.story')
    expect(fileStem('C:\\pages\\huffpost.htm')).toBe('huffpost')
    expect(fileStem('.hidden')).toBe('.hidden')
    expect(fileStem('README')).toBe('README')
  })
})

describe('errorContextOf', () => {
  it('names the file of an upload and the kind of any other input', () => {
    const draft = newDraft('file')
    draft.file = new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })
    expect(errorContextOf(draft)).toEqual({
      kind: 'file',
      file: { name: 'a.pdf', type: 'application/pdf' },
    })
    expect(errorContextOf(newDraft('url'))).toEqual({ kind: 'url' })
  })
})

describe('a file that is not a page', () => {
  it('is refused before it is sent, saying what it looks like and what to do', () => {
    const draft = newDraft('file')
    draft.file = new File(['%PDF-1.7'], 'shutdown.pdf', { type: 'application/pdf' })
    expect(sourceOf(draft)).toEqual({
      problem:
        "This file is not text or HTML (it looks like a PDF). Paste the article's text instead.",
    })
  })
})

describe('isPlainText', () => {
  it('reads the type, and the ending only when the type says nothing', () => {
    expect(isPlainText({ name: 'a.html', type: 'text/plain; charset=utf-8' })).toBe(true)
    expect(isPlainText({ name: 'nyt.txt', type: '' })).toBe(true)
    expect(isPlainText({ name: 'nyt.txt', type: 'text/html' })).toBe(false)
    expect(isPlainText({ name: 'page.html', type: '' })).toBe(false)
  })
})
