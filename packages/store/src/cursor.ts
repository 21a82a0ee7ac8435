import { StoreError } from './errors'

/** Where a page of stories ended: the last story's creation time and creation sequence number. */
export interface StoryCursor {
  createdAt: string
  seq: number
}

const ISO_MICROS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/

/** Opaque to callers so the ordering can change without breaking their code. */
export function encodeCursor(cursor: StoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.seq])).toString('base64url')
}

export function decodeCursor(text: string): StoryCursor {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
  } catch {
    value = undefined
  }
  if (Array.isArray(value) && value.length === 2) {
    const [createdAt, seq] = value as unknown[]
    if (typeof createdAt === 'string' && ISO_MICROS.test(createdAt) && isSeq(seq)) {
      return { createdAt, seq }
    }
  }
  throw new StoreError('INVALID', 'store: the cursor is not one this store gave out')
}

function isSeq(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}
