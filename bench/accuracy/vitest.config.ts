import { mergeConfig } from 'vitest/config'
import { parallaxProject } from '../../vitest.shared.ts'

// A benchmark keeps its files side by side, so its tests sit beside them, not under src/ or test/.
// The dev set runs in one test, 24 articles parsed and compared: longer than a unit test.
export default mergeConfig(parallaxProject('bench-accuracy', { testTimeout: 300_000 }), {
  test: { include: ['*.test.ts'] },
})
