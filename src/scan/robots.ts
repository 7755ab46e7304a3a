/**
 * robots.txt as RFC 9309 (Robots Exclusion Protocol, 2022) reads it: the group for our product
 * token (`policyc`) if there is one, else the `*` group (§ 2.2.1); the longest matching `allow` or
 * `disallow` path wins, `allow` on a tie (§ 2.2.2); `*` matches any characters and `$` ends the
 * path (§ 2.2.3). A missing file (4xx) allows everything (§ 2.3.1.3).
 */
export interface RobotsRules {
  allows(pathAndQuery: string): boolean
}

interface Rule {
  allow: boolean
  pattern: string
}

/** The product token policyc's crawler answers to in robots.txt. */
export const ROBOTS_AGENT = 'policyc'

export const ALLOW_ALL: RobotsRules = { allows: () => true }

export function parseRobots(text: string, agent: string = ROBOTS_AGENT): RobotsRules {
  const groups: { agents: string[]; rules: Rule[] }[] = []
  let current: { agents: string[]; rules: Rule[] } | undefined
  let lastWasAgent = false
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*/, '').trim()
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!match) continue
    const field = match[1]!.toLowerCase()
    const value = match[2]!.trim()
    if (field === 'user-agent') {
      // Consecutive user-agent lines share one group (§ 2.1).
      if (!current || !lastWasAgent) groups.push((current = { agents: [], rules: [] }))
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
      continue
    }
    lastWasAgent = false
    if (!current || (field !== 'allow' && field !== 'disallow')) continue
    // An empty disallow allows everything; it is no rule at all.
    if (value === '') continue
    current.rules.push({ allow: field === 'allow', pattern: value })
  }
  const token = agent.toLowerCase()
  const own = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)))
  const chosen = own.length > 0 ? own : groups.filter((g) => g.agents.includes('*'))
  const rules = chosen.flatMap((g) => g.rules)
  if (rules.length === 0) return ALLOW_ALL
  const compiled = rules.map((rule) => ({ ...rule, regex: patternToRegex(rule.pattern) }))
  return {
    allows(pathAndQuery) {
      let best: { allow: boolean; length: number } | undefined
      for (const rule of compiled) {
        if (!rule.regex.test(pathAndQuery)) continue
        const length = rule.pattern.length
        if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length }
      }
      return best?.allow ?? true
    },
  }
}

function patternToRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$')
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => encodePath(part).replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}${anchored ? '$' : ''}`)
}

/** Paths are compared percent-encoded, as the URL gives them (§ 2.2.2). */
function encodePath(part: string): string {
  return part.replace(/[^\x21-\x7e]/g, (c) => encodeURIComponent(c))
}
