import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    // Coverage instruments every line: tests on 100 kB inputs and more need more than the default 5 s.
    testTimeout: 30_000,
    coverage: {
      // `npm test` (vitest run) measures coverage every time and fails below the thresholds.
      enabled: true,
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        // Entry points that only start other code in a process or thread of their own.
        'src/cli/bin.ts',
        'src/cli/worker.ts',
        // Re-exports and types only: nothing runs.
        'src/index.ts',
        'src/types.ts',
        'src/locales/types.ts',
        'src/dates/locale.ts'
      ],
      reporter: ['text'],
      // Per run, outside the checkout: two runs at once (editor and terminal) would clash over one
      // directory. For files: `vitest run --coverage.reporter=html --coverage.reportsDirectory=coverage`.
      reportsDirectory: join(tmpdir(), `remark-factbox-coverage-${process.pid}`),
      thresholds: {lines: 95}
    }
  }
})
