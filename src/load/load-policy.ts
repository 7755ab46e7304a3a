import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { compareText, diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { readSchema } from '../validate/schemas.js'
import type { PolicySource } from './policy-source.js'
import { readSourceText, type ReadResult } from './read-text.js'
import type { SourceFile } from './source-file.js'

/**
 * Where policy files come from: the working tree by default, or another tree of files such as a
 * git commit (src/history reads objects with `git ls-tree` / `git cat-file`). Shaped like the few
 * `node:fs` calls the loader needs, so the working tree is just those calls.
 */
export interface SourceTree {
  /** Like `fs.stat`: rejects when nothing is at the path. */
  stat(path: string): Promise<{ isFile(): boolean }>
  /** The entries directly inside a folder, like `fs.readdir(dir, { withFileTypes: true })`. */
  readdir(dir: string): Promise<readonly { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink?(): boolean }[]>
  /** Reads and checks one source file (see `readSourceText`). */
  read(path: string, displayPath: string): Promise<ReadResult>
  /** The path shown to users for a path of this tree. */
  display(path: string, cwd: string): string
}

/** The files on disk. */
export const workingTree: SourceTree = {
  stat: (path) => stat(path),
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  read: readSourceText,
  display: displayPath,
}

const YAML_FILE = /\.ya?ml$/

export interface LoadResult {
  /** Undefined when no file of the policy could be parsed. */
  source: PolicySource | undefined
  diagnostics: Diagnostic[]
}

/** The path shown to users: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path)
  return rel && !rel.startsWith('..') && !rel.startsWith('/') ? rel : path
}

/**
 * Finds the policies under the given paths: a YAML file is a one-file policy; a folder holding
 * YAML files is a policy; any other folder is searched one level down for policy folders (so
 * `policies/` finds `policies/xwms/` and `policies/acme/`). Sorted, so output never depends on
 * the order the file system lists entries in.
 */
export async function findPolicies(paths: readonly string[], tree: SourceTree = workingTree): Promise<{ policies: string[]; diagnostics: Diagnostic[] }> {
  const policies: string[] = []
  const diagnostics: Diagnostic[] = []
  for (const path of paths) {
    let info
    try {
      info = await tree.stat(path)
    } catch {
      diagnostics.push(diagnose({ file: path, start: { line: 1, column: 1 } }, { ruleId: 'path-not-found', source: 'io', reason: `\`${path}\` does not exist`, hint: 'Pass a policy folder, a YAML file, or a folder of policies such as `policies`.' }))
      continue
    }
    if (info.isFile()) {
      const part = await splitPolicyFolder(path, tree)
      // A folder of YAML files is one policy (joined in file-name order): one of its files alone
      // lacks what the others hold, and would only report their keys as missing.
      if (part) diagnostics.push(diagnose({ file: path, start: { line: 1, column: 1 } }, { ruleId: 'policy-file-not-unit', source: 'io', reason: `\`${path}\` is one file of the policy in \`${part}\`: policyc reads a policy folder as a whole`, hint: `Pass the folder instead: \`${part}\`.` }))
      else policies.push(path)
      continue
    }
    if ((await yamlFilesIn(path, tree)).length > 0 || (await linkedYamlIn(path, tree)).length > 0) {
      policies.push(path)
      continue
    }
    const entries = await tree.readdir(path)
    const children = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort(compareText)
    let found = 0
    for (const link of entries.filter((e) => e.isSymbolicLink?.() && !e.name.startsWith('.')).map((e) => e.name).sort(compareText)) {
      const linked = join(path, link)
      if (await isLinkToFolder(linked, tree)) {
        diagnostics.push(symlinkDiagnostic(linked))
        found++
      }
    }
    for (const child of children) {
      if ((await yamlFilesIn(join(path, child), tree)).length > 0) {
        policies.push(join(path, child))
        found++
      }
    }
    if (found === 0) {
      diagnostics.push(diagnose({ file: path, start: { line: 1, column: 1 } }, { ruleId: 'no-policy-found', source: 'io', reason: `No policy found in \`${path}\``, hint: 'A policy is a folder of .yaml files; run `policyc init` to start one.' }))
    }
  }
  return { policies: [...new Set(policies)], diagnostics }
}

/** Loads one policy (folder or file): reads, parses and merges its YAML files. */
export async function loadPolicy(path: string, cwd: string = process.cwd(), tree: SourceTree = workingTree): Promise<LoadResult> {
  const info = await tree.stat(path)
  const files = info.isFile() ? [path] : (await yamlFilesIn(path, tree)).map((name) => join(path, name))
  const diagnostics: Diagnostic[] = info.isFile() ? [] : (await linkedYamlIn(path, tree)).map((name) => symlinkDiagnostic(tree.display(join(path, name), cwd)))
  const parts: { file: SourceFile; data: Record<string, unknown> }[] = []
  // The YAML parser, imported when a policy is loaded rather than when policies are found: a check
  // the check cache answers whole never loads it (issue 19 item 6).
  const [{ parseYaml }, { mergePolicyFiles }] = await Promise.all([import('./parse-yaml.js'), import('./policy-source.js')])
  // The files are read concurrently (issue 19 item 6: the disk works while YAML parses), then
  // handled in their sorted order, so diagnostics and the merge do not depend on which came first.
  const reads = files.map((filePath) => {
    const shown = tree.display(filePath, cwd)
    const read = tree.read(filePath, shown)
    // Awaited in order below; marked handled now so a later file's failure waits its turn instead of
    // counting as an unhandled rejection while an earlier read is awaited.
    read.catch(() => undefined)
    return { shown, read }
  })
  for (const { shown, read: reading } of reads) {
    const read = await reading
    diagnostics.push(...read.diagnostics)
    if (read.text === undefined) continue
    const parsed = parseYaml(read.text, shown)
    diagnostics.push(...parsed.diagnostics)
    if (parsed.file && parsed.data && typeof parsed.data === 'object' && !Array.isArray(parsed.data)) {
      parts.push({ file: parsed.file, data: parsed.data as Record<string, unknown> })
    }
  }
  if (parts.length === 0 || diagnostics.length > 0) return { source: undefined, diagnostics }
  const merged = mergePolicyFiles(tree.display(path, cwd), parts)
  diagnostics.push(...merged.diagnostics)
  return { source: diagnostics.length > 0 ? undefined : merged.source, diagnostics }
}

/**
 * The folder of a YAML file that is one part of a split policy: the file lacks top-level keys a
 * policy requires, and the other YAML files of its folder supply them. A folder of complete
 * one-file policies (test fixtures, say) is not split, and a file missing keys nobody supplies
 * gets the ordinary missing-key errors.
 */
async function splitPolicyFolder(file: string, tree: SourceTree): Promise<string | undefined> {
  if (!YAML_FILE.test(file)) return undefined
  const folder = dirname(file)
  const others = (await yamlFilesIn(folder, tree)).filter((name) => name !== basename(file))
  if (others.length === 0) return undefined
  const required = requiredKeys()
  const own = await topLevelKeys(file, tree)
  if (own === undefined || required.every((key) => own.has(key))) return undefined
  const all = new Set(own)
  for (const name of others) for (const key of (await topLevelKeys(join(folder, name), tree)) ?? []) all.add(key)
  return required.every((key) => all.has(key)) ? folder : undefined
}

/** The top-level keys of a YAML file, or undefined when it does not read or parse as a map. */
async function topLevelKeys(file: string, tree: SourceTree): Promise<Set<string> | undefined> {
  const read = await tree.read(file, file)
  if (read.text === undefined) return undefined
  // Imported here, not at the top: finding policies parses nothing unless a file is given, so a
  // check the check cache answers never loads the YAML parser (issue 19 item 6).
  const { parseYaml } = await import('./parse-yaml.js')
  const parsed = parseYaml(read.text, file)
  if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) return undefined
  return new Set(Object.keys(parsed.data))
}

