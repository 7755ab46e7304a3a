// Bundles the command line (lib/cli/program.js and everything it imports, policyc's own modules and
// its dependencies) into lib/bundle/, one chunk per lazily imported command. Why: Node spends about
// a fifth of a `policyc check` of two policies finding, reading and compiling ~400 separate ES
// modules; from a few large files the same check costs ~220 ms less (issue 19 item 6). Run after
// tsc (`npm run build` does); lib/cli/index.js uses the bundle only while it is newer than the
// modules tsc wrote, so a bare `tsc` never leaves an old bundle answering for new code.
//
// The programmatic API (lib/index.js) and the worker threads (lib/parallel/policy-worker.js) stay
// plain modules. Source maps point into lib/; `POLICYC_DEBUG=1` turns them on for a stack trace.
import { build } from 'esbuild'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const lib = `${root}lib/`
const outdir = `${lib}bundle`
const pkg = JSON.parse(await readFile(`${root}package.json`, 'utf8'))

/**
 * Each module finds its files (package.json, templates/, the precompiled validators, the code it
 * digests for caches) relative to its own `import.meta.url`. In a bundle that URL is the chunk's,
 * so every use is rewritten to the URL the module had in lib/, relative to the bundle's folder.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]lib[\\/].*\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const own = JSON.stringify(relative(outdir, args.path).split('\\').join('/'))
      return { contents: text.replaceAll('import.meta.url', `new URL(${own}, import.meta.url).href`), loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}

await rm(outdir, { recursive: true, force: true })
await build({
  entryPoints: [`${lib}cli/program.js`],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: `node${pkg.engines.node.replace(/^>=\s*/, '').split('.')[0]}`,
  // Optional peers (playwright-core for PDFs and scans) are the user's to install, and load from
  // their node_modules as before.
  external: Object.keys(pkg.peerDependencies ?? {}),
  // Some dependencies are CommonJS and call require(): an ES module has none of its own.
  banner: { js: "import { createRequire as __policycRequire } from 'node:module'; const require = __policycRequire(import.meta.url);" },
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  plugins: [keepModuleUrls],
})
// Written last: its time says the bundle is complete (lib/cli/index.js compares it with tsc's output).
await writeFile(`${outdir}/complete`, 'lib/bundle was written by scripts/bundle-cli.mjs after tsc; lib/cli/index.js uses it while it is newer than lib/cli/program.js\n')
