import { readFile, rename, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { displayPath, findPolicies } from '../../load/load-policy.js'
import { checkLocales, LOCALES_FOLDER, stampTranslation } from '../../locale/index.js'
import { formatStatusJson, formatStatusPretty, type PolicyTranslations } from '../../locale/status-report.js'
import { loadModel } from '../../pipeline.js'
import { EXIT, UsageError } from '../exit.js'
import type { TranslateStampFlags, TranslateStatusFlags } from './translate-options.js'

/** Runs `policyc translate status` and returns its exit code. */
export async function runTranslateStatus(paths: string[], flags: TranslateStatusFlags): Promise<number> {
  const cwd = process.cwd()
  const found = await findPolicies(paths)
  if (found.policies.length === 0) throw new UsageError(found.diagnostics.map((d) => d.reason).join('; ') || 'no policy found')
  const reports: PolicyTranslations[] = []
  for (const path of found.policies) {
    const diagnostics: Diagnostic[] = []
    const model = await loadModel(path, cwd, diagnostics)
    const shown = displayPath(path, cwd)
    if (!model) {
      reports.push({ policy: shown, language: undefined, statuses: [], unreadable: filesWithErrors(diagnostics) })
      continue
    }
    const checked = await checkLocales(path, model, { cwd })
    reports.push({ policy: shown, language: model.policy.language, statuses: checked.statuses, unreadable: filesWithErrors(checked.diagnostics.filter((d) => !checked.statuses.some((s) => s.file === d.file))) })
  }
  process.stdout.write(flags.format === 'json' ? formatStatusJson(reports) : formatStatusPretty(reports))
  return reports.some((r) => r.unreadable.length > 0) ? EXIT.problems : EXIT.ok
}

/** Runs `policyc translate stamp` and returns its exit code. */
export async function runTranslateStamp(policy: string, language: string, entries: string[], flags: TranslateStampFlags): Promise<number> {
  if (entries.length === 0 && !flags.all) throw new UsageError('name the entries to stamp (such as sections.cookies), or pass --all')
  if (entries.length > 0 && flags.all) throw new UsageError('pass entries or --all, not both')
  // The language names a file inside the policy's locales/ folder: `../../tmp/x` modified a file
  // outside the policy (issue 20, finding 13). Only a language tag (BCP 47 shape) is accepted.
  if (!/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language)) {
    throw new UsageError(`"${language}" is not a language tag such as nl, de or pt-BR; translate stamp only writes ${join(policy, LOCALES_FOLDER)}/<language>.yaml`)
  }
  const cwd = process.cwd()
  const file = [`${language}.yaml`, `${language}.yml`].map((name) => join(policy, LOCALES_FOLDER, name)).find((path) => existsSync(path))
  if (!file) throw new UsageError(`${join(policy, LOCALES_FOLDER, `${language}.yaml`)} does not exist`)
  const diagnostics: Diagnostic[] = []
  const model = await loadModel(policy, cwd, diagnostics)
  if (!model) {
    process.stderr.write(`policyc: ${displayPath(policy, cwd)} has errors, so its source texts are unknown; run \`policyc check ${displayPath(policy, cwd)}\` and fix them first\n`)
    return EXIT.problems
  }
  const shown = displayPath(file, cwd)
  const raw = await readFile(file, 'utf8')
  // Stamp the text as the loader reads it (no BOM, LF), then give the file back its own BOM and line endings.
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : ''
  const crlf = raw.includes('\r\n')
  const text = raw.slice(bom.length).replace(/\r\n?/g, '\n')
  const result = stampTranslation({ text, path: shown, model, keys: flags.all ? 'all' : entries })
  for (const problem of result.problems) process.stderr.write(`policyc: ${problem.key}: ${problem.reason}${problem.hint ? `\n  hint: ${problem.hint}` : ''}\n`)
  if (result.problems.length > 0) {
    process.stderr.write(`policyc: nothing written to ${shown}\n`)
    return EXIT.problems
  }
  if (result.stamped.length > 0) {
    const out = bom + (crlf ? result.text.replace(/\n/g, '\r\n') : result.text)
    // Write beside, then rename: an interrupted stamp never leaves half a file.
    const temporary = `${file}.policyc-${process.pid}.tmp`
    await writeFile(temporary, out)
    await rename(temporary, file)
  }
  for (const key of result.stamped) process.stdout.write(`stamped  ${key}\n`)
  for (const key of result.current) process.stdout.write(`current  ${key} (already stamped from the current source)\n`)
  process.stdout.write(`${result.stamped.length} entr${result.stamped.length === 1 ? 'y' : 'ies'} stamped in ${shown}\n`)
  return EXIT.ok
}

function filesWithErrors(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))].sort()
}
