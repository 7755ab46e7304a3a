import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, posix, relative, resolve } from 'node:path'
import { CatFileBatch, parseTree } from './cat-file.js'
import { HistoryError } from './errors.js'
import { checkRevisionSyntax } from './revision.js'

/**
 * Read-only access to a git repository through the real git binary.
 *
 * Why it is safe to point at any repository and any user input:
 * - git runs through `execFile` with an argument list, never a shell, so nothing is interpreted;
 * - every revision is checked (`checkRevisionSyntax`) and resolved to a commit id with
 *   `git rev-parse --verify --end-of-options <rev>^{commit}` before any other command sees it, and
 *   later commands only ever get that 40-hex id;
 * - paths go after `--`, with `--literal-pathspecs`, so `*` or `:(glob)` in a name are just text;
 * - only commands that read objects are used (`rev-parse`, `ls-tree`, `cat-file`, `log`,
 *   `for-each-ref`): no checkout, worktree, index refresh (`--no-optional-locks`), lazy fetch of
 *   missing objects in a partial clone (`GIT_NO_LAZY_FETCH`), or credential prompt.
 */

/**
 * Settings that a repository's own `.git/config` (or the user's) could point at a program, each
 * overridden on the command line, which wins over every configuration file (issue 20, finding 3:
 * `log.showSignature` with `gpg.program` ran a repository's program on a signed commit). The
 * signature programs are set to `/dev/null`, which cannot be executed, in case anything asks.
 */
const NO_PROGRAMS = [
  'log.showSignature=false',
  'gpg.program=/dev/null',
  'gpg.ssh.program=/dev/null',
  'gpg.x509.program=/dev/null',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'core.pager=cat',
  'core.sshCommand=false',
  'core.askPass=',
  'credential.helper=',
  'diff.external=',
  'protocol.allow=never',
  'uploadpack.packObjectsHook=',
  'core.alternateRefsCommand=',
].flatMap((setting) => ['-c', setting])

/** Options before the git command: read-only, literal paths, no `refs/replace` rewriting history, no programs. */
const GLOBAL_OPTIONS = ['--no-pager', '--no-optional-locks', '--literal-pathspecs', '--no-replace-objects', ...NO_PROGRAMS]

/** Enough for any `ls-tree` or `log` of a policy folder; a blob is capped by MAX_SOURCE_BYTES first. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024

/** The environment of every git command: plain messages, no prompts, no index writes, no lazy fetch, no system config. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1', GIT_CONFIG_NOSYSTEM: '1' }
  // Variables that name a program git would start (a diff tool, a pager, ssh, a password prompt).
  for (const name of ['GIT_EXTERNAL_DIFF', 'GIT_PAGER', 'PAGER', 'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EDITOR']) delete env[name]
  return env
}

export interface GitResult {
  stdout: Buffer
  stderr: string
}

/** Runs one git command in a folder; rejects with `GitCommandError` on a non-zero exit. */
export function runGit(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      'git',
      [...GLOBAL_OPTIONS, ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        env: gitEnv(),
      },
      (error, stdout, stderr) => {
        if (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT' && typeof (error as { path?: unknown }).path === 'string') {
            reject(new HistoryError('git is not installed or not on PATH; install git, or compare two folders: `policyc diff OLD NEW`'))
            return
          }
          reject(new GitCommandError(args, stderr.toString('utf8').trim()))
          return
        }
        resolvePromise({ stdout, stderr: stderr.toString('utf8') })
      },
    )
  })
}

