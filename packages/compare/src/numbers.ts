import type { NumberMention } from '@parallax/claims'
import { stem } from './features'

// `about 300` covers 297; a writer who says `about` is rarely off by more than a tenth.
const APPROXIMATE_SHARE = 0.1
const SCALE_WORD = /\b(thousand|million|billion|trillion|bn|mn|[kmb])\b/i

/** Half the place of the last digit written, when a scale word shows the figure was rounded (`1.4 million`). */
function roundingTolerance(n: NumberMention): number {
  const scale = SCALE_WORD.test(n.text)
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(n.text)
  if (!scale || !digits) return 0
  const written = Number(`${digits[1]!.replace(/,/g, '')}.${digits[2] ?? '0'}`)
  if (!written) return 0
  const place = 10 ** -(digits[2]?.length ?? 0)
  return (Math.abs(n.value) / written) * place * 0.5
}

/** The values a mention allows, given the precision it was written with. */
export function numberInterval(n: NumberMention): [number, number] {
  const rounding = roundingTolerance(n)
  switch (n.precision) {
    case 'approximate': {
      const tolerance = Math.max(Math.abs(n.value) * APPROXIMATE_SHARE, rounding)
      return [n.value - tolerance, n.value + tolerance]
    }
    case 'at-least':
      return [n.low ?? n.value, Number.POSITIVE_INFINITY]
    case 'at-most':
      return [Number.NEGATIVE_INFINITY, n.high ?? n.value]
    case 'range': {
      // `7 to 2` is a score, not a range from 7 down to 2: take the bounds in either order.
      const low = n.low ?? n.value
      const high = n.high ?? n.value
      return [Math.min(low, high), Math.max(low, high)]
    }
    default:
      return [n.value - rounding, n.value + rounding]
  }
}

/** True when two mentions could describe the same quantity. */
export function numbersCompatible(a: NumberMention, b: NumberMention): boolean {
  const [aLow, aHigh] = numberInterval(a)
  const [bLow, bHigh] = numberInterval(b)
  const slack = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value))
  return aLow <= bHigh + slack && bLow <= aHigh + slack
}

/** What a number counts, for deciding whether two numbers can be compared at all. */
export function unitKey(n: NumberMention): string {
  return n.unit ? stem(n.unit) : ''
}

/** A bare four-digit number between 1900 and 2100 is far more often a year than a count. */
export function looksLikeYear(n: NumberMention): boolean {
  return !n.unit && Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100
}
