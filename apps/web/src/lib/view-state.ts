import type { DivergenceKind, FacetStatus } from '@parallax/compare'
import { kindOrder, statusOrder } from './comparison'

// What a reader chose on a comparison (tab, filters, highlighted facet) kept in the address's
// query, so a reload or a shared link opens the same view. Unknown or repeated values are dropped.

export const comparisonTabs = ['facets', 'headlines', 'quotes', 'reading'] as const
export type ComparisonTab = (typeof comparisonTabs)[number]

export interface ViewState {
  tab: ComparisonTab
  statuses: FacetStatus[]
  kinds: DivergenceKind[]
  facet?: string
  uncertain: boolean
}

export const defaultViewState: ViewState = {
  tab: 'facets',
  statuses: [],
  kinds: [],
  uncertain: false,
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  const given = new Set((value ?? '').split(','))
  // In the fixed order of `allowed`, so the same choice always reads back the same.
  return allowed.filter((item) => given.has(item))
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const tab = params.get('tab')
  const facet = params.get('facet')?.trim()
  return {
    tab: comparisonTabs.find((known) => known === tab) ?? 'facets',
    statuses: listOf(params.get('status'), statusOrder),
    kinds: listOf(params.get('kind'), kindOrder),
    ...(facet ? { facet } : {}),
    uncertain: params.get('uncertain') === '1',
  }
}

/** The query for a view state, `''` for the default view; always in one order. */
export function viewStateQuery(state: ViewState): string {
  const params = new URLSearchParams()
  if (state.tab !== 'facets') params.set('tab', state.tab)
  const statuses = listOf(state.statuses.join(','), statusOrder)
  const kinds = listOf(state.kinds.join(','), kindOrder)
  if (statuses.length > 0) params.set('status', statuses.join(','))
  if (kinds.length > 0) params.set('kind', kinds.join(','))
  if (state.facet) params.set('facet', state.facet)
  if (state.uncertain) params.set('uncertain', '1')
  const query = params.toString().replaceAll('%2C', ',')
  return query ? `?${query}` : ''
}