let required: readonly string[] | undefined
function requiredKeys(): readonly string[] {
  required ??= (readSchema('policy').required as string[] | undefined) ?? []
  return required
}

/**
 * YAML files of a policy folder that are symbolic links. They are refused, not followed (issue 20,
 * finding 4: they were skipped in silence, so a section vanished from the site while `check` passed):
 * git stores a link, not the file it points to, so a followed link would publish text that the
 * history, `diff` and `show` never see, and a link can lead outside the repository.
 */
async function linkedYamlIn(dir: string, tree: SourceTree): Promise<string[]> {
  const entries = await tree.readdir(dir)
  return entries.filter((e) => e.isSymbolicLink?.() && YAML_FILE.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort(compareText)
}

/** Whether a symbolic link leads to a folder (a linked policy folder); a dangling link does not. */
async function isLinkToFolder(path: string, tree: SourceTree): Promise<boolean> {
  try {
    return !(await tree.stat(path)).isFile()
  } catch {
    return false
  }
}

function symlinkDiagnostic(path: string): Diagnostic {
  return diagnose(
    { file: path, start: { line: 1, column: 1 } },
    {
      ruleId: 'symlinked-source',
      source: 'io',
      reason: `\`${path}\` is a symbolic link; policyc does not follow links among the sources (git keeps the link, not the text it points to)`,
      hint: 'Replace the link with the file or folder itself (`cp --remove-destination "$(readlink LINK)" LINK`), or pass the folder it points to.',
    },
  )
}

async function yamlFilesIn(dir: string, tree: SourceTree): Promise<string[]> {
  const entries = await tree.readdir(dir)
  return entries.filter((e) => e.isFile() && YAML_FILE.test(e.name) && !e.name.startsWith('.')).map((e) => e.name).sort(compareText)
}