/** git exited with an error; `stderr` is kept for messages, `args` for debugging. */
export class GitCommandError extends Error {
  override name = 'GitCommandError'
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ''} failed: ${stderr.split('\n')[0] ?? ''}`)
  }
}

/** One entry of `git ls-tree -l`. */
export interface TreeEntry {
  /** Path from the repository root, `/`-separated. */
  path: string
  mode: string
  type: 'blob' | 'tree' | 'commit'
  object: string
  /** Bytes, for blobs. */
  size: number | undefined
}

/** A commit as `git log` lists it. */
export interface CommitInfo {
  commit: string
  /** Committer date, ISO 8601 with offset. */
  date: string
}

export class GitRepository {
  private readonly blobs = new Map<string, Buffer>()
  private reader: CatFileBatch | undefined

  private constructor(
    /** The top of the working tree, absolute. */
    readonly root: string,
    /** The folder policyc runs in, relative to `root`, `/`-separated, '' at the top. */
    readonly prefix: string,
    /** True in a shallow clone (CI's `fetch-depth: 1`): older history is missing. */
    readonly shallow: boolean,
  ) {}

  /** The repository around `cwd`, or a HistoryError saying there is none. */
  static async open(cwd: string): Promise<GitRepository> {
    let out: string
    try {
      out = (await runGit(cwd, ['rev-parse', '--show-toplevel', '--show-prefix', '--is-shallow-repository'])).stdout.toString('utf8')
    } catch (error) {
      if (error instanceof GitCommandError) {
        throw new HistoryError(`${cwd} is not inside a git working tree, so revisions cannot be read; run policyc in your policy repository, or compare two folders: \`policyc diff OLD NEW\``)
      }
      throw error
    }
    const [root = '', prefix = '', shallow = ''] = out.split('\n')
    return new GitRepository(root, prefix.replace(/\/$/, ''), shallow.trim() === 'true')
  }

  /**
   * Resolves a revision the user typed to a commit id. Refuses what is not one commit, and
   * explains a revision that does not resolve (in a shallow clone: how to fetch the history).
   */
  async resolveCommit(revision: string): Promise<string> {
    checkRevisionSyntax(revision)
    try {
      const out = await runGit(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
      const commit = out.stdout.toString('utf8').trim()
      if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)) return commit
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error
    }
    const shown = JSON.stringify(revision)
    if (this.shallow) {
      throw new HistoryError(`unknown revision ${shown}: this is a shallow clone, so older history is missing; fetch it with \`git fetch --unshallow --tags\` (GitHub Actions: actions/checkout with \`fetch-depth: 0\`)`)
    }
    throw new HistoryError(`unknown revision ${shown}: no commit, branch or tag has that name in ${this.root}; list them with \`git log --oneline\` or \`git tag\``)
  }

  /**
   * A path the user gave (relative to the working folder, or absolute) as a path from the
   * repository root; refuses a path outside the repository.
   */
  repoPath(userPath: string): string {
    if (/[\n\r\0]/.test(userPath)) throw new HistoryError(`path ${JSON.stringify(userPath)} contains a line break; give a path inside the repository, such as \`policies\``)
    const slashed = userPath.replace(/\\/g, '/')
    const inside = isAbsolute(userPath) ? relative(this.root, physicalPath(resolve(userPath))).replace(/\\/g, '/') : posix.normalize(posix.join(this.prefix, slashed))
    const clean = inside === '.' ? '' : inside.replace(/\/$/, '')
    if (clean === '..' || clean.startsWith('../') || isAbsolute(clean)) {
      throw new HistoryError(`\`${userPath}\` is outside the repository at ${this.root}; give a path inside it, such as \`policies\``)
    }
    return clean
  }

  /** Every entry under the given paths (recursively, folders included) in a commit. */
  async listTree(commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
    // An empty pathspec is an error in git; no pathspec at all means the whole tree.
    const scope = paths.includes('') ? [] : paths
    const out = await runGit(this.root, ['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', commit, '--', ...scope])
    const entries: TreeEntry[] = []
    for (const record of out.stdout.toString('utf8').split('\0')) {
      if (record === '') continue
      const tab = record.indexOf('\t')
      const [mode = '', type = '', object = '', size = '-'] = record.slice(0, tab).split(/ +/)
      if (type !== 'blob' && type !== 'tree' && type !== 'commit') continue
      entries.push({ path: record.slice(tab + 1), mode, type, object, size: size === '-' ? undefined : Number(size) })
    }
    return entries
  }

  /** A blob's bytes, read once per process however many commits share it. */
  async readBlob(object: string): Promise<Buffer> {
    let bytes = this.blobs.get(object)
    if (!bytes) {
      const found = await this.batch().read(object)
      if (found?.type !== 'blob') throw new GitCommandError(['cat-file', object], `${object} is not a blob`)
      bytes = found.content
      this.blobs.set(object, bytes)
    }
    return bytes
  }

  /**
   * The entry at `path` in a commit and, for a folder, the entries directly inside it: what the
   * loader needs for one policy, read through the batch reader (no new git process per commit).
   */
  async entriesAt(commit: string, path: string): Promise<TreeEntry[]> {
    const idBytes = commit.length / 2
    const readTree = async (name: string) => {
      const found = await this.batch().read(name)
      return found?.type === 'tree' ? parseTree(found.content, idBytes) : undefined
    }
    const parent = posix.dirname(path)
    const siblings = await readTree(parent === '.' || path === '' ? `${commit}^{tree}` : `${commit}:${parent}`)
    if (path === '') return (siblings ?? []).map((e) => entry(e.name, e))
    const self = siblings?.find((e) => e.name === posix.basename(path))
    if (!self) return []
    const entries = [entry(path, self)]
    if (self.mode === '40000') for (const child of (await readTree(self.object)) ?? []) entries.push(entry(`${path}/${child.name}`, child))
    return entries
  }

  /** Stops the batch reader, if one was started. */
  close(): void {
    this.reader?.close()
    this.reader = undefined
  }

  private batch(): CatFileBatch {
    this.reader ??= new CatFileBatch(this.root, GLOBAL_OPTIONS, gitEnv())
    return this.reader
  }

  /** The commits reachable from `commit` that changed `path`, oldest first. */
  async commitsTouching(commit: string, path: string): Promise<CommitInfo[]> {
    const out = await runGit(this.root, ['log', '--no-show-signature', '--no-ext-diff', '--no-textconv', '--format=%H %cI', '--reverse', '--no-renames', commit, '--', ...(path === '' ? [] : [path])])
    return out.stdout
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [hash = '', date = ''] = line.split(' ')
        return { commit: hash, date }
      })
  }

  /** Tags whose name starts with `prefix`, with the commit each points to (annotated tags peeled). */
  async tagsStartingWith(prefix: string): Promise<{ tag: string; commit: string }[]> {
    const out = await runGit(this.root, ['for-each-ref', '--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)', 'refs/tags/'])
    const tags: { tag: string; commit: string }[] = []
    for (const line of out.stdout.toString('utf8').split('\n')) {
      const [tag = '', type, object = '', peeledType, peeled = ''] = line.split('\0')
      if (!tag.startsWith(prefix)) continue
      if (type === 'commit') tags.push({ tag, commit: object })
      else if (peeledType === 'commit') tags.push({ tag, commit: peeled })
    }
    return tags
  }
}

/**
 * The path with symbolic links resolved as far as it exists, because git reports the top folder
 * that way (on macOS `/tmp` is `/private/tmp`); the part that does not exist yet is kept as is.
 */
function physicalPath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(physicalPath(parent), basename(path))
  }
}

/** A raw tree entry as a TreeEntry (size unknown: the loader checks it once the blob is read). */
function entry(path: string, raw: { mode: string; object: string }): TreeEntry {
  const type = raw.mode === '40000' ? 'tree' : raw.mode === '160000' ? 'commit' : 'blob'
  return { path, mode: raw.mode === '40000' ? '040000' : raw.mode, type, object: raw.object, size: undefined }
}
