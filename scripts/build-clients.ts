import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';

/**
 * Bundles the front ends: widget/main.tsx -> dist/widget.js (one IIFE a council page embeds with
 * one script tag) and, when it exists, console/main.tsx -> dist/console.js. Prints gzipped sizes,
 * because the widget is fetched over mobile data on cheap phones, and writes .gz/.br beside each
 * bundle so the server can send them precompressed.
 */

/** .css files become minified strings: the widget injects them into its own shadow root. */
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

const targets = [
  { entry: 'widget/main.tsx', out: 'dist/widget.js', budgetKb: 40 },
  { entry: 'console/main.tsx', out: 'dist/console.js' },
].filter((target) => existsSync(target.entry));

for (const target of targets) {
  await build({ ...shared, entryPoints: [target.entry], outfile: target.out });
  const bytes = readFileSync(target.out);
  const gzipped = gzipSync(bytes, { level: 9 });
  writeFileSync(`${target.out}.gz`, gzipped);
  writeFileSync(`${target.out}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  const gzKb = gzipped.length / 1024;
  const over = target.budgetKb && gzKb > target.budgetKb ? ` — over the ${target.budgetKb} kB budget` : '';
  console.log(`${target.out}: ${(bytes.length / 1024).toFixed(1)} kB, ${gzKb.toFixed(1)} kB gzipped${over}`);
}
