import type { PolicyModel } from '../../resolve/model.js'
import { variantsOf } from '../../variant/variants-of.js'
import { sha256Hex } from './canonical-json.js'
import { NOTICE_CANONICALIZATION, noticeContentJson } from './notice-content.js'

/**
 * One notice a person can be shown and consent to: a version of the policy, for one variant
 * (global or a region) in one language. Shaped after the notice reference of a consent record
 * (ISO/IEC 27560 "notice" / Kantara Consent Receipt v1.1 `policyUrl`, `language`, `jurisdiction`).
 */
export interface ConsentNotice {
  /** `<policy>/<effective>/<variant>/<language>`: stable for this text, what a record stores. */
  noticeId: string
  /** `global` or a region id. */
  variant: string
  /** The region ids the notice is written for. */
  regions: string[]
  /** ISO 3166 codes of those regions (from the catalog): a consent receipt's `jurisdiction`. */
  jurisdictions: string[]
  language: string
  /** The page, relative to the site root. */
  path: string
  /** `path` resolved against `--base-url`; present only when a base URL was given. */
  url?: string
  /** Where this exact version stays published once newer versions exist (`build --history`). */
  archivePath: string
  /** The canonical content that was hashed, relative to the site root: `sha256sum` of it is `contentHash.value`. */
  contentPath: string
  contentHash: { algorithm: 'sha-256'; canonicalization: string; value: string }
}

export interface ConsentManifest {
  format: 'policyc-consent-notices/1'
  policy: string
  /** The controller, as a consent receipt's `piiControllers` entry names it. */
  /** `country` only when the policy states it. */
  controller: { name: string; country?: string; email?: string; url?: string }
  version: string | null
  effective: string
  notices: ConsentNotice[]
}

export interface ConsentFiles {
  manifest: ConsentManifest
  /** Canonical notice contents by path relative to the site root (the bytes that were hashed). */
  contents: Map<string, string>
}

/**
 * The consent manifest of a policy: for every variant, the URL a consent record should point at and
 * the sha-256 of the notice text the person saw there (see `noticeContent` for what is hashed).
 * No clock is read: the same sources give the same manifest.
 */
export function buildConsentManifest(model: PolicyModel, options: { baseUrl?: string | undefined } = {}): ConsentFiles {
  const { policy } = model
  const contents = new Map<string, string>()
  const notices = variantsOf(model).map((variant): ConsentNotice => {
    const content = noticeContentJson(variant)
    const folder = variant.region ? `${variant.key}/` : ''
    const path = `${policy.id}/${folder}`
    const contentPath = `${policy.id}/consent/${variant.key}.${policy.language}.json`
    contents.set(contentPath, content)
    return {
      noticeId: `${policy.id}/${policy.effective}/${variant.key}/${policy.language}`,
      variant: variant.key,
      regions: variant.regions.map((r) => r.id),
      jurisdictions: [...new Set(variant.regions.flatMap((r) => r.codes))].sort(),
      language: policy.language,
      path,
      ...(options.baseUrl ? { url: absoluteUrl(options.baseUrl, path) } : {}),
      archivePath: `${policy.id}/versions/${policy.effective}/${folder}`,
      contentPath,
      contentHash: { algorithm: 'sha-256', canonicalization: NOTICE_CANONICALIZATION, value: sha256Hex(content) },
    }
  })
  const controller = policy.controller
  return {
    manifest: {
      format: 'policyc-consent-notices/1',
      policy: policy.id,
      controller: {
        name: controller['legal-name'] ?? controller.name,
        ...(controller.country ? { country: controller.country } : {}),
        ...(controller.email ? { email: controller.email } : {}),
        ...(controller.website ? { url: controller.website } : {}),
      },
      version: policy.version ?? null,
      effective: policy.effective,
      notices,
    },
    contents,
  }
}

/** A site-relative path under the base URL, whatever the base's trailing slash. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
}
