import { defineProject } from 'vitest/config'

/** The settings every workspace project shares; each project's vitest.config.ts names itself. */
export function parallaxProject(
  name: string,
  extra: { testTimeout?: number; fileParallelism?: boolean } = {},
) {
  return defineProject({
    test: {
      name,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: extra.testTimeout ?? 20_000,
      fileParallelism: extra.fileParallelism ?? true,
    },
  })
}
