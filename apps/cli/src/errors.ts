/** Exit codes a script can rely on. */
export const EXIT = { ok: 0, usage: 2, badInput: 3, fetchFailed: 4 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export type CliErrorCode = 'USAGE' | 'BAD_INPUT' | 'FETCH_FAILED'

const EXIT_BY_CODE: Record<CliErrorCode, ExitCode> = {
  USAGE: EXIT.usage,
  BAD_INPUT: EXIT.badInput,
  FETCH_FAILED: EXIT.fetchFailed,
}

/** A failure the user can act on: printed as one line on stderr, with its exit code. */
export class CliError extends Error {
  override readonly name = 'CliError'
  readonly code: CliErrorCode

  constructor(code: CliErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }

  get exitCode(): ExitCode {
    return EXIT_BY_CODE[this.code]
  }

  toJSON(): { code: CliErrorCode; message: string } {
    return { code: this.code, message: this.message }
  }
}
