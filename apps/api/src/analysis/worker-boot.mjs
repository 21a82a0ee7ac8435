// Workers start without the TypeScript loader the main thread may have, so the worker's source is
// loaded through tsx here, the same way whether the process runs under tsx, vitest or plain node.
import { workerData } from 'node:worker_threads'
import { tsImport } from 'tsx/esm/api'

await tsImport(workerData.entry, import.meta.url)
