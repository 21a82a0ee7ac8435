import type { TestProject } from 'vitest/node'
import { startPostgres } from '../../../packages/store/test/pg-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test PostgreSQL server's URL; each test file creates its own database on it. */
    postgresUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startPostgres()
  project.provide('postgresUrl', server.url)
  return () => server.stop()
}
