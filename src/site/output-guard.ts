import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { homedir, userInfo } from 'node:os'
import { basename, dirname, join, parse, relative, resolve, sep } from 'node:path'

/** The file policyc writes into every output folder it creates; its presence allows replacing the folder. */
export const MARKER = '.policyc-output'
/** The list of files policyc wrote, next to the marker. */
export const MANIFEST = '.policyc-manifest.json'

/** An output folder policyc will not write to; the CLI prints the message and exits 2. */
export class OutputRefused extends Error {
  override name = 'OutputRefused'
}

export interface GuardOptions {
  cwd: string
  /** The policy paths being built; the output must not be one of them or hold them. */
  sources: readonly string[]
  /** Allows replacing a non-empty folder policyc did not create. Never allows the dangerous ones. */
  force?: boolean | undefined
}

/**
 * Refuses an output folder whose replacement would destroy something that is not a policyc build:
 * a protected place (`.git` anywhere, the home folder, its dot-folders and the folders holding it,
 * system folders, the filesystem root, the working folder or any folder above it, `policies/`, a
 * folder holding or inside the sources), a symbolic link (and, through a symlinked parent, any of
 * these by their real path), and (unless `--force`) any non-empty folder without policyc's marker.
 * `--force` overrides only that last rule: the refusal of a protected place never mentions it.
 * Returns the absolute output path.
 */
export function guardOutput(out: string, options: GuardOptions): string {
  const target = resolve(options.cwd, out)
  const refuse = (why: string) => {
    throw new OutputRefused(`refusing to write the site to ${out}: ${why}`)
  }
  // Protected places first: a symlinked system folder (`/bin` → `usr/bin`) is refused as what it is.
  checkProtected(target, resolve(options.cwd), refuse)
  // The swap renames the link away and puts a folder in its place: the link's target would never
  // get the site, and the user's link would be gone. Refused rather than followed.
  if (isSymlink(target)) refuse('it is a symbolic link; pass the folder it points to instead')
  checkPlace(target, options, refuse)
  // A symlinked parent (`site/dist` where `site` points elsewhere) could lead to the home folder
  // or the sources: the real place is checked as well.
  const real = realPlace(target)
  if (real !== target) {
    const cwd = resolve(options.cwd)
    checkProtected(real, realPlace(cwd), refuse)
    checkPlace(real, { ...options, cwd: realPlace(cwd), sources: options.sources.map((s) => realPlace(resolve(cwd, s))) }, refuse)
  }
  return target
}

/**
 * Folders of the operating system: nothing inside them is ever a place for a site (`/proc/x` is not
 * even a real folder: writing there spins forever). Refused with everything they hold.
 */
const SYSTEM_TREES = ['/etc', '/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/boot', '/proc', '/sys', '/dev', '/run', '/System', '/Library', '/private/etc', '/private/var/db']

/**
 * The system tree (`/proc`, `/sys`, `/dev`, `/etc` …) that holds `path` (absolute), if any: no
 * project or site belongs there, and Node's recursive mkdir spins forever under `/proc`
 * (issue 20, finding 19). Also used by `policyc init`.
 */
export function systemTreeHolding(path: string): string | undefined {
  return [...SYSTEM_TREES, ...SYSTEM_VAR_TREES].find((tree) => path === tree || contains(tree, path))
}

/**
 * Folders of the operating system that hold other people's folders (`/var/www`, `/srv/site`,
 * `/tmp/x` are ordinary places): refused themselves, and in `/var` the system's own subfolders.
 */
const SYSTEM_FOLDERS = ['/root', '/var', '/opt', '/srv', '/home', '/Users', '/tmp', '/mnt', '/media', '/snap', '/private', '/private/var', '/private/tmp', '/Applications', '/Volumes']
const SYSTEM_VAR_TREES = ['backups', 'cache', 'lib', 'local', 'lock', 'log', 'mail', 'opt', 'run', 'spool', 'db'].map((name) => `/var/${name}`)

/** The message of a protected-place refusal: `--force` cannot help, so another folder is the way out. */
const NO_WAY = '; choose another folder'

/**
 * Refuses places that `--force` never unlocks: a `.git` folder (its history would be replaced by
 * the site, issue 20 finding 1), the home folder, any folder holding it and its dot-folders (keys,
 * configuration: finding 2), and the system folders above.
 */
function checkProtected(target: string, cwd: string, refuse: (why: string) => never): void {
  if (parse(target).root === target) refuse('it is the root of the filesystem')
  // The repository the user runs in says more than "a system folder" when both are true.
  if (contains(target, cwd)) refuse(target === cwd ? 'it is the working folder (the repository)' : 'it holds the working folder (the repository)')
  const parts = target.split(sep)
  const git = parts.findIndex((part) => part.toLowerCase() === '.git')
  if (git !== -1) refuse(`it is ${git === parts.length - 1 ? 'a' : 'inside a'} .git folder (a git repository)${NO_WAY}`)
  for (const home of homeFolders()) {
    if (target === home) refuse(`it is your home folder${NO_WAY}`)
    if (contains(target, home)) refuse(`it holds your home folder${NO_WAY}`)
    if (contains(home, target) && relative(home, target).startsWith('.')) refuse(`it is in a dot-folder of your home folder${NO_WAY}`)
  }
  for (const tree of [...SYSTEM_TREES, ...SYSTEM_VAR_TREES]) {
    if (target === tree) refuse(`it is a system folder${NO_WAY}`)
    if (contains(tree, target)) refuse(`it is inside the system folder ${tree}${NO_WAY}`)
  }
  if (SYSTEM_FOLDERS.includes(target)) refuse(`it is a system folder${NO_WAY}`)
}

/** The home folder as `$HOME` names it and as the account database does, each also by its real path. */
function homeFolders(): string[] {
  const homes = new Set<string>()
  const add = (path: string | undefined) => {
    if (!path) return
    homes.add(resolve(path))
    homes.add(realPlace(resolve(path)))
  }
  add(homedir())
  try {
    add(userInfo().homedir)
  } catch {
    // No entry in the account database (a container's arbitrary uid): $HOME is all there is.
  }
  return [...homes].filter((home) => parse(home).root !== home)
}

function checkPlace(target: string, options: GuardOptions, refuse: (why: string) => never): void {
  const cwd = resolve(options.cwd)
  if (contains(target, cwd)) refuse(target === cwd ? 'it is the working folder (the repository)' : 'it holds the working folder (the repository)')
  if (target === join(cwd, 'policies') || contains(join(cwd, 'policies'), target)) refuse('it is the policies folder, where the sources live')
  for (const source of options.sources.map((s) => resolve(cwd, s))) {
    if (contains(target, source)) refuse(`it holds the sources (${relative(cwd, source) || '.'})`)
    if (isFolder(source) && contains(source, target)) refuse(`it is inside the sources (${relative(cwd, source) || '.'})`)
  }
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) refuse('it is a file')
    const entries = readdirSync(target)
    if (entries.length > 0 && !entries.includes(MARKER) && !options.force) {
      refuse(`it is not empty and policyc did not create it (no ${MARKER} file). Choose another folder, empty it, or pass --force to replace it`)
    }
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** The path with every symlink in its existing part resolved (the rest may not exist yet). */
function realPlace(path: string): string {
  const parent = dirname(path)
  if (parent === path) return path
  try {
    return realpathSync(path)
  } catch {
    return join(realPlace(parent), basename(path))
  }
}

/** Whether `outer` is `inner` or one of its ancestors. */
function contains(outer: string, inner: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep)
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
