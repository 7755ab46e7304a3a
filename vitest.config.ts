import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Two cores: run test files in parallel, but never more workers than cores.
    maxWorkers: 2,
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node
    // refuses: let Vite transform it (test/workflow validates workflow files with it).
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
})
