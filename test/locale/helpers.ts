import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { checkPolicies } from '../../src/pipeline.js'
import { fixtures, root } from '../helpers/paths.js'

/** The small policy with a Dutch translation in step with it. */
export const base = join(fixtures, 'locale', 'base')
/** The flagship, with its complete Dutch translation. */
export const xwms = join(root, 'policies', 'xwms')

/** Copies a policy folder (translations included) into a fresh temporary folder; returns its path. */
export async function copyPolicy(from: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policyc-locale-'))
  await cp(from, dir, { recursive: true })
  return dir
}

export async function removeCopy(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true })
}

/** Replaces text in a file of a copied policy; fails loudly when the text is not there, so an edit never silently does nothing. */
export async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`edit(): ${String(from)} not found in ${file}`)
  await writeFile(file, next)
}

/** Schema, references and translations, without lint (its warnings are another suite's business). */
export async function check(dir: string): Promise<Diagnostic[]> {
  return (await checkPolicies([dir], { cwd: dir, lint: false })).diagnostics
}

/** `file:line:col rule-id severity: reason` and the hint, one diagnostic per entry: the golden format. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.ruleId} ${d.severity}: ${d.reason}${d.hint ? `\n    hint: ${d.hint}` : ''}`).join('\n') + '\n'
}

/** The 1-based line of the first line matching `pattern` after the line matching `after`. */
export function lineOf(text: string, after: RegExp, pattern: RegExp): number {
  const lines = text.split('\n')
  const start = lines.findIndex((line) => after.test(line))
  if (start === -1) throw new Error(`lineOf(): ${String(after)} not found`)
  const found = lines.findIndex((line, index) => index > start && pattern.test(line))
  if (found === -1) throw new Error(`lineOf(): ${String(pattern)} not found after ${String(after)}`)
  return found + 1
}
