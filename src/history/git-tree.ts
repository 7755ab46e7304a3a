import { posix } from 'node:path'
import { diagnose } from '../diagnostics/diagnostic.js'
import type { SourceTree } from '../load/load-policy.js'
import { decodeSource, MAX_SOURCE_BYTES, type ReadResult } from '../load/read-text.js'
import type { GitRepository, TreeEntry } from './git.js'

/** Regular files; a symbolic link (120000) or submodule (160000) in history is never followed. */
const REGULAR_FILE = /^100(644|755)$/

/**
 * The files of one commit, as the loader sees files on disk. Paths are from the repository root;
 * diagnostics show them as `<revision>:<path>` (git's own notation), so an error in an old
 * revision is never mistaken for one in the working tree.
 */
export class GitTree implements SourceTree {
  /** Texts read, by the path diagnostics show, for code frames under messages. */
  private readonly texts = new Map<string, string>()

  private constructor(
    private readonly repository: GitRepository,
    /** What the user called the commit (`v1`, `HEAD~2`), for messages. */
    readonly label: string,
    readonly commit: string,
    private readonly entries: ReadonlyMap<string, TreeEntry>,
  ) {}

  /** Lists once, with one `git ls-tree`, everything under `scope` (repository paths) in a commit. */
  static async at(repository: GitRepository, commit: string, label: string, scope: readonly string[]): Promise<GitTree> {
    const entries = new Map<string, TreeEntry>()
    for (const entry of await repository.listTree(commit, scope)) entries.set(entry.path, entry)
    return new GitTree(repository, label, commit, entries)
  }

  /** The same for one policy's folder or file only, read through the batch reader: cheap enough for every commit of a history. */
  static async ofPolicy(repository: GitRepository, commit: string, label: string, path: string): Promise<GitTree> {
    const entries = new Map<string, TreeEntry>()
    for (const entry of await repository.entriesAt(commit, path)) entries.set(entry.path, entry)
    return new GitTree(repository, label, commit, entries)
  }

  /** The object id of a file or folder, which changes exactly when its content does. */
  objectAt(path: string): string | undefined {
    return this.entries.get(normalise(path))?.object
  }

  async stat(path: string): Promise<{ isFile(): boolean }> {
    const key = normalise(path)
    const entry = this.entries.get(key)
    if (key !== '' && !entry) throw Object.assign(new Error(`${path} does not exist at ${this.label}`), { code: 'ENOENT' })
    return { isFile: () => entry !== undefined && entry.type === 'blob' }
  }

  async readdir(dir: string): Promise<readonly { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[]> {
    const parent = normalise(dir)
    const children: { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[] = []
    for (const entry of this.entries.values()) {
      if (posix.dirname(entry.path) !== (parent === '' ? '.' : parent)) continue
      const isFile = entry.type === 'blob' && REGULAR_FILE.test(entry.mode)
      const isLink = entry.type === 'blob' && entry.mode === '120000'
      children.push({ name: posix.basename(entry.path), isFile: () => isFile, isDirectory: () => entry.type === 'tree', isSymbolicLink: () => isLink })
    }
    return children
  }

  async read(path: string, displayPath: string): Promise<ReadResult> {
    const entry = this.entries.get(normalise(path))
    const at = { file: displayPath, start: { line: 1, column: 1 } }
    if (!entry || entry.type !== 'blob' || !REGULAR_FILE.test(entry.mode)) {
      return { text: undefined, diagnostics: [diagnose(at, { ruleId: 'not-a-file', source: 'io', reason: `\`${displayPath}\` is not a regular file`, hint: 'policyc reads regular files from history; symbolic links and submodules are not followed.' })] }
    }
    // Checked before reading, so a huge blob in history is never loaded into memory.
    if (entry.size !== undefined && entry.size > MAX_SOURCE_BYTES) {
      return { text: undefined, diagnostics: [diagnose(at, { ruleId: 'file-too-large', source: 'io', reason: `File is ${entry.size} bytes, over the limit of ${MAX_SOURCE_BYTES} bytes`, hint: 'Split the policy over several files in its folder.' })] }
    }
    const result = decodeSource(await this.repository.readBlob(entry.object), displayPath)
    if (result.text !== undefined) this.texts.set(displayPath, result.text)
    return result
  }

  /** The text of a file read from this tree, by the path diagnostics show. */
  textOf(displayPath: string): string | undefined {
    return this.texts.get(displayPath)
  }

  display(path: string): string {
    return `${this.label}:${normalise(path)}`
  }
}

function normalise(path: string): string {
  const clean = posix.normalize(path.replace(/\\/g, '/'))
  return clean === '.' ? '' : clean.replace(/\/$/, '')
}
