import { createHash } from 'node:crypto'
import { matchRegions } from '../catalog/catalog.js'
import type { Policy } from '../generated/policy.js'
import { basisIn } from '../resolve/model.js'
import { fingerprint } from './diff/canonical.js'

/** `sha256:` and the hex digest of a text. */
function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`
}

/**
 * The hash of what a policy's sources say, independent of file layout, YAML formatting, key and
 * list order (the same data gives the same hash): two versions with the same source hash render
 * the same, so they are rendered once.
 */
export function sourceHash(policy: Readonly<Policy>): string {
  return sha256(fingerprint(policy))
}

/**
 * The hash of what the sources say to readers in one region: the sections, channels and legal
 * bases that apply there. It never stays the same when that region's text changed; it may change
 * when only another region's `:::only` paragraph inside a shared section did (those are not
 * separated here), which errs on the side of "changed".
 */
export function regionHash(policy: Readonly<Policy>, region: string): string {
  const applies = (selectors: readonly string[] | undefined) => !selectors || selectors.some((s) => matchRegions(s, [region]).length > 0)
  const view = {
    ...policy,
    regions: [region],
    purposes: policy.purposes.map(({ 'basis-by-region': _byRegion, ...purpose }) => ({ ...purpose, basis: basisIn(purpose, region) })),
    sections: policy.sections.filter((s) => applies(s.regions)),
    ...(policy.rights ? { rights: { ...policy.rights, channels: policy.rights.channels.filter((c) => applies(c.regions)) } } : {}),
    representatives: (policy.representatives ?? []).filter((r) => r.region === region),
  }
  return sha256(fingerprint(view))
}
