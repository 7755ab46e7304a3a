import type { ProseSentence } from '../prose-sentences.js'
import { proseSentences } from '../prose-sentences.js'
import { defineRule } from '../rule.js'

const GPC = /\bglobal privacy control\b|\bgpc\b/
/** "we ignore any other automatic signal", "we do not respond to … any other automatic mechanism". */
const IGNORES_EVERY_SIGNAL = /\b(ignore|do not respond to|don't respond to|do not honou?r|don't honou?r|not act on)\b.*\b(any|all|every) (other )?(automatic|automated|browser) (signal|mechanism|setting)s?\b/
const IGNORES_GPC = /\b(ignore|do not respond to|don't respond to|do not honou?r|don't honou?r)\b.*(\bglobal privacy control\b|\bgpc\b)/
const INVITES_GPC = /\b(turn on|turning on|enable|enabling|switch on|use|using|set)\b.*(\bglobal privacy control\b|\bgpc\b)/

/**
 * The notice says two things about browser privacy signals that cannot both be true: it ignores
 * every automatic signal while telling readers to turn on Global Privacy Control (or honouring it
 * in `signals`), or it invites readers to use GPC while `signals` says it is ignored.
 */
export default defineRule({
  id: 'browser-signal-contradicted',
  severity: 'warning',
  description: 'The text about Do-Not-Track or Global Privacy Control contradicts itself or `signals`',
  docs: {
    why: 'A business that sells or shares personal information must treat an opt-out preference signal such as Global Privacy Control as a valid request to opt out, and its notice must say how it processes such signals. A notice that says it ignores "any other automatic signal" while telling readers to turn on GPC leaves them unable to know whether their signal works.',
    law: 'Cal. Civ. Code §1798.135(b)-(e); 11 CCR §7025(b)-(c) (opt-out preference signals) and §7011(e)(3)(F); Colorado Privacy Act Rules 4 CCR 904-3, Rule 5; Bus. & Prof. Code §22575(b)(5)-(7) (CalOPPA: how Do-Not-Track signals are answered)',
    fix: 'Say the same thing everywhere, and make it true: if Global Privacy Control is honoured (`signals: { global-privacy-control: honored }`), the Do-Not-Track text must not say every other automatic signal is ignored ("We ignore Do-Not-Track signals, but we honour Global Privacy Control as an opt-out of sale and sharing").',
    bad: 'signals: { do-not-track: ignored, global-privacy-control: honored }\nsections:\n  - id: dnt\n    title: Do-Not-Track\n    body: |\n      We ignore DNT and any other automatic signal not to be tracked.\n\n      To opt out, turn on the Global Privacy Control (GPC) signal in your browser.',
    good: 'signals: { do-not-track: ignored, global-privacy-control: honored }\nsections:\n  - id: dnt\n    title: Do-Not-Track\n    body: |\n      We ignore DNT signals. We honour Global Privacy Control as a request to opt out of sale and sharing.\n\n      To opt out, turn on the Global Privacy Control (GPC) signal in your browser.',
  },
  check({ model, report }) {
    const gpc = model.policy.signals?.['global-privacy-control']
    const sentences = proseSentences(model)
    const invite = sentences.find((s) => INVITES_GPC.test(s.lower) && !IGNORES_GPC.test(s.lower))
    const where = (s: ProseSentence) => `${s.at.file}:${s.at.start.line}`
    for (const sentence of sentences) {
      const ignoresAll = IGNORES_EVERY_SIGNAL.test(sentence.lower) && !GPC.test(sentence.lower)
      const ignoresGpc = IGNORES_GPC.test(sentence.lower)
      if (!ignoresAll && !ignoresGpc) continue
      const against = gpc === 'honored' ? `\`signals.global-privacy-control\` is \`honored\`` : undefined
      const invited = invite ? `the text at ${where(invite)} tells readers to turn on Global Privacy Control` : undefined
      const contradictions = [against, invited].filter(Boolean)
      if (contradictions.length === 0) continue
      report({
        path: sentence.path,
        at: sentence.at,
        reason: `The text says ${ignoresGpc ? 'Global Privacy Control is ignored' : 'every other automatic signal (Global Privacy Control included) is ignored'}, but ${contradictions.join(' and ')} (11 CCR §7025)`,
        hint: 'Say that Global Privacy Control is honoured as an opt-out of sale and sharing, and ignore only the signals you really ignore (Do-Not-Track).',
      })
    }
    if (gpc === 'ignored' && invite) {
      report({ path: invite.path, at: invite.at, reason: 'The text tells readers to turn on Global Privacy Control, but `signals.global-privacy-control` is `ignored` (11 CCR §7025)', hint: 'Honour the signal (`global-privacy-control: honored`), or stop offering it as a way to opt out.' })
    }
  },
})
