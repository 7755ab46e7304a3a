import { InvalidArgumentError, Option, type Command } from 'commander'
import { REPORT_FORMATS } from './check-options.js'

export interface ScanFlags {
  format: (typeof REPORT_FORMATS)[number]
  pages: number
  region?: string
  consentClick?: string
  out?: string
  writeSuggestions?: boolean
  concurrency: 1 | 2
  pageTimeout: number
  maxTime: number
  chromium?: string
}

/** `policyc scan URL [POLICY]`: options only; the work is in scan.ts, imported when it runs. */
export function registerScan(program: Command): void {
  program
    .command('scan')
    .description('visit a live site in headless Chromium and compare what it does (cookies, storage, third-party hosts, GPC) with a policy; exit 1 on differences')
    .argument('<url>', 'the page to start from: an http or https URL (a staging site, or the local preview)')
    .argument('[policy]', 'the policy folder or file to compare with; without it, only what the site does is printed')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('pretty'))
    .option('--pages <n>', 'pages to visit per pass, breadth-first on the same origin (at most 100)', parsePages, 10)
    .option('--region <region>', 'the region whose law decides the consent findings (default: the first EEA/UK region the policy serves)')
    .option('--consent-click <selector>', 'CSS selector of the cookie banner\'s "accept" button, clicked on the first page of the after-consent and GPC visits')
    .option('--out <dir>', 'also write a report page to <dir>/<policy>/scan/ (index.html, index.md, scan.json)')
    .option('--write-suggestions', 'print the YAML entries to add for undeclared cookies and storage keys (never edits a file)')
    .addOption(new Option('--concurrency <n>', 'pages loaded at once').choices(['1', '2']).default(1).argParser((v) => (v === '2' ? 2 : 1)))
    .option('--page-timeout <seconds>', 'time for one page to load', parseSeconds, 20)
    .option('--max-time <seconds>', 'time for the whole scan (at most 900)', parseSeconds, 300)
    .option('--chromium <path>', 'the Chromium executable (default: /usr/bin/chromium)')
    .addHelpText(
      'after',
      `
Three visits, each in a fresh browser profile: without consent; after clicking --consent-click (when
given); and the same with Global Privacy Control on (Sec-GPC: 1). robots.txt and rel=nofollow are
honoured; only http(s) is fetched; nothing is clicked but the consent selector, no form is submitted,
downloads are refused, and pages, bytes and time are capped.

Examples:
  policyc scan https://staging.example.com/ policies/acme --consent-click "#accept-all"
  policyc scan https://staging.example.com/ policies/acme --format github      annotations in CI
  policyc scan https://staging.example.com/ policies/acme --write-suggestions  YAML for what is undeclared
  policyc scan https://staging.example.com/ policies/acme --out dist            dist/<policy>/scan/index.html

Exit codes: 0 the site matches the policy, 1 differences found (or the policy has errors),
2 usage error, unreachable URL or no browser.`,
    )
    .action(async (url: string, policy: string | undefined, flags: ScanFlags) => {
      const { runScan } = await import('./scan.js')
      process.exitCode = await runScan(url, policy, flags)
    })
}

function parsePages(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('expected a whole number from 1 to 100.')
  return n
}

function parseSeconds(value: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0 || n > 900) throw new InvalidArgumentError('expected a number of seconds from 1 to 900.')
  return n
}
