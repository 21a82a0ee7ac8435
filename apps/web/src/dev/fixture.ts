import type {
  Comparison,
  ComparisonArticle,
  DivergenceKind,
  Facet,
  FacetClaim,
  FacetStatus,
  WordChange,
} from '@parallax/compare'

type EntityType = FacetClaim['entities'][number]['type']
type HedgeKind = FacetClaim['hedges'][number]['kind']

// A hand-written comparison of the two seed articles, for working on the screens in `vite dev`
// before an API is running (open /dev/fixture). Never bundled into the production build.

const jpost = [
  'A court shut the doors on Thursday to Amnesty International’s request to revoke NSO’s export license in a case with massive national security and human rights implications.',
  'Tel Aviv District Court Judge Rachel Barkai did allow Amnesty lawyer, Itai Mack, to make some arguments before a huge media presence about the importance of keeping part of the case open to the public.',
  'In a statement on Wednesday, the defense ministry did not comment directly on whether it had sought a dismissal or gag order but said its supervision of defense exports was “subject to constant scrutiny and periodic assessments.”',
  'The Israeli company’s cellphone hacking software, Pegasus, has been linked to political surveillance in Mexico, the United Arab Emirates and Saudi Arabia, according to University of Toronto’s Citizen Lab.',
  'In October, WhatsApp, which is owned by Facebook Inc, sued NSO in the US federal court in San Francisco, accusing it of helping government spies break into the phones of about 1,400 users across four continents.',
]

const ctech = [
  'Amnesty International has filed an injunction request in Israeli court against the Israeli Ministry of Defense, asking the state to discontinue software company NSO’s license to export its products to an unidentified country.',
  'According to estimates by Israel Defense, the country is Saudi Arabia.',
  'The Defense Ministry claimed the case should be dismissed.',
  'A decision on whether the hearing will be closed to the public is still to come.',
  'Lavie neither confirmed nor denied that NSO had sold its products to the kingdom.',
]

function article(id: string, outlet: string, title: string, texts: string[]): ComparisonArticle {
  let start = 0
  const sentences = texts.map((text, index) => {
    const sentence = { index, start, end: start + text.length, text }
    start += text.length + 2
    return sentence
  })
  return { id, outlet, title, sentences }
}

const articles = [
  article(
    'a-jpost',
    'The Jerusalem Post',
    'Court closes hearing on Amnesty bid to revoke NSO license',
    jpost,
  ),
  article('a-ctech', 'Calcalist', 'Amnesty vs. NSO: Does the Firm Have an Export License?', ctech),
]

interface ClaimSpec {
  article: 0 | 1
  sentence: number
  entities?: [string, EntityType][]
  numbers?: [string, number, string?][]
  dates?: [string, string][]
  hedges?: [string, HedgeKind][]
  negated?: boolean
  negation?: string
}

function claim(spec: ClaimSpec): FacetClaim {
  const owner = articles[spec.article]!
  const sentence = owner.sentences[spec.sentence]!
  const at = (words: string) => {
    const start = sentence.start + sentence.text.indexOf(words)
    return { start, end: start + words.length, text: words }
  }
  const key = (words: string) => words.toLowerCase().replace(/\W+/g, '-')
  return {
    article: owner.id,
    sentence: sentence.index,
    span: { start: sentence.start, end: sentence.end },
    fact: 'main',
    text: sentence.text,
    entities: (spec.entities ?? []).map(([words, type]) => ({
      ...at(words),
      key: key(words),
      type,
    })),
    numbers: (spec.numbers ?? []).map(([words, value, unit]) => ({
      ...at(words),
      value,
      precision: 'approximate' as const,
      type: 'count' as const,
      ...(unit ? { unit } : {}),
    })),
    dates: (spec.dates ?? []).map(([words, value]) => ({
      ...at(words),
      value,
      granularity: 'day' as const,
      relative: true,
    })),
    hedges: (spec.hedges ?? []).map(([words, kind]) => ({ ...at(words), kind })),
    negated: spec.negated ?? false,
    negations: spec.negation
      ? [{ ...at(spec.negation), kind: 'not' as const, scope: at(spec.negation) }]
      : [],
    attribution: { kind: 'outlet' },
  }
}

function facet(
  id: string,
  label: string,
  status: FacetStatus,
  kinds: DivergenceKind[],
  claims: ClaimSpec[],
  explanation: string,
): Facet {
  // A fixture is as sure of a divergence as of an agreement: the screen ranks by status first.
  const confidence = status === 'single' ? 1 : 0.8
  return { id, label, status, kinds, confidence, claims: claims.map(claim), explanation }
}

