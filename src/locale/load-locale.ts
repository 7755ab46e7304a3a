import { basename, join, resolve } from 'node:path'
import { compareText, diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { LocaleFile } from '../generated/locale.js'
import { locate } from '../load/locate.js'
import { workingTree, type SourceTree } from '../load/load-policy.js'
import { parseYaml } from '../load/parse-yaml.js'
import type { SourceFile } from '../load/source-file.js'
import { translateErrors } from '../validate/messages.js'
import { validateAgainst } from '../validate/validator.js'

/** The folder beside a policy's YAML files that holds its translations. */
export const LOCALES_FOLDER = 'locales'

/** A language tag as a file name may carry it: `nl`, `fr-CA`, `sr-Latn-RS`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?$/

/** One translation file, read, parsed and valid against schemas/locale.schema.json. */
export interface Translation {
  /** The language tag, which is also the file name (`nl` for locales/nl.yaml). */
  readonly language: string
  readonly file: SourceFile
  readonly data: Readonly<LocaleFile>
}

export interface LoadTranslationsResult {
  translations: Translation[]
  diagnostics: Diagnostic[]
}

export interface LoadTranslationsOptions {
  /** The folder a relative policy path is relative to (and paths are shown from); default the process's. */
  cwd?: string
  /** Where files come from: the working tree, or a git revision (src/history). */
  tree?: SourceTree
}

/**
 * Loads the translations of one policy: `locales/*.yaml` in its folder, sorted by file name. A
 * one-file policy has none. A file that cannot be read, parsed or validated is reported and left
 * out; the others still load, so one run reports every file's problems.
 */
export async function loadTranslations(policyPath: string, options: LoadTranslationsOptions = {}): Promise<LoadTranslationsResult> {
  const tree = options.tree ?? workingTree
  const cwd = options.cwd ?? process.cwd()
  // A policy's path as shown (`model.source.path`) is relative to `cwd`, which need not be the
  // process's (the library API, the tests): on disk, read it from there. A git tree's paths are
  // from the repository root and stay as they are.
  const folder = tree === workingTree ? resolve(cwd, policyPath, LOCALES_FOLDER) : join(policyPath, LOCALES_FOLDER)
  const names = await yamlFilesIn(folder, tree)
  const translations: Translation[] = []
  const diagnostics: Diagnostic[] = []
  for (const name of names) {
    const loaded = await loadTranslationFile(join(folder, name), tree, cwd)
    diagnostics.push(...loaded.diagnostics)
    if (loaded.translation) translations.push(loaded.translation)
  }
  return { translations, diagnostics }
}

async function loadTranslationFile(path: string, tree: SourceTree, cwd: string): Promise<{ translation?: Translation; diagnostics: Diagnostic[] }> {
  const shown = tree.display(path, cwd)
  const read = await tree.read(path, shown)
  if (read.text === undefined) return { diagnostics: read.diagnostics }
  const parsed = parseYaml(read.text, shown)
  if (!parsed.file) return { diagnostics: parsed.diagnostics }
  const file = parsed.file
  const invalid = translateErrors(validateAgainst('locale', parsed.data), parsed.data, (dataPath, part) => locate(file, dataPath, part), 'locale')
  if (invalid.length > 0) return { diagnostics: invalid }
  const data = parsed.data as LocaleFile
  const stem = basename(path).replace(/\.ya?ml$/, '')
  if (!LANGUAGE_TAG.test(stem)) {
    return {
      diagnostics: [
        diagnose({ file: shown, start: { line: 1, column: 1 } }, { ruleId: 'locale-file-name', source: 'locale', reason: `Translation file \`${basename(path)}\` is not named after a language`, hint: `Name it after its language, as a BCP 47 tag: \`${data.language}.yaml\`.` }),
      ],
    }
  }
  if (data.language !== stem) {
    return {
      diagnostics: [
        diagnose(locate(file, ['language']), { ruleId: 'locale-language-mismatch', source: 'locale', reason: `\`language: ${data.language}\` does not match the file name \`${basename(path)}\``, hint: `Write \`language: ${stem}\`, or rename the file to \`${data.language}.yaml\`.` }),
      ],
    }
  }
  return { translation: Object.freeze({ language: stem, file, data }), diagnostics: [] }
}

async function yamlFilesIn(dir: string, tree: SourceTree): Promise<string[]> {
  try {
    if ((await tree.stat(dir)).isFile()) return []
  } catch {
    // No locales folder: the policy has no translations.
    return []
  }
  const entries = await tree.readdir(dir)
  return entries.filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort(compareText)
}
