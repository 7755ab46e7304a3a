import { unmappedCategories, unmappedHint, unmappedPath, unmappedReason } from '../../export/unmapped.js'
import { defineRule } from '../rule.js'

/**
 * A collected category that an export the policy turns on cannot express: the app-store label or
 * TILT document would silently leave it out. The check itself lives in src/export/unmapped.ts,
 * shared with the export writer, so `check` and `build` report the same categories.
 */
export default defineRule({
  id: 'export-unmapped-category',
  severity: 'error',
  description: 'A collected category that an export turned on in `exports` cannot express',
  docs: {
    why: 'An app-store privacy label or Data safety form must declare every kind of data the app collects; a category the export cannot map would be left out, and the store label would then say less than the notice. Misdeclared labels can get an app removed from a store.',
    law: 'Apple App Store Review Guideline 5.1.2 and App privacy details; Google Play User Data policy (Data safety section); GDPR Art 12(1) and Art 13(1)(e) for TILT',
    fix: 'Give the category a W3C DPV term the export knows in `dpv` (for example `pd:EmailAddress`), or a `ccpa` letter; the tables are in src/export/mappings/. If no term fits, turn the export off or describe the data with a broader term.',
    bad: 'exports: { apple-privacy-manifest: true }\ncategories:\n  - { id: client-data, label: Data about your clients, collected: true }',
    good: 'exports: { apple-privacy-manifest: true }\ncategories:\n  - { id: client-data, label: Data about your clients, collected: true, dpv: [pd:Name, pd:EmailAddress] }',
  },
  check({ model, report }) {
    for (const entry of unmappedCategories(model)) {
      report({ path: unmappedPath(entry), reason: unmappedReason(entry), hint: unmappedHint(entry) })
    }
  },
})