const facets: Facet[] = [
  facet(
    'f-export-country',
    'Which country is the export license for',
    'diverge',
    ['value', 'hedge'],
    [
      {
        article: 1,
        sentence: 0,
        entities: [
          ['Amnesty International', 'organisation'],
          ['Israeli Ministry of Defense', 'organisation'],
          ['NSO', 'organisation'],
        ],
      },
      {
        article: 1,
        sentence: 1,
        entities: [
          ['Israel Defense', 'organisation'],
          ['Saudi Arabia', 'place'],
        ],
        hedges: [['According to estimates', 'estimate']],
      },
      {
        article: 0,
        sentence: 0,
        entities: [
          ['Amnesty International', 'organisation'],
          ['NSO', 'organisation'],
        ],
        dates: [['Thursday', '2020-01-16']],
      },
    ],
    'Calcalist names the country as “Saudi Arabia”, “according to estimates by Israel Defense”; The Jerusalem Post never names the license country.',
  ),
  facet(
    'f-dismissal',
    'Whether the Defense Ministry sought a dismissal',
    'diverge',
    ['negation'],
    [
      {
        article: 0,
        sentence: 2,
        entities: [['defense ministry', 'organisation']],
        dates: [['Wednesday', '2020-01-15']],
        negated: true,
        negation: 'did not',
      },
      { article: 1, sentence: 2, entities: [['Defense Ministry', 'organisation']] },
    ],
    'Calcalist says the ministry “claimed the case should be dismissed”; The Jerusalem Post says it “did not comment directly on whether it had sought a dismissal”.',
  ),
  facet(
    'f-hearing-closed',
    'Whether the hearing was closed to the public',
    'diverge',
    ['value'],
    [
      {
        article: 0,
        sentence: 0,
        dates: [['Thursday', '2020-01-16']],
        entities: [['Amnesty International', 'organisation']],
      },
      { article: 1, sentence: 3, hedges: [['still to come', 'possibility']] },
    ],
    'The Jerusalem Post reports the court “shut the doors”; Calcalist says the decision “is still to come”.',
  ),
  facet(
    'f-judge',
    'Judge Barkai heard Amnesty’s lawyer',
    'single',
    [],
    [
      {
        article: 0,
        sentence: 1,
        entities: [
          ['Tel Aviv District Court', 'court'],
          ['Rachel Barkai', 'person'],
          ['Itai Mack', 'person'],
        ],
      },
    ],
    'Only The Jerusalem Post reports this.',
  ),
  facet(
    'f-pegasus',
    'Pegasus linked to surveillance in several countries',
    'single',
    [],
    [
      {
        article: 0,
        sentence: 3,
        entities: [
          ['Pegasus', 'product'],
          ['Mexico', 'place'],
          ['United Arab Emirates', 'place'],
          ['Saudi Arabia', 'place'],
          ['Citizen Lab', 'organisation'],
        ],
        hedges: [['has been linked', 'allegation']],
      },
    ],
    'Only The Jerusalem Post reports this.',
  ),
  facet(
    'f-whatsapp',
    'WhatsApp sued NSO over 1,400 hacked phones',
    'single',
    [],
    [
      {
        article: 0,
        sentence: 4,
        entities: [
          ['WhatsApp', 'organisation'],
          ['Facebook Inc', 'organisation'],
          ['NSO', 'organisation'],
          ['San Francisco', 'place'],
        ],
        numbers: [['about 1,400', 1400, 'user']],
        dates: [['In October', '2019-10']],
      },
    ],
    'Only The Jerusalem Post reports this.',
  ),
  facet(
    'f-lavie',
    'NSO’s CEO on sales to Saudi Arabia',
    'single',
    [],
    [
      {
        article: 1,
        sentence: 4,
        entities: [
          ['Lavie', 'person'],
          ['NSO', 'organisation'],
        ],
        negated: true,
        negation: 'neither confirmed nor denied',
      },
    ],
    'Only Calcalist reports this.',
  ),
  facet(
    'f-revoke',
    'Amnesty asked the court to revoke NSO’s export license',
    'agree',
    [],
    [
      {
        article: 0,
        sentence: 0,
        entities: [
          ['Amnesty International', 'organisation'],
          ['NSO', 'organisation'],
        ],
      },
      {
        article: 1,
        sentence: 0,
        entities: [
          ['Amnesty International', 'organisation'],
          ['NSO', 'organisation'],
        ],
      },
    ],
    'Both outlets report that Amnesty International asked to revoke NSO’s export license.',
  ),
]

function words(a: string, b: string): WordChange[] {
  const left = a.split(/(\s+)/)
  const right = b.split(/(\s+)/)
  const same = new Set(right)
  const kept = new Set(left)
  return [
    ...left.map((value) => ({
      value,
      type: same.has(value) ? ('same' as const) : ('removed' as const),
    })),
    ...right
      .filter((value) => !kept.has(value))
      .map((value) => ({ value, type: 'added' as const })),
  ]
}

export const fixtureComparison: Comparison = {
  version: 1,
  articles,
  facets,
  pairs: [
    {
      a: { article: 'a-jpost', sentence: 2 },
      b: { article: 'a-ctech', sentence: 2 },
      score: 0.41,
      facet: 'f-dismissal',
      diff: words(
        'the defense ministry did not comment directly on whether it had sought a dismissal',
        'The Defense Ministry claimed the case should be dismissed.',
      ),
    },
    {
      a: { article: 'a-jpost', sentence: 0 },
      b: { article: 'a-ctech', sentence: 0 },
      score: 0.52,
      facet: 'f-revoke',
      diff: words(
        'Amnesty International’s request to revoke NSO’s export license',
        'Amnesty International has filed an injunction request to discontinue NSO’s license to export',
      ),
    },
  ],
  coverage: {
    'a-jpost': { facets: 7, single: 3 },
    'a-ctech': { facets: 5, single: 1 },
  },
}
