import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../../helpers/paths.js'

/** The mini fixture: one policy, one section whose body ends its first sentence with `to run your account.` */
export const MINI_SOURCE = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')

/** Mini with `text` put after the first sentence of its only section body (line 32). */
export const withProse = (text: string) => MINI_SOURCE.replace('to run your account.', `to run your account. ${text}`)
/** Mini with another id. */
export const withId = (id: string) => MINI_SOURCE.replace('id: mini', `id: ${JSON.stringify(id)}`)

export interface HostileCase {
  name: string
  /** file name → content of the policy folder. */
  files: Record<string, string | Buffer>
  /** Every error, as `file:line:col rule`, in the order the CLI prints them. */
  errors: string[]
}

/**
 * Hostile sources that test/fixtures/invalid/ does not already hold, each refused with exact
 * diagnostics. (The 39 fixtures there are run through the same CLI check by hostile-site.test.ts.)
 */
export const HOSTILE_CASES: HostileCase[] = [
  { name: 'nesting 5,000 levels deep', files: { 'policy.yaml': `id: x\nintro: ${'['.repeat(5000)}${']'.repeat(5000)}\n` }, errors: ['policy.yaml:2:794 nesting-too-deep'] },
  {
    name: '__proto__, constructor and toString keys',
    files: { 'policy.yaml': MINI_SOURCE.replace('kind: privacy-notice\n', 'kind: privacy-notice\n__proto__: {polluted: true}\nconstructor: 1\ntoString: 2\n') },
    errors: ['policy.yaml:4:1 unknown-key', 'policy.yaml:5:1 unknown-key', 'policy.yaml:6:1 unknown-key'],
  },
  { name: 'a file over the size limit', files: { 'policy.yaml': `id: big\nintro: "${'x'.repeat(1024 * 1024)}"\n` }, errors: ['policy.yaml:1:1 file-too-large'] },
  { name: 'a 100,000-character value against a pattern', files: { 'policy.yaml': MINI_SOURCE.replace('language: en', `language: ${'a'.repeat(100_000)}!`) }, errors: ['policy.yaml:6:11 bad-format'] },
  { name: '<img onerror> in prose', files: { 'policy.yaml': withProse('<img src=x onerror=alert(1)>') }, errors: ['policy.yaml:32:61 raw-html'] },
  { name: '<svg onload> in prose', files: { 'policy.yaml': withProse('<svg onload=alert(1)>') }, errors: ['policy.yaml:32:61 raw-html'] },
  { name: '<iframe> in prose', files: { 'policy.yaml': withProse('\n\n      <iframe src="https://evil.example"></iframe>') }, errors: ['policy.yaml:34:7 raw-html'] },
  { name: 'mixed-case JaVaScRiPt: link', files: { 'policy.yaml': withProse('[x](JaVaScRiPt:alert(1))') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'entity-encoded javascript: link', files: { 'policy.yaml': withProse('[x](&#106;avascript&#58;alert(1))') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'control-character-prefixed javascript: link', files: { 'policy.yaml': withProse('[x](<\tjavascript:alert(1)>)') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'reference definition with an entity-encoded javascript:', files: { 'policy.yaml': withProse('[x][e]\n\n      [e]: &#x6A;avascript:alert(1)') }, errors: ['policy.yaml:34:7 unsafe-url'] },
  { name: 'autolink <JAVASCRIPT:…>', files: { 'policy.yaml': withProse('<JAVASCRIPT:alert(1)>') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'tab inside javascript: link', files: { 'policy.yaml': withProse('[x](java&#9;script:alert(1))') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'data: link', files: { 'policy.yaml': withProse('[x](data:text/html;base64,PHNjcmlwdD4=)') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'vbscript: link', files: { 'policy.yaml': withProse('[x](vbscript:msgbox(1))') }, errors: ['policy.yaml:32:61 unsafe-url'] },
  { name: 'policy id ../x', files: { 'policy.yaml': withId('../x') }, errors: ['policy.yaml:2:5 bad-format'] },
  { name: 'policy id /etc', files: { 'policy.yaml': withId('/etc') }, errors: ['policy.yaml:2:5 bad-format'] },
  { name: 'policy id CON', files: { 'policy.yaml': withId('CON') }, errors: ['policy.yaml:2:5 bad-format'] },
  { name: 'policy id with a trailing dot', files: { 'policy.yaml': withId('mini.') }, errors: ['policy.yaml:2:5 bad-format'] },
  { name: 'case-only twin ids (Mini, mini)', files: { 'a/policy.yaml': MINI_SOURCE, 'b/policy.yaml': withId('Mini') }, errors: ['b/policy.yaml:2:5 bad-format'] },
  { name: 'Unicode normalisation twin ids (é NFC, e + U+0301 NFD)', files: { 'a/policy.yaml': withId('caf\u00e9'), 'b/policy.yaml': withId('cafe\u0301') }, errors: ['a/policy.yaml:2:5 bad-format', 'b/policy.yaml:2:5 bad-format'] },
]

/** Refused at the build stage (check passes): the output paths would collide or are unusable. */
export const BUILD_REFUSED: HostileCase[] = [
  { name: 'two policies with one id', files: { 'a/policy.yaml': MINI_SOURCE, 'b/policy.yaml': MINI_SOURCE }, errors: ['b/policy.yaml:2:5 duplicate-policy-id'] },
  { name: 'policy id con (a Windows device name)', files: { 'policy.yaml': withId('con') }, errors: ['policy.yaml:2:5 reserved-policy-id'] },
  { name: 'policy id nul (a Windows device name)', files: { 'policy.yaml': withId('nul') }, errors: ['policy.yaml:2:5 reserved-policy-id'] },
]
