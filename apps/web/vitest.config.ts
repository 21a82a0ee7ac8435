import { parallaxProject } from '../../vitest.shared'

// One browser per test file; files run one after another so two Chromiums never fight over the
// machine's two cores.
export default parallaxProject('web', { testTimeout: 60_000, fileParallelism: false })
