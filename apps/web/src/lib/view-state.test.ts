import { describe, expect, it } from 'vitest'
import { defaultViewState, parseViewState, viewStateQuery, type ViewState } from './view-state'

describe('view state in the address', () => {
  it('reads back what it wrote', () => {
    const state: ViewState = {
      tab: 'reading',
      statuses: ['diverge', 'single'],
      kinds: ['value', 'hedge'],
      facet: 'f-12ab',
      uncertain: true,
    }
    const query = viewStateQuery(state)
    expect(query).toBe(
      '?tab=reading&status=diverge,single&kind=value,hedge&facet=f-12ab&uncertain=1',
    )
    expect(parseViewState(query)).toEqual(state)
  })

  it('writes nothing for the default view', () => {
    expect(viewStateQuery(defaultViewState)).toBe('')
    expect(parseViewState('')).toEqual(defaultViewState)
  })

  it('writes the same query whatever order the choices were made in', () => {
    const a = viewStateQuery({ ...defaultViewState, statuses: ['single', 'diverge'] })
    const b = viewStateQuery({ ...defaultViewState, statuses: ['diverge', 'single', 'diverge'] })
    expect(a).toBe(b)
  })

  it('drops values it does not know instead of failing', () => {
    expect(
      parseViewState('?tab=nope&status=maybe,agree&kind=<script>&uncertain=yes&facet='),
    ).toEqual({ ...defaultViewState, statuses: ['agree'] })
  })

  it('keeps a facet id with characters that need escaping', () => {
    const query = viewStateQuery({ ...defaultViewState, facet: 'a&b=c d' })
    expect(parseViewState(query).facet).toBe('a&b=c d')
  })
})
