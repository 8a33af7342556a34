// Release builds only (run by scripts/external-loader.sh, a Trunk post-build hook): minifies the
// JavaScript that wasm-bindgen writes (Trunk's own minifier cannot parse it) with terser, and
// updates the Subresource Integrity hashes in index.html to match. Usage: node minify-glue.mjs DIR
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { minify } from 'terser';

const dir = process.argv[2];
if (!dir) {
  console.error('minify-glue: give the staging directory');
  process.exit(2);
}
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const htmlPath = path.join(dir, 'index.html');
let html = await readFile(htmlPath, 'utf8');
for (const name of await readdir(dir)) {
  // The app's glue is an ES module; the importer worker's (no-modules) is a classic script.
  const module = !name.startsWith('import-worker');
  // The split's link file is minified by scripts/split-wasm.mjs before it is named by checksum.
  if (!name.endsWith('.js') || name.startsWith('loader-') || name.endsWith('_loader.js')) continue;
  if (name.startsWith('__wasm_split-')) continue;
  const file = path.join(dir, name);
  const before = await readFile(file);
  const out = await minify(before.toString('utf8'), { module, compress: true, mangle: true });
  if (!out.code) throw new Error(`minify-glue: terser gave nothing for ${name}`);
  await writeFile(file, out.code);
  const oldHash = sri(before);
  if (html.includes(oldHash)) html = html.replaceAll(oldHash, sri(Buffer.from(out.code)));
  console.log(`minify-glue: ${name} ${before.length} → ${Buffer.byteLength(out.code)} bytes`);
}
await writeFile(htmlPath, html);
