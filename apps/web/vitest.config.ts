import { mergeConfig } from 'vitest/config'
import { parallaxProject } from '../../vitest.shared.ts'

// One browser per test file; files run one after another so two Chromiums never fight over the
// machine's two cores. The API server they talk to is started once, by the global setup.
export default mergeConfig(
  parallaxProject('web', { testTimeout: 60_000, fileParallelism: false }),
  {
    test: { globalSetup: ['./test/global-setup.ts'], hookTimeout: 90_000 },
  },
)
