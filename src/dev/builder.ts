import { relative, resolve, sep } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'

/** What one build did, for the terminal and the live-reload overlay. */
export interface BuildReport {
  /** False when a policy has errors: the output folder was left as it was. */
  ok: boolean
  diagnostics: Diagnostic[]
  /** Policies compiled by this build (all, or only the changed ones). */
  policies: number
  /** Files written by this build. */
  pages: number
  /** Absolute paths of every policy found, for mapping later changes to policies. */
  known: string[]
}

export interface BuildProgress {
  policies?: number
  policiesTotal?: number
  pages?: number
}

/**
 * What `policyc dev` needs from the site build: everything once, then only what changed. Kept this
 * small so the dev loop does not depend on how the build plans or writes its pages.
 */
export interface Builder {
  buildAll(onProgress?: (progress: BuildProgress) => void): Promise<BuildReport>
  /**
   * Recompiles only these policies (absolute paths of their folders or files) and the pages listing
   * them. `warm`: site paths (`xwms-privacy/eea/index.html`) open in the preview, rendered before
   * this resolves; a builder that serves from memory may leave the other pages until asked (`file`).
   */
  rebuildPolicies(policies: readonly string[], onProgress?: (progress: BuildProgress) => void, warm?: readonly string[]): Promise<BuildReport>
  /** A file of the site held in memory (`/`-separated site path), or undefined to serve the output folder. */
  file?(path: string): Promise<string | Buffer | undefined>
  /** Where render errors go that are found after a rebuild was reported good (a page rendered on request). */
  onLateErrors?(listener: (errors: Diagnostic[]) => void): void
  /**
   * What the builder holds now (checked diagnostics, the site the preview serves), to put back with the
   * function it returns: a rebuild started early and then dropped (dev-loop.ts) leaves no trace.
   * A builder without it is never asked for an early rebuild.
   */
  snapshot?(): () => void
}

/** What a set of changed files asks for: a full build, or only some policies. */
export type RebuildScope = { kind: 'all'; reason: string } | { kind: 'policies'; policies: string[] }

/**
 * Maps changed paths to the smallest rebuild that covers them. A file inside a known policy's
 * folder rebuilds that policy; anything else under policies/ (a policy added, removed or renamed, a
 * one-file policy) and any change to schemas/, templates/ or the config rebuilds everything,
 * because it can change every page.
 */
export function scopeOfChanges(changed: readonly string[], options: { root: string; policiesDir: string; known: readonly string[] }): RebuildScope {
  const policiesDir = resolve(options.root, options.policiesDir)
  const known = new Set(options.known.map((p) => resolve(p)))
  const policies = new Set<string>()
  for (const path of changed) {
    // A one-file policy edited in place; an event on a policy *folder* itself means it was added or removed.
    if (known.has(resolve(path)) && /\.ya?ml$/.test(path)) {
      policies.add(resolve(path))
      continue
    }
    const rel = relative(policiesDir, resolve(path))
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep)) return { kind: 'all', reason: `${relative(options.root, path) || path} changed` }
    const [first, ...rest] = rel.split(sep)
    const folder = resolve(policiesDir, first ?? '')
    if (rest.length === 0 || !known.has(folder)) return { kind: 'all', reason: `${relative(options.root, path)} was added, removed or renamed` }
    policies.add(folder)
  }
  return { kind: 'policies', policies: [...policies].sort() }
}
