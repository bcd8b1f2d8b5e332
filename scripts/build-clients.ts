import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';

/**
 * Bundles the front ends into content-hashed files under dist/assets/ (widget/main.tsx -> the chat
 * a council page fetches on first open; console/main.tsx when it exists), records the hashed names
 * in dist/manifest.json, and writes dist/widget.js: the small launcher stub councils embed, with the
 * chat's hashed name and every shipped language's launcher label written in. Writes .gz/.br beside
 * each file so the server sends them precompressed, and prints gzipped sizes, because the widget is
 * fetched over mobile data on cheap phones.
 */

/** .css files become minified strings: the widget adopts them as a stylesheet of its own shadow root. */
const cssAsText: Plugin = {
  name: 'css-as-text',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true, target: 'chrome80' });
      return { contents: code, loader: 'text' };
    });
  },
};

const shared: BuildOptions = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2019',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  sourcemap: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [cssAsText],
  logLevel: 'warning',
};

const ASSETS = 'dist/assets';
/** docs/embedding.md promises council pages no more than this (gzipped) before a family opens the chat. */
const STUB_BUDGET_KB = 6;
const targets = [
  { name: 'widget', entry: 'widget/main.tsx', budgetKb: 30 },
  { name: 'console', entry: 'console/main.tsx' },
].filter((target) => existsSync(target.entry));

// Old hashed files are removed so dist/ holds exactly one release.
rmSync(ASSETS, { recursive: true, force: true });
mkdirSync(ASSETS, { recursive: true });

const manifest: Record<string, string> = {};
for (const target of targets) {
  const result = await build({
    ...shared,
    entryPoints: { [target.name]: target.entry },
    outdir: ASSETS,
    entryNames: '[name].[hash]',
    metafile: true,
  });
  const out = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'))!;
  manifest[target.name] = `/assets/${basename(out)}`;
  report(out, target.budgetKb);
}

/** Writes the .gz/.br copies the server sends, and prints the size against an optional budget. */
function report(file: string, budgetKb?: number): void {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes, { level: 9 });
  writeFileSync(`${file}.gz`, gzipped);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const gzKb = gzipped.length / 1024;
  const over = budgetKb && gzKb > budgetKb ? ` — over the ${budgetKb} kB budget` : '';
  console.log(`${file}: ${(bytes.length / 1024).toFixed(1)} kB, ${gzKb.toFixed(1)} kB gzipped${over}`);
}

/** Each shipped language's launcher label, so the launcher speaks the family's language with no fetch. */
function launcherLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const code of readdirSync('locales')) {
    const file = `locales/${code}/widget.json`;
    if (!existsSync(file)) continue;
    const label = (JSON.parse(readFileSync(file, 'utf8')) as { launcher?: { label?: unknown } }).launcher?.label;
    labels[code] = typeof label === 'string' ? label : '';
  }
  return labels;
}

if (manifest.widget) {
  await build({
    ...shared,
    entryPoints: ['widget/stub/embed-stub.ts'],
    outfile: 'dist/widget.js',
    // Labels as UTF-8 rather than \u escapes: fewer bytes for every page view (served as utf-8).
    charset: 'utf8',
    define: { ...shared.define, FRONT_DOOR_CHAT: JSON.stringify(manifest.widget), FRONT_DOOR_LAUNCHER_LABELS: JSON.stringify(launcherLabels()) },
  });
  report('dist/widget.js', STUB_BUDGET_KB);
}
writeFileSync('dist/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
