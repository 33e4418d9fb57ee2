import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests and CLI child processes are CPU-heavy; two cores on CI.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/ once, so the CLI tests run the real executable.
    globalSetup: ['test/cli/global-setup.ts'],
    // FC_SEED fixes fast-check's seed (replaying a failure, several seeds in CI).
    setupFiles: ['test/support/fc-seed.ts'],
  },
});
