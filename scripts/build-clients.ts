import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';

/**
 * Bundles the front ends into content-hashed files under dist/assets/ (widget/main.tsx -> one IIFE
 * a council page embeds; console/main.tsx when it exists), writes .gz/.br beside each so the server
 * sends them precompressed, records the hashed names in dist/manifest.json, and writes the small
 * stable dist/widget.js loader that points at the current widget bundle. Prints gzipped sizes,
 * because the widget is fetched over mobile data on cheap phones.
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
const targets = [
  { name: 'widget', entry: 'widget/main.tsx', budgetKb: 40 },
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
  const bytes = readFileSync(out);
  const gzipped = gzipSync(bytes, { level: 9 });
  writeFileSync(`${out}.gz`, gzipped);
  writeFileSync(`${out}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const gzKb = gzipped.length / 1024;
  const over = target.budgetKb && gzKb > target.budgetKb ? ` — over the ${target.budgetKb} kB budget` : '';
  console.log(`${out}: ${(bytes.length / 1024).toFixed(1)} kB, ${gzKb.toFixed(1)} kB gzipped${over}`);
}

if (manifest.widget) {
  await build({
    ...shared,
    plugins: [],
    entryPoints: ['widget/embed-loader.ts'],
    outfile: 'dist/widget.js',
    define: { WIDGET_BUNDLE: JSON.stringify(manifest.widget) },
  });
  console.log(`dist/widget.js (stable embed loader): ${readFileSync('dist/widget.js').length} bytes`);
}
writeFileSync('dist/manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
