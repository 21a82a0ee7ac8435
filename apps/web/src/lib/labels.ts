import type { DivergenceKind, FacetStatus } from '@parallax/compare'

// Words shown to readers for the comparison vocabulary; one place so every screen says the same.

export const statusLabels: Record<FacetStatus, { text: string; plural: string; icon: string }> = {
  diverge: { text: 'Diverges', plural: 'Diverging', icon: '≠' },
  agree: { text: 'Agrees', plural: 'Agreeing', icon: '=' },
  single: { text: 'One outlet', plural: 'One outlet only', icon: '◐' },
}

export const kindLabels: Record<DivergenceKind, { text: string; description: string }> = {
  value: {
    text: 'Conflicting value',
    description: 'Outlets give different names, numbers or dates',
  },
  negation: { text: 'Negation', description: 'One outlet affirms what another denies' },
  hedge: {
    text: 'Hedged',
    description: 'One states as fact what another reports as estimate or allegation',
  },
  attribution: {
    text: 'Attribution',
    description: 'Outlets credit the statement to different sources',
  },
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
