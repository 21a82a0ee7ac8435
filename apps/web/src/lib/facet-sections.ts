import type { ComparisonArticle, Facet } from '@parallax/compare'
import type { Comparison } from './api-types'

// How the facets page is laid out: the divergences Parallax is surest of first, then what the
// outlets agree on, then what one outlet alone reports, folded per outlet; facets it is unsure of
// wait behind their own switch.

/**
 * Below this confidence a facet's status is a guess: shown only on request. On real news the same
 * fact in two outlets shares few words, so an aligned divergence with direct evidence scores from
 * about 0.25 (the seed story's two headline divergences: 0.25 and 0.28; on the real-news dev set
 * divergences range from 0.18 to 0.85, and agreements from 0.3).
 */
export const UNCERTAIN_BELOW = 0.25
/** How many divergences lead the page; more would stop being "the few that matter". */
export const LEADING_DIVERGENCES = 5

export interface OutletFold {
  article: string
  outlet: string
  facets: Facet[]
}

export interface FacetSections {
  /** The surest divergences, surest first. */
  leading: Facet[]
  /** Sure divergences beyond the leading few, surest first. */
  moreDivergences: Facet[]
  agree: Facet[]
  /** Single-outlet facts per outlet, in the order of the articles; outlets with none left out. */
  single: OutletFold[]
  uncertain: Facet[]
}

export function isUncertain(facet: Facet): boolean {
  return facet.confidence < UNCERTAIN_BELOW
}

/** Surest first; equal confidences keep the engine's order (the sort is stable). */
export function bySureness(facets: Facet[]): Facet[] {
  return [...facets].sort((a, b) => b.confidence - a.confidence)
}

export function sectionFacets(facets: Facet[], articles: ComparisonArticle[]): FacetSections {
  const sure = facets.filter((facet) => !isUncertain(facet))
  const divergences = bySureness(sure.filter((facet) => facet.status === 'diverge'))
  const single = sure.filter((facet) => facet.status === 'single')
  return {
    leading: divergences.slice(0, LEADING_DIVERGENCES),
    moreDivergences: divergences.slice(LEADING_DIVERGENCES),
    agree: sure.filter((facet) => facet.status === 'agree'),
    single: articles
      .map((article) => ({
        article: article.id,
        outlet: article.outlet,
        facets: single.filter((facet) => facet.claims[0]?.article === article.id),
      }))
      .filter((fold) => fold.facets.length > 0),
    uncertain: facets.filter(isUncertain),
  }
}

/** The section a facet is shown in, so a facet named in the address can be opened where it is. */
export function sectionOf(
  sections: FacetSections,
  facetId: string,
): 'leading' | 'moreDivergences' | 'agree' | 'single' | 'uncertain' | undefined {
  const has = (list: Facet[]) => list.some((facet) => facet.id === facetId)
  if (has(sections.leading)) return 'leading'
  if (has(sections.moreDivergences)) return 'moreDivergences'
  if (has(sections.agree)) return 'agree'
  if (sections.single.some((fold) => has(fold.facets))) return 'single'
  if (has(sections.uncertain)) return 'uncertain'
  return undefined
}

/** What each line of the facets page is given: its facet, and what to do to see it in the text. */
export interface FacetItemProps {
  facet: Facet
  comparison: Comparison
  highlighted?: boolean
  onshow: (facet: Facet) => void
}
