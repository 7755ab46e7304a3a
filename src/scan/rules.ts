/**
 * The findings `policyc scan` reports, each with a stable id (for SARIF, for `--format json`
 * readers, and for the README). All are errors: a notice that says something the site does not do
 * is wrong, whichever of the two has to change.
 */
export const SCAN_RULES = [
  { id: 'scan-cookie-undeclared', description: 'The site sets a cookie or storage key that no `cookies` entry names' },
  { id: 'scan-cookie-lifetime', description: 'A cookie lasts longer on the site than its declared `duration`' },
  { id: 'scan-before-consent', description: 'Something that needs consent in the EEA or UK was stored or contacted before the visitor consented' },
  { id: 'scan-host-undeclared', description: 'A page sends requests to a host that no recipient names in `hosts` or `domains`' },
  { id: 'scan-gpc-ignored', description: 'The notice says Global Privacy Control is honored, but the site did the same with GPC on' },
] as const

export type ScanRuleId = (typeof SCAN_RULES)[number]['id']
