import { CliError, EXIT, type ExitCode } from './errors'
import type { CliIo } from './io'
import { USAGE } from './usage'

type Command = (args: string[], io: CliIo) => Promise<void>

// Loaded on use, so `--help` and usage errors answer before the language models load.
const COMMANDS: Record<string, () => Promise<Command>> = {
  cluster: async () => (await import('./commands/cluster')).runCluster,
  compare: async () => (await import('./commands/compare')).runCompare,
  parse: async () => (await import('./commands/parse')).runParse,
  worker: async () => (await import('./commands/worker')).runWorker,
}

function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')
}

/** Runs one command line and returns its exit code; every failure is one line on stderr. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const [command, ...args] = argv
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    ;(command === undefined ? io.stderr : io.stdout)(USAGE)
    return command === undefined ? EXIT.usage : EXIT.ok
  }
  const load = COMMANDS[command]
  if (!load) {
    io.stderr(`parallax: unknown command "${command}"\n\n${USAGE}`)
    return EXIT.usage
  }
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout(USAGE)
    return EXIT.ok
  }
  try {
    const run = await load()
    await run(args, io)
    return EXIT.ok
  } catch (error) {
    if (isParseArgsError(error)) {
      io.stderr(`parallax: ${error.message}\n\n${USAGE}`)
      return EXIT.usage
    }
    if (error instanceof CliError) {
      io.stderr(`parallax: ${error.message}\n${error.code === 'USAGE' ? `\n${USAGE}` : ''}`)
      return error.exitCode
    }
    throw error
  }
}
