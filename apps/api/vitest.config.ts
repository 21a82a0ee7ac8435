import { mergeConfig } from 'vitest/config'
import { parallaxProject } from '../../vitest.shared.ts'

// Route suites run on PGlite and on a real PostgreSQL server that the global setup starts.
export default mergeConfig(parallaxProject('api', { testTimeout: 30_000 }), {
  test: { globalSetup: ['./test/global-setup.ts'], hookTimeout: 90_000 },
})
