import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { homedir } from 'node:os'
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
 * the filesystem root, the home folder, the working folder or any folder above it (the repository),
 * `policies/`, a folder holding or inside the sources, a symbolic link (and, through a symlinked
 * parent, any of these by their real path), and (unless `--force`) any non-empty folder without
 * policyc's marker. Returns the absolute output path.
 */
export function guardOutput(out: string, options: GuardOptions): string {
  const target = resolve(options.cwd, out)
  const refuse = (why: string) => {
    throw new OutputRefused(`refusing to write the site to ${out}: ${why}`)
  }
  // The swap renames the link away and puts a folder in its place: the link's target would never
  // get the site, and the user's link would be gone. Refused rather than followed.
  if (isSymlink(target)) refuse('it is a symbolic link; pass the folder it points to instead')
  checkPlace(target, options, refuse)
  // A symlinked parent (`site/dist` where `site` points elsewhere) could lead to the home folder
  // or the sources: the real place is checked as well.
  const real = realPlace(target)
  if (real !== target) {
    const cwd = resolve(options.cwd)
    checkPlace(real, { ...options, cwd: realPlace(cwd), sources: options.sources.map((s) => realPlace(resolve(cwd, s))) }, refuse)
  }
  return target
}

function checkPlace(target: string, options: GuardOptions, refuse: (why: string) => never): void {
  const cwd = resolve(options.cwd)
  if (parse(target).root === target) refuse('it is the root of the filesystem')
  if (target === resolve(homedir()) || target === realPlace(resolve(homedir()))) refuse('it is your home folder')
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
