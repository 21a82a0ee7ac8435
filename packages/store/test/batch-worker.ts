// Child process for the kill -9 tests: works batch jobs on the store at the URL given, printing
// `start <item text>` as it takes each item and `compare <story id>` as it takes each comparison,
// until it is killed. Arguments: URL, parse delay ms, comparison delay ms.
import { createStore } from '../src/index'
import { testHandlers } from './batch-handlers'

process.stdout.on('error', () => process.exit(1))

const [url, delayMs, compareDelayMs] = process.argv.slice(2)
const store = await createStore(url!, {
  queue: { leaseSeconds: 2, maintenanceSeconds: 1, pollMs: 50 },
})
await store.workBatches(
  testHandlers({
    delayMs: Number(delayMs),
    compareDelayMs: Number(compareDelayMs ?? 0),
    onStart: (text) => process.stdout.write(`start ${text}\n`),
    onCompare: (storyId) => process.stdout.write(`compare ${storyId}\n`),
  }),
)
process.stdout.write('ready\n')
