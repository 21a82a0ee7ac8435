import { describe, expect, it } from 'vitest'
import { outletSuggestions } from './outlet-suggestions'

describe('outletSuggestions', () => {
  it('finds outlets a text names, first named first', () => {
    const text =
      'In a series of meetings, the Jerusalem Post reported that NSO denies it. ' +
      'NSO has said, and the Wall Street Journal has reported, that probes went dark.'
    expect(outletSuggestions(text)).toEqual(['Jerusalem Post', 'Wall Street Journal'])
  })

  it('reads an agency dateline and a copyright line', () => {
    expect(outletSuggestions('BOSTON (AP) — The governor named a senator.')).toEqual(['AP'])
    expect(
      outletSuggestions('Body text.\n© 2019 Fox News Network, LLC. All rights reserved.'),
    ).toEqual(expect.arrayContaining(['Fox News']))
  })

  it('names each outlet once, with or without "The"', () => {
    const text =
      'The New York Times said so. Later The New York Times and the New York Times agreed.'
    expect(outletSuggestions(text)).toEqual(['The New York Times'])
  })

  it('suggests nothing for a text that names no outlet', () => {
    expect(outletSuggestions('The president said Friday he would sign the bill.')).toEqual([])
    expect(outletSuggestions('')).toEqual([])
  })
})
