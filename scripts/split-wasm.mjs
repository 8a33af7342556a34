// Trunk post-build hook (the first step of scripts/post-build.sh, before the loader is moved
// out of the page): splits the explorer's wasm into a main module and chunks fetched when first needed
// (the views marked `#[wasm_split]`, see src/ui/lazy_view.rs), as cargo-leptos's `--split` does:
//
//   1. cargo's own wasm (linked with --emit-relocs, see build.rs) → tools/split-wasm → the main
//      module, one wasm file per chunk and the JavaScript that links them (`__wasm_split.js`);
//   2. wasm-bindgen on the main module (--keep-lld-exports: the chunks link to its functions);
//   3. release builds: wasm-opt on the main module and on every chunk (Trunk's own wasm-opt is
//      off for the explorer: data-wasm-opt="0" in index.html);
//   4. the chunks and the link file get names with a checksum of their contents (a browser never
//      pairs a cached chunk with a newer main module); the main module keeps Trunk's name (a
//      hash of cargo's wasm, which determines everything here) and replaces Trunk's files in the
//      staging folder; index.html's integrity hashes follow, and it preloads the link file.
//
// Usage (by the hook): node scripts/split-wasm.mjs; reads TRUNK_STAGING_DIR, TRUNK_PROFILE and
// TRUNK_SOURCE_DIR. Tools: cargo, wasm-bindgen and (release) wasm-opt on PATH.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const BIN = 'explorer';
// The flags the explorer's wasm-opt had under Trunk (data-wasm-opt="z" with
// data-wasm-opt-params="--low-memory-unused"; Trunk adds nothing else for this app).
const WASM_OPT_FLAGS = ['-Oz', '--low-memory-unused'];
const LINK_JS = '__wasm_split.js';

const staging = required('TRUNK_STAGING_DIR');
const release = process.env.TRUNK_PROFILE === 'release';
const source = process.env.TRUNK_SOURCE_DIR || '.';

function required(name) {
  const value = process.env[name];
  if (!value) fail(`${name} is not set: run by trunk as a post_build hook`);
  return value;
}

function fail(message) {
  console.error(`split-wasm: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return execFileSync(command, args, { cwd: source, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });
}

const checksum = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Trunk's name for the explorer's files in the staging folder: `explorer-<hash>`. */
async function trunkName() {
  const names = (await readdir(staging)).filter((f) => new RegExp(`^${BIN}-[0-9a-f]+\\.js$`).test(f));
  if (names.length !== 1) fail(`expected one ${BIN}-<hash>.js in ${staging}, found ${names.length}`);
  return names[0].slice(0, -'.js'.length);
}

/** Cargo's output for the explorer bin, as Trunk built it (target dir from cargo itself). */
function cargoWasm() {
  const meta = JSON.parse(run('cargo', ['metadata', '--format-version', '1', '--no-deps', '--offline']));
  const profile = release ? 'release' : 'debug';
  return { target: meta.target_directory, wasm: path.join(meta.target_directory, 'wasm32-unknown-unknown', profile, `${BIN}.wasm`) };
}

/** Runs the splitter (tools/split-wasm); returns the chunks' file names in `out`. */
function split(target, wasm, out, name) {
  const profile = release ? ['--release'] : [];
  const args = ['run', '--quiet', '--locked', ...profile, '-p', 'split-wasm', '--', wasm, out, `./${name}.js`];
  return run('cargo', args, { env: { ...process.env, CARGO_TARGET_DIR: target } }).split('\n').filter(Boolean);
}

function bindgen(out, name) {
  run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    '--out-dir', path.join(out, 'bindgen'), '--out-name', name, path.join(out, 'main.wasm')]);
}

function optimise(file) {
  run('wasm-opt', [...WASM_OPT_FLAGS, file, '-o', file]);
}

/** Copies `from` to the staging folder as `name`; returns the new contents. */
async function stage(from, name) {
  await copyFile(from, path.join(staging, name));
  return readFile(from);
}

/** Gives every chunk a checksummed name; returns the link file's text, pointing at them. */
async function stageChunks(out, chunks) {
  let link = await readFile(path.join(out, LINK_JS), 'utf8');
  for (const chunk of chunks) {
    const file = path.join(out, chunk);
    if (release) optimise(file);
    const bytes = await readFile(file);
    const named = `${chunk.replace(/\.wasm$/, '')}-${checksum(bytes)}.wasm`;
    const quoted = `"./${chunk}"`;
    if (!link.includes(quoted)) fail(`${LINK_JS} does not load ${chunk}`);
    link = link.replaceAll(quoted, `"./${named}"`);
    await stage(file, named);
    console.log(`split-wasm: ${named} ${bytes.length} bytes`);
  }
  return link;
}

/** Replaces Trunk's file `name` with `bytes`, and its integrity hash in the page. */
async function replaceTrunkFile(html, name, bytes) {
  const file = path.join(staging, name);
  const oldHash = sri(await readFile(file));
  await writeFile(file, bytes);
  return html.replaceAll(oldHash, sri(bytes));
}

/** Preloads the link file beside the main module's JavaScript (it imports it at once). */
function preloadLink(html, name, linkName, linkBytes) {
  const tag = new RegExp(`<link[^>]*${name}\\.js[^>]*>`);
  const found = html.match(tag);
  if (!found) fail(`index.html does not load ${name}.js`);
  const preload = `<link rel="modulepreload" href="./${linkName}" crossorigin integrity="${sri(linkBytes)}">`;
  return html.replace(found[0], found[0] + preload);
}

/** Release builds: the link file minified (before it is named by its checksum). */
async function minified(js) {
  if (!release) return js;
  const { minify } = await import('terser');
  const out = await minify(js, { module: true, compress: true, mangle: true });
  if (!out.code) fail(`terser gave nothing for ${LINK_JS}`);
  return out.code;
}

async function main() {
  const name = await trunkName();
  const { target, wasm } = cargoWasm();
  const out = path.join(target, 'split-wasm', release ? 'release' : 'debug');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const chunks = split(target, wasm, out, name);
  bindgen(out, name);
  const mainWasm = path.join(out, 'bindgen', `${name}_bg.wasm`);
  if (release) optimise(mainWasm);
  const link = await minified(await stageChunks(out, chunks));
  const linkName = `__wasm_split-${checksum(link)}.js`;
  await writeFile(path.join(staging, linkName), link);
  const glue = await readFile(path.join(out, 'bindgen', `${name}.js`), 'utf8');
  // Only the import statement: the wasm's own import keeps the module name `./__wasm_split.js`.
  const imported = `from "./${LINK_JS}"`;
  if (!glue.includes(imported)) fail(`${name}.js does not import ${LINK_JS}`);
  const htmlPath = path.join(staging, 'index.html');
  let html = await readFile(htmlPath, 'utf8');
  html = await replaceTrunkFile(html, `${name}.js`, Buffer.from(glue.replaceAll(imported, `from "./${linkName}"`)));
  html = await replaceTrunkFile(html, `${name}_bg.wasm`, await readFile(mainWasm));
  html = preloadLink(html, name, linkName, Buffer.from(link));
  await writeFile(htmlPath, html);
  console.log(`split-wasm: ${name}_bg.wasm ${(await readFile(mainWasm)).length} bytes, ${linkName}`);
}

await main();
