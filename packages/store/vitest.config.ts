import { mergeConfig } from 'vitest/config'
import { parallaxProject } from '../../vitest.shared.ts'

// The suite runs against a real PostgreSQL server that the global setup starts and stops.
export default mergeConfig(parallaxProject('store', { testTimeout: 60_000 }), {
  // Opening PGlite compiles its WASM and runs initdb: seconds on a busy machine.
  test: { globalSetup: ['./test/global-setup.ts'], hookTimeout: 60_000 },
})
