// Child process for the kill -9 test: works batch jobs on the store at the URL given, printing
// `start <item text>` as it takes each item, until it is killed.
import { createStore } from '../src/index'
import { testHandlers } from './batch-handlers'

process.stdout.on('error', () => process.exit(1))

const [url, delayMs] = process.argv.slice(2)
const store = await createStore(url!, {
  queue: { leaseSeconds: 2, maintenanceSeconds: 1, pollMs: 50 },
})
await store.workBatches(
  testHandlers({
    delayMs: Number(delayMs),
    onStart: (text) => process.stdout.write(`start ${text}\n`),
  }),
)
process.stdout.write('ready\n')
