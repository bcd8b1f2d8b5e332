import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * Compiles the server to one ES module, dist/server/main.js, so production runs plain `node`
 * (no tsx, no TypeScript at runtime). esbuild rather than tsc: it is already our bundler, takes
 * well under a second, and one file is simple to ship. Packages stay external (better-sqlite3 is
 * native and everything else is installed by `npm ci --omit=dev`). Type checking stays `tsc --noEmit`.
 * The bundle finds flows/, locales/, config/ and dist/ through server/project-root.ts, so it must
 * sit somewhere inside the project folder.
 */
export async function buildServer(outfile = 'dist/server/main.js'): Promise<void> {
  await build({
    entryPoints: ['server/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildServer();
  console.log('dist/server/main.js: compiled server');
}
