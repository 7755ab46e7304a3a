import { proseSentences } from '../prose-sentences.js'
import { defineRule } from '../rule.js'

/** Words that deny an absolute claim in the same sentence ("no method … can be 100% secure"). */
const NEGATION = /\b(no|not|never|nothing|cannot|can't|cannot be|impossible|neither|nor)\b/
const ABSOLUTE = /\b(100 ?%|completely|totally|fully|absolutely|perfectly|entirely) (safe|secure|protected)\b|\b(guarantee[sd]?|ensure[sd]?) (the |complete |absolute |total )?(security|safety)\b|\bunhackable\b/
const HASHING = /\bhash(es|ed|ing)?\b/
const ENCRYPTION = /\bencrypt(s|ed|ion|ing)?\b/

/**
 * A security statement the notice cannot keep: hashing described as encryption (a hash cannot be
 * decrypted; encrypted data can, so they protect differently), or security promised absolutely.
 */
export default defineRule({
  id: 'security-claim-contradicted',
  severity: 'warning',
  description: 'The text calls hashing encryption, or promises absolute ("100%") security',
  docs: {
    why: 'A notice must describe processing truthfully. Hashing and encryption are different measures: a hash is one-way and is a pseudonymisation technique, while encrypted data is meant to be decrypted again with a key. Calling one the other misstates what protects the data (and a name or email address that must be read back cannot only be hashed). No measure makes data "100% secure": such a promise misleads the reader, and regulators treat it as a misrepresentation.',
    law: 'GDPR Art 5(1)(a) (fairness, transparency), Art 12(1) and Art 32; Article 29 Working Party Opinion 05/2014 on Anonymisation Techniques (WP216, adopted 10 April 2014), §4 (hashing is pseudonymisation); Autoriteit Persoonsgegevens, "Data pseudonymisation" (guidance on hashing)',
    fix: 'Say which measure protects which data: "Passwords are stored as salted hashes; other account data is encrypted at rest." Replace an absolute promise with what is done: "We use … to protect your data; no method of transmission or storage is completely secure."',
    bad: 'sections:\n  - id: security\n    title: How we keep your data safe\n    body: |\n      Our hashing system keeps your name and email address securely encrypted.\n      Your data is 100% secure with us.',
    good: 'sections:\n  - id: security\n    title: How we keep your data safe\n    body: |\n      Passwords are stored as salted hashes; your name and email address are encrypted at rest.\n      No method of storage or transmission is 100% secure.',
  },
  check({ model, report }) {
    for (const sentence of proseSentences(model)) {
      // Within one clause: "passwords are hashed, and messages are encrypted" names two measures.
      if (sentence.lower.split(/[,;:]/).some((clause) => HASHING.test(clause) && ENCRYPTION.test(clause))) {
        report({
          path: sentence.path,
          at: sentence.at,
          reason: `Unexpected "${excerpt(sentence.text, HASHING)}": the sentence describes hashing as encryption, but a hash is one-way pseudonymisation and encrypted data can be decrypted`,
          hint: 'Name each measure for what it is: hashed passwords, encrypted data at rest or in transit.',
        })
      }
      const absolute = ABSOLUTE.exec(sentence.lower)
      if (absolute && !NEGATION.test(sentence.lower)) {
        report({
          path: sentence.path,
          at: sentence.at,
          reason: `Unexpected "${absolute[0]}": the notice promises absolute security, which no measure gives`,
          hint: 'Describe the measures taken, and say that no method of storage or transmission is completely secure.',
        })
      }
    }
  },
})

/** Up to 60 characters of the sentence around the first match. */
function excerpt(text: string, pattern: RegExp): string {
  const index = Math.max(0, text.toLowerCase().search(pattern) - 20)
  const cut = text.slice(index, index + 60).replace(/\s+/g, ' ').trim()
  return `${index > 0 ? '…' : ''}${cut}${index + 60 < text.length ? '…' : ''}`
}
