import { mergeConfig } from 'vitest/config'
import { parallaxProject } from '../../vitest.shared.ts'

// A benchmark keeps its files side by side, so its tests sit beside them, not under src/ or test/.
export default mergeConfig(parallaxProject('bench-cluster', { testTimeout: 120_000 }), {
  test: { include: ['*.test.ts'] },
})
