import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'widget/**/*.test.ts', 'console/**/*.test.ts', 'client-core/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser and server tests share two cores; keep files from starving each other.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
