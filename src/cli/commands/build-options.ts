import type { Command } from 'commander'
import { DEFAULT_PATHS, JOBS_HELP, parseJobs } from './check-options.js'

export interface BuildFlags {
  out: string
  baseUrl?: string
  force?: boolean
  quiet?: boolean
  /** As for `check`: today for date-based lint rules, and the project config. */
  now?: string
  config?: string
  /** Also build every past version from git, the changelog and the feed. */
  history?: boolean
  /** Also print every variant page to index.pdf (needs Chromium). */
  pdf?: boolean
  /** The Chrome or Chromium to print PDFs with (else CHROME_PATH, else the usual locations). */
  chromePath?: string
  /** Worker threads (`--jobs`); see workerCount in src/parallel/check-in-workers.ts. --history and --pdf build in one thread. */
  jobs?: number
}

/** `policyc build [paths...]`: options only; the work is in build.ts, imported when it runs. */
export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('check policies, then compile the site: HTML, Markdown and JSON-LD for every region')
    .argument('[paths...]', 'policy folders, YAML files, or folders of policies', DEFAULT_PATHS)
    .option('-o, --out <dir>', 'output folder, replaced as a whole on success', 'dist')
    .option('--base-url <url>', 'absolute URL the site is published at, for sitemap.xml and JSON-LD (pages link relatively either way)')
    .option('--force', 'replace a non-empty output folder that policyc did not create (never .git, the home folder, its dot-folders or a system folder)')
    .option('-q, --quiet', 'print errors only, no summary')
    .option('--now <date>', 'the date lint rules treat as today, YYYY-MM-DD, as for check')
    .option('--history', 'also build every past version from git history, the changelog (changes/), the Atom feed (changes.xml) and versions.json')
    .option('--pdf', 'also print every variant page to index.pdf beside it (needs Chromium at /usr/bin/chromium)')
    .option('--chrome-path <file>', 'the Chrome or Chromium to print PDFs with (default: CHROME_PATH, else the usual places on Linux, macOS and Windows)')
    .option('--config <file>', 'the project config (default: policyc.config.yaml in this folder or above)')
    .option('-j, --jobs <n>', JOBS_HELP, parseJobs)
    .addHelpText(
      'after',
      `
Examples:
  policyc build                                    build every policy under policies/ into dist/
  policyc build policies/xwms --out public         build one policy into public/
  policyc build --base-url https://example.com/privacy/
                                                   also write sitemap.xml and absolute JSON-LD ids

The site is written to a temporary folder next to the output and swapped in only when the
whole build succeeded; a failed or interrupted build leaves the previous output untouched.
Nothing is written when a policy has errors: build checks exactly as \`policyc check\` does.

Exit codes: 0 built, 1 errors in a policy or template (nothing written), 2 usage error or an
output folder policyc refuses to replace, or --pdf without a working Chromium.`,
    )
    .action(async (paths: string[], flags: BuildFlags) => {
      const { runBuild } = await import('./build.js')
      process.exitCode = await runBuild(paths, flags)
    })
}
