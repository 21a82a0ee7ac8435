import type { Token } from '../analyse'
import type { Attribution, Entity } from '../types'
import type { Quote } from './quotes'
import type { Speaker, SpeakerContext } from './speaker'
import {
  describeSpeaker,
  isCalendarWord,
  isSpeechVerb,
  objectAfter,
  subjectBefore,
} from './speaker'

export interface AttributionInput {
  body: string
  tokens: readonly Token[]
  entities: readonly Entity[]
  subordinate: readonly boolean[]
  /** Quotes that overlap this sentence, with the speaker found for each. */
  quotes: ReadonlyArray<{ quote: Quote; speaker?: Speaker; cue?: string }>
  start: number
  end: number
  context: SpeakerContext
}

function asAttribution(
  kind: Attribution['kind'],
  speaker: Speaker | undefined,
  cue: string,
): Attribution {
  const who = speaker
    ? { text: speaker.text, ...(speaker.key ? { key: speaker.key } : {}) }
    : undefined
  return { kind: speaker?.anonymous ? 'anonymous' : kind, ...(who ? { speaker: who } : {}), cue }
}

/** `according to X`, `according to estimates by X`: the source named after the cue. */
function accordingTo(input: AttributionInput): { speaker?: Speaker; cue: string } | undefined {
  const { tokens } = input
  const at = tokens.findIndex(
    (t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to' && !input.subordinate[k],
  )
  if (at === -1) return undefined
  // `The A.G., according to the Times, said …`: the source set off between a subject and its
  // reporting verb only passes on what that subject said.
  const close = tokens.findIndex((t, k) => k > at && t.text === ',')
  const subjectOnly = tokens.slice(0, at - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')
  if (tokens[at - 1]?.text === ',' && subjectOnly && close > 0 && isSpeechVerb(tokens, close + 1))
    return undefined
  let first = at + 2
  let last = first
  while (
    last + 1 < tokens.length &&
    tokens[last + 1]?.text !== ',' &&
    tokens[last + 1]?.pos !== 'VERB' &&
    !/^[.!?;”"]$/.test(tokens[last + 1]?.text ?? '')
  )
    last++
  const by = tokens.findIndex((t, k) => k >= first && k <= last && t.lower === 'by')
  if (by !== -1) first = by + 1
  const speaker = first <= last ? describeSpeaker({ ...input, span: [first, last] }) : undefined
  return { ...(speaker ? { speaker } : {}), cue: 'according to' }
}

const ENDS = new Set(['.', '!', '?', '”', '"', ','])

/**
 * The speaker of a reporting verb that follows a comma: either the inverted trailer (`…, said
 * Danna Ingleton.`) or the subject before a parenthetical
 * (`Officials in Riyadh, who spoke on condition of anonymity, said …`).
 */
function speakerAfterComma(tokens: readonly Token[], v: number): [number, number] | undefined {
  const object = objectAfter(tokens, v)
  // `Durbin, Democrat of Illinois, said Tuesday.`: a day after the verb is when, not who.
  const when = object !== undefined && object[0] === object[1] && isCalendarWord(tokens[object[0]])
  if (
    object &&
    !when &&
    (object[1] + 1 >= tokens.length || ENDS.has(tokens[object[1] + 1]?.text ?? ''))
  ) {
    return object
  }
  for (let k = v - 2; k >= 0; k--) {
    if (tokens[k]?.text === ',') return subjectBefore(tokens, k)
  }
  return undefined
}

/**
 * The subject of a reporting verb, or of the verb it is the infinitive of (`Mr. LePage came to
 * believe that …`), so that a reporting verb inside what is believed (`a lawmaker had called him a
 * racist`) is not taken for the source.
 */
function subjectOf(tokens: readonly Token[], v: number): [number, number] | undefined {
  const subject = subjectBefore(tokens, v)
  if (subject || tokens[v - 1]?.lower !== 'to' || tokens[v - 2]?.pos !== 'VERB') return subject
  return subjectBefore(tokens, v - 2)
}

/** `NSO claimed …`, `the Jerusalem Post reported that …`, `…, officials said.` */
function reportedSpeech(input: AttributionInput): { speaker: Speaker; cue: string } | undefined {
  const { tokens, subordinate } = input
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]
    if (!verb || subordinate[v] || !isSpeechVerb(tokens, v)) continue
    const span = tokens[v - 1]?.text === ',' ? speakerAfterComma(tokens, v) : subjectOf(tokens, v)
    if (!span) continue
    const speaker = describeSpeaker({ ...input, span })
    if (speaker) return { speaker, cue: verb.text }
  }
  return undefined
}

/**
 * Who asserts the sentence and how: a direct quote with its speaker, `according to` a source,
 * reported speech (named or anonymous), or the outlet's own voice.
 */
export function extractAttribution(input: AttributionInput): {
  attribution: Attribution
  speaker?: Speaker
} {
  const quoted = input.quotes
    .filter((q) => q.speaker)
    .map((q) => ({
      ...q,
      inner: {
        start: Math.max(q.quote.inner.start, input.start),
        end: Math.min(q.quote.inner.end, input.end),
      },
    }))
    .sort((a, b) => b.inner.end - b.inner.start - (a.inner.end - a.inner.start))[0]
  if (quoted?.speaker) {
    const { speaker } = quoted
    const who = { text: speaker.text, ...(speaker.key ? { key: speaker.key } : {}) }
    return {
      attribution: {
        kind: 'quote',
        speaker: who,
        ...(quoted.cue ? { cue: quoted.cue } : {}),
        quote: quoted.inner,
      },
      speaker,
    }
  }
  const according = accordingTo(input)
  if (according)
    return {
      attribution: asAttribution('according-to', according.speaker, according.cue),
      ...(according.speaker ? { speaker: according.speaker } : {}),
    }
  const reported = reportedSpeech(input)
  if (reported)
    return {
      attribution: asAttribution('reported', reported.speaker, reported.cue),
      speaker: reported.speaker,
    }
  return { attribution: { kind: 'outlet' } }
}
