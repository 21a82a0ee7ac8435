/** Where a command writes, and what it knows of its terminal: injectable so tests run in-process. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Colour the output (stdout is a terminal and NO_COLOR is not set). */
  color: boolean
  env: Record<string, string | undefined>
}

export function processIo(): CliIo {
  const noColor = (process.env.NO_COLOR ?? '') !== ''
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: Boolean(process.stdout.isTTY) && !noColor,
    env: process.env,
  }
}
