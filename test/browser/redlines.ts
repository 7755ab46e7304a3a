import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

/** Replaces text that must be there: a fixture edit that no longer applies fails loudly. */
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`test/browser/redlines: \`${String(from)}\` is not in ${file}`)
  writeFileSync(file, next)
}

/**
 * Redline pages for the browser suite without a second site build: the flagship notice against a
 * copy of it with a longer retention period, a reworded recipient, a cookie that lives longer and
 * a recipient removed (with the sentence naming it), compared as two folders with
 * `policyc diff --format html`, for every region's text and for one region's reader. The pages go
 * where `build --history` puts redlines (`<policy>/changes/<date>/…`), served with the site.
 */
export async function addRedlines(work: string, dist: string): Promise<void> {
  const copy = join(work, 'xwms-next')
  cpSync(join(root, 'policies', 'xwms'), copy, { recursive: true })
  const data = join(copy, 'data.yaml')
  edit(data, /    period: not-stated\n/, '    period: P10Y\n')
  edit(data, 'Our payment processor. It handles and stores payment data; we do not keep', 'Our payment service provider. It handles and stores payment data; we never keep')
  edit(data, /    duration: not-stated\n/, '    duration: P13M\n')
  edit(data, /  - id: x\n[\s\S]*?(?=  - id: google-sign-in)/, '')
  edit(join(copy, 'sections.yaml'), ':ref{id=x} or :ref{id=google-sign-in}', ':ref{id=google-sign-in}')
  for (const [region, folder] of [[undefined, ''], ['us-ca', 'us-ca/']] as const) {
    const result = await runCli(['diff', join(root, 'policies', 'xwms'), copy, '--format', 'html', ...(region ? ['--region', region] : [])], { cwd: root })
    if (result.code !== 0) throw new Error(`policyc diff --format html failed (exit ${result.code}):\n${result.stderr}`)
    const target = join(dist, 'xwms-privacy', 'changes', '2099-01-01', folder)
    mkdirSync(target, { recursive: true })
    writeFileSync(join(target, 'index.html'), result.stdout)
  }
}
