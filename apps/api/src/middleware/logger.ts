import { pino } from 'pino'

export type LogFormat = 'text' | 'json'

/** What one finished request leaves in the log. */
export interface RequestEntry {
  requestId: string
  method: string
  /** As it arrived, percent-encoded: never decoded into characters that could end the line. */
  path: string
  status: number
  ms: number
}

/** The server's log: one entry per request, and the detail of failures the client is not told. */
export interface Logger {
  request(entry: RequestEntry): void
  failure(requestId: string, error: unknown): void
}

/**
 * `text`: one readable line per entry, its fields separated by spaces, every control character
 * escaped so no input can start a line of its own. `json`: one JSON object per line, written by
 * pino, for log collectors.
 */
export function createLogger(format: LogFormat, write: (line: string) => void): Logger {
  if (format === 'json') return jsonLogger(write)
  return {
    request: ({ requestId, method, path, status, ms }) =>
      write(`${escapeLine(requestId)} ${method} ${escapeLine(path)} ${status} ${ms.toFixed(1)}ms`),
    failure: (requestId, error) => {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error)
      write(`${escapeLine(requestId)} error ${escapeLine(detail.replace(/\n\s*/g, ' | '))}`)
    },
  }
}

function jsonLogger(write: (line: string) => void): Logger {
  const logger = pino(
    { timestamp: pino.stdTimeFunctions.isoTime },
    { write: (line: string) => write(line.replace(/\n$/, '')) },
  )
  return {
    request: ({ requestId, method, path, status, ms }) =>
      logger.info({ requestId, method, path, status, ms: Number(ms.toFixed(1)) }, 'request'),
    failure: (requestId, error) => logger.error({ requestId, err: error }, 'request failed'),
  }
}

/**
 * Control characters (C0, DEL, C1), the Unicode line and paragraph separators, and the backslash
 * that introduces an escape, written as `\uXXXX` (`\\`), so one entry stays one line.
 */
export function escapeLine(text: string): string {
  return text.replace(/[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) =>
    char === '\\' ? '\\\\' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
