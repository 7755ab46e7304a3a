import { jurisdiction } from '../../catalog/catalog.js'
import { languageName } from '../../i18n/names.js'
import type { Policy } from '../../generated/policy.js'
import type { Change, Json, WordPart } from '../diff/change.js'
import { plainSentence } from './plain.js'

/**
 * Words for a change, shared by the text, Markdown and changelog formats so they always say the
 * same thing. Each format only decides how to mark up code, additions and removals.
 */

export interface Markup {
  code(text: string): string
  /** Words inserted / deleted in prose. */
  inserted(text: string): string
  deleted(text: string): string
  /** An item added to / removed from a list. */
  plus(item: string): string
  minus(item: string): string
  /** Plain text as the format needs it (escaped for Markdown). */
  text(text: string): string
}

/** The two versions of each policy by id, so a change can be said with names instead of ids. */
export type PolicyVersions = (policyId: string) => { from?: Readonly<Policy> | undefined; to?: Readonly<Policy> | undefined }

/**
 * A change as a person reads it: a plain sentence (names, durations, bases and regions in words,
 * never ids), and for reworded prose the changed words with a little context.
 * `Payment details is now kept for 10 years instead of 7 years`;
 * `“Mollie”, description: reworded: Our payment [-processor-] {+service provider+} …`.
 */
export function plainLine(change: Change, m: Markup, versions: { from?: Readonly<Policy> | undefined; to?: Readonly<Policy> | undefined } = {}, language = 'en'): string {
  const sentence = m.text(plainSentence(change, { from: versions.from, to: versions.to, language }))
  return change.words ? `${sentence}: ${wordSnippet(change.words, m)}` : sentence
}

/** `recipient openai`, `region us-ca`, `basis of purpose marketing`: what changed, as a noun. */
export function changeTarget(change: Change, m: Markup): string {
  const field = change.field ? ` ${m.text(change.field)}` : ''
  const regions = change.regions ? ` in ${change.regions.map(m.code).join(', ')}` : ''
  return `${m.text(change.subject)} ${m.code(change.id)}${field}${regions}`
}

/** One line: `recipient openai added: OpenAI (…)`, `retention account-data period: P7Y → P10Y`. */
export function changeLine(change: Change, m: Markup): string {
  return `${changeTarget(change, m)}${change.action === 'changed' ? ':' : ''} ${changeWhat(change, m)}`
}

/** What happened, after the target: `added: OpenAI (processor; US; scc)`, `P7Y → P10Y`, `+ US`. */
export function changeWhat(change: Change, m: Markup, words = 8): string {
  switch (change.action) {
    case 'added':
      return `added${summaryOf(change.subject, change.after, change.id, m)}`
    case 'removed':
      return `removed${summaryOf(change.subject, change.before, change.id, m)}`
    case 'renamed':
      return `renamed from ${m.code(String(change.before))}`
    case 'changed':
      if (change.words) return wordSnippet(change.words, m, words)
      if (change.added || change.removed) return [...(change.added ?? []).map(m.plus), ...(change.removed ?? []).map(m.minus)].join(', ')
      return `${valueText(change.before, m)} → ${valueText(change.after, m)}`
  }
}

function valueText(value: Json | undefined, m: Markup): string {
  if (value === undefined) return '(none)'
  if (value !== null && typeof value === 'object') return m.code(JSON.stringify(value))
  return m.code(String(value))
}

/** A few words naming an added or removed thing, from its data. */
function summaryOf(subject: Change['subject'], data: Json | undefined, id: string, m: Markup): string {
  if (subject === 'region') return `: ${m.text(jurisdiction(id)?.name ?? id)}`
  if (subject === 'translation') return `: ${m.text(englishLanguageName(id))}`
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) return ''
  const d = data as Readonly<Record<string, Json>>
  const str = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : undefined)
  const list = (key: string) => (Array.isArray(d[key]) ? (d[key] as Json[]).map(String).join(', ') : undefined)
  const parts: (string | undefined)[] = []
  let name: string | undefined
  switch (subject) {
    case 'category':
    case 'purpose':
      name = str('label')
      break
    case 'recipient':
      name = str('name')
      parts.push(str('role'), list('countries'), str('transfer') && `safeguard ${str('transfer')}`)
      break
    case 'retention':
      name = `${list('categories') ?? ''}: ${str('period') ?? ''}`
      break
    case 'cookie':
      name = str('name')
      parts.push(str('type'), str('duration'))
      break
    case 'channel':
      name = str('label') ?? str('email') ?? str('url') ?? str('type')
      break
    case 'section':
      name = str('title')
      break
    case 'right-limit':
      name = str('scope')
      break
    case 'representative':
    case 'dpo':
    case 'controller':
      name = str('name') ?? str('email')
      break
    default:
      name = undefined
  }
  const extra = parts.filter((p): p is string => p !== undefined && p !== '')
  if (name === undefined && extra.length === 0) return ''
  return `: ${m.text(name ?? '')}${extra.length > 0 ? ` (${m.text(extra.join('; '))})` : ''}`
}

/** `nl` → "Dutch": reports are in English; a tag Intl cannot name stays as it is. */
function englishLanguageName(tag: string): string {
  try {
    return languageName(tag, 'en')
  } catch {
    return tag
  }
}

/**
 * The changed words with a few words of context around each change, spacing collapsed so it
 * fits on one line; unchanged stretches longer than twice the context become `…`.
 */
export function wordSnippet(parts: readonly WordPart[], m: Markup, context = 8): string {
  if (parts.every((p) => p.op === 'same' || p.text.trim() === '')) return '(spacing or line breaks only)'
  const out: string[] = []
  parts.forEach((part, index) => {
    const words = part.text.trim().split(/\s+/).filter((w) => w !== '')
    if (words.length === 0) return
    if (part.op !== 'same') return void out.push(part.op === 'added' ? m.inserted(words.join(' ')) : m.deleted(words.join(' ')))
    const first = index === 0
    const last = index === parts.length - 1
    const head = words.slice(0, context).join(' ')
    const tail = words.slice(-context).join(' ')
    if (words.length <= context * 2 || (first && last)) out.push(m.text(words.join(' ')))
    else if (first) out.push(`… ${m.text(tail)}`)
    else if (last) out.push(`${m.text(head)} …`)
    else out.push(`${m.text(head)} … ${m.text(tail)}`)
  })
  return out.join(' ')
}
