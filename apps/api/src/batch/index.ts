// The batch queue's worker, for `parallax worker` processes
export { startBatchWorker } from './start-worker'
export type { BatchWorkerOptions } from './start-worker'
