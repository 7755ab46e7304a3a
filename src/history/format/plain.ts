import { jurisdiction } from '../../catalog/catalog.js'
import type { Policy } from '../../generated/policy.js'
import { basisName, countryName, formatCookieDuration, formatDate, formatList, formatPeriod, isPeriodTrigger, languageName, messages, regionName, supportedLocale, type Messages } from '../../i18n/index.js'
import type { Change, Json } from '../diff/change.js'

/**
 * A change in plain words, in any language policyc writes: names instead of ids, durations,
 * bases, roles, countries and regions in words ("Account data is now kept for 10 years instead
 * of 7 years"). The text, Markdown and HTML formats all say a change this way; only the JSON
 * format keeps ids and raw values, for machines.
 */

/** What the words of a change are looked up in: both versions of the policy, and the language. */
export interface PlainContext {
  from: Readonly<Policy> | undefined
  to: Readonly<Policy> | undefined
  /** A language policyc has a catalog for (`en`, `nl`, `de`, `fr`, `es`); English otherwise. */
  language: string
  /** Entity data known without the policies (an added or removed thing's own data in the change), by `subject:id`. */
  known?: ReadonlyMap<string, Entity>
}

/** A sentence and the parts of it that are names or values, so a format can mark them up. */
export interface PlainChange {
  sentence: string
}

type Entity = Readonly<Record<string, unknown>>

function catalogOf(language: string): { m: Messages; locale: string } {
  const locale = supportedLocale(language) ?? 'en'
  return { m: messages(locale), locale }
}

const LISTS: Readonly<Record<string, readonly string[]>> = {
  category: ['categories'],
  purpose: ['purposes'],
  recipient: ['recipients'],
  retention: ['retention'],
  cookie: ['cookies'],
  channel: ['rights', 'channels'],
  'automated-decision': ['automated-decisions'],
  section: ['sections'],
  representative: ['representatives'],
}

function entityIn(policy: Readonly<Policy> | undefined, subject: string, id: string): Entity | undefined {
  const path = LISTS[subject]
  if (!policy || !path) return undefined
  let node: unknown = policy
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined
  return Array.isArray(node) ? (node as Entity[]).find((e) => e.id === id) : undefined
}

function entity(ctx: PlainContext, subject: string, id: string): Entity | undefined {
  return entityIn(ctx.to, subject, id) ?? entityIn(ctx.from, subject, id) ?? ctx.known?.get(`${subject}:${id}`)
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** The name a reader knows a thing by: a recipient's name, a category's label, a section's title. */
export function thingName(ctx: PlainContext, subject: string, id: string): string {
  const { m, locale } = catalogOf(ctx.language)
  const e = entity(ctx, subject, id)
  switch (subject) {
    case 'region':
      return regionWords(id, locale)
    case 'translation':
      return safe(() => languageName(id, locale), id)
    case 'policy':
      return (ctx.to ?? ctx.from)?.title ?? capital(m.changes.subject.policy!)
    case 'controller':
      return (ctx.to ?? ctx.from)?.controller.name ?? m.changes.subject.controller!
    case 'rights':
    case 'children':
    case 'exports':
      return capital(m.changes.subject[subject] ?? subject)
    case 'retention': {
      const categories = Array.isArray(e?.categories) ? (e.categories as string[]) : []
      const labels = categories.map((c) => categoryLabel(ctx, c))
      return labels.length > 0 ? formatList(labels, locale) : capital(m.changes.subject.retention!)
    }
    case 'channel':
      return str(e?.label) ?? (str(e?.type) ? (m.channelType as Record<string, string>)[String(e?.type)] ?? String(e?.type) : capital(m.changes.subject.channel!))
    case 'signal':
      return SIGNAL_NAMES[id] ?? capital(m.changes.subject.signal!)
    default:
      return str(e?.name) ?? str(e?.label) ?? str(e?.title) ?? capital(m.changes.subject[subject] ?? subject)
  }
}

/** Browser signals are named by their standards, the same in every language. */
const SIGNAL_NAMES: Readonly<Record<string, string>> = { 'do-not-track': 'Do Not Track', 'global-privacy-control': 'Global Privacy Control' }

function categoryLabel(ctx: PlainContext, id: string): string {
  return str(entity(ctx, 'category', id)?.label) ?? id
}

function regionWords(id: string, locale: string): string {
  return safe(() => regionName(id, locale), jurisdiction(id)?.name ?? id)
}

function safe(f: () => string, fallback: string): string {
  try {
    return f()
  } catch {
    return fallback
  }
}

function lower(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** An item of a list field in words: a purpose's label, a country's name, a source in words. */
function itemWords(ctx: PlainContext, subject: string, field: string, item: string): string {
  const { m, locale } = catalogOf(ctx.language)
  const last = field.split('.').at(-1)!
  switch (last) {
    case 'countries':
      return item === 'EU' ? m.europeanUnion : safe(() => countryName(item, locale), item)
    case 'regions':
      return regionWords(item, locale)
    case 'categories':
      return categoryLabel(ctx, item)
    case 'purposes':
      return str(entity(ctx, 'purpose', item)?.label) ?? item
    case 'sources':
      return (m.source as Record<string, string>)[item] ?? item
    case 'channels':
      return thingName(ctx, 'channel', item)
    default:
      return subject === 'translation' ? translationKey(ctx, item) : item
  }
}

/** `sections.cookies.title` → the section's title: a translation entry named as the reader knows it. */
function translationKey(ctx: PlainContext, key: string): string {
  const [list, id] = key.split('.')
  const subject = Object.entries(LISTS).find(([, path]) => path.at(-1) === list)?.[0]
  return subject && id ? thingName(ctx, subject, id) : key
}

/** A value of a field in words: "7 years", "Consent", "Processor", "1 June 2025", "yes". */
export function valueWords(ctx: PlainContext, subject: string, field: string, value: Json | undefined): string {
  const { m, locale } = catalogOf(ctx.language)
  if (value === undefined || value === null) return m.words.notStated
  if (typeof value === 'boolean') return value ? m.words.yes : m.words.no
  if (Array.isArray(value)) return formatList(value.map((v) => itemWords(ctx, subject, field, String(v))), locale)
  if (typeof value === 'object') return objectWords(value as Readonly<Record<string, Json>>, field, locale, m.words.yes, m.words.notStated)
  const text = String(value)
  const last = field.split('.').at(-1)!
  const lookup = (table: Readonly<Record<string, string>>) => table[text] ?? text
  switch (last) {
    case 'period':
      // A named trigger reads inside a sentence ("instead of until the purpose is fulfilled").
      return isPeriodTrigger(text) ? lower(m.trigger[text]) : safe(() => formatPeriod(text, locale), text)
    case 'duration':
      return safe(() => formatCookieDuration(text, locale), text)
    case 'basis':
      return safe(() => basisName(text as never, locale), text)
    case 'role':
      return lookup(m.role)
    case 'transfer':
      return lookup(m.safeguard)
    case 'then':
      return lookup(m.then)
    case 'type':
      return subject === 'cookie' ? lookup(m.cookieType) : subject === 'channel' ? lookup(m.channelType) : text
    case 'technology':
      return lookup(m.technology)
    case 'scope':
      return lookup(m.scope)
    case 'effective':
      return safe(() => formatDate(text, locale), text)
    case 'country':
      return safe(() => countryName(text, locale), text)
    case 'recipient':
      return thingName(ctx, 'recipient', text)
    case 'purpose':
      return str(entity(ctx, 'purpose', text)?.label) ?? text
    default:
      return isPeriodTrigger(text) ? m.trigger[text] : text
  }
}

/**
 * A value that is a mapping, in words: a named thing by its name (an authority), a promise of
 * notice of changes by its period and how readers are told ("30 days, by email"), or, for a promise
 * that states neither, that it is made. Anything else is not stated in words.
 */
function objectWords(value: Readonly<Record<string, Json>>, field: string, locale: string, made: string, notStated: string): string {
  if (typeof value.name === 'string') return value.name
  if (field === 'change-notice') {
    const period = typeof value.period === 'string' ? safe(() => formatPeriod(value.period as string, locale), value.period) : undefined
    const parts = [period, typeof value.how === 'string' ? value.how : undefined].filter((p): p is string => p !== undefined)
    return parts.length > 0 ? parts.join(', ') : made
  }
  return notStated
}

function fieldWords(m: Messages, field: string): string {
  const last = field.split('.').at(-1)!
  return m.changes.field[field] ?? m.changes.field[last] ?? last.replace(/-/g, ' ')
}

/** One change as one sentence in the reader's language. */
export function plainSentence(change: Change, context: PlainContext): string {
  const { m, locale } = catalogOf(context.language)
  const own = change.after ?? change.before
  const ctx: PlainContext =
    (change.action === 'added' || change.action === 'removed') && own !== null && typeof own === 'object' && !Array.isArray(own)
      ? { ...context, known: new Map([...(context.known ?? []), [`${change.subject}:${change.id}`, own as Entity]]) }
      : context
  const w = m.changes
  const kind = w.subject[change.subject] ?? change.subject
  const name = change.subject === 'translation' ? thingName(ctx, 'translation', change.id) : w.quote(thingName(ctx, change.subject, change.id))
  // A claim is one key of `claims` and has no field of its own: the key names what is promised ("third party sharing").
  const field = change.field ? fieldWords(m, change.subject === 'translation' ? change.field.split('.').at(-1)! : change.field) : change.subject === 'claim' ? fieldWords(m, change.id) : ''
  const subjectName = change.subject === 'translation' && change.field ? `${name}, ${w.quote(translationKey(ctx, change.field.split('.').slice(0, 2).join('.')))}` : name
  let sentence: string
  switch (change.action) {
    case 'added':
      sentence = change.subject === 'recipient' ? recipientAdded(ctx, change.id) : w.added(kind, change.subject === 'region' || change.subject === 'translation' ? thingName(ctx, change.subject, change.id) : name)
      break
    case 'removed':
      sentence = change.subject === 'recipient' ? w.recipientRemoved(thingName(ctx, 'recipient', change.id)) : w.removed(kind, change.subject === 'region' || change.subject === 'translation' ? thingName(ctx, change.subject, change.id) : name)
      break
    case 'renamed':
      sentence = w.renamed(kind, name)
      break
    case 'changed':
      if (change.words) sentence = w.reworded(subjectName, field)
      else if (change.added || change.removed) {
        const items = (list: readonly string[]) => formatList(list.map((item) => itemWords(ctx, change.subject, change.field ?? '', item)), locale)
        const parts: string[] = []
        if (change.added?.length) parts.push(change.subject === 'translation' ? w.added(kind, `${name}: ${items(change.added)}`) : w.listAdded(subjectName, field, items(change.added)))
        if (change.removed?.length) parts.push(change.subject === 'translation' ? w.removed(kind, `${name}: ${items(change.removed)}`) : w.listRemoved(subjectName, field, items(change.removed)))
        sentence = parts.join('; ')
      } else if (change.subject === 'retention' && change.field === 'period' && change.before !== undefined && change.after !== undefined) {
        sentence = w.keptFor(thingName(ctx, 'retention', change.id), valueWords(ctx, 'retention', 'period', change.after), valueWords(ctx, 'retention', 'period', change.before))
      } else if (change.subject === 'category' && change.field === 'retention') {
        sentence = w.keptFor(thingName(ctx, 'category', change.id), valueWords(ctx, 'retention', 'period', change.after), valueWords(ctx, 'retention', 'period', change.before))
      } else if (change.before === undefined) sentence = w.valueSet(subjectName, field, valueWords(ctx, change.subject, change.field ?? '', change.after))
      else if (change.after === undefined) sentence = w.valueUnset(subjectName, field, valueWords(ctx, change.subject, change.field ?? '', change.before))
      else {
        const before = valueWords(ctx, change.subject, change.field ?? '', change.before)
        const after = valueWords(ctx, change.subject, change.field ?? '', change.after)
        // The same value on both sides: a field flagged because it did not move (compare.ts).
        sentence = before === after ? w.stillValue(subjectName, field, after) : w.value(subjectName, field, before, after)
      }
      break
  }
  if (change.regions?.length) sentence = w.inRegions(sentence, formatList(change.regions.map((r) => regionWords(r, locale)), locale))
  return sentence
}

/** "Mollie (Take payments) added as a recipient in the Netherlands". */
function recipientAdded(ctx: PlainContext, id: string): string {
  const { m, locale } = catalogOf(ctx.language)
  const e = entity(ctx, 'recipient', id)
  const purposes = Array.isArray(e?.purposes) ? (e.purposes as string[]).map((p) => itemWords(ctx, 'recipient', 'purposes', p)) : []
  const countries = Array.isArray(e?.countries) ? (e.countries as string[]).map((c) => itemWords(ctx, 'recipient', 'countries', c)) : []
  return m.changes.recipientAdded(thingName(ctx, 'recipient', id), purposes.length ? formatList(purposes, locale) : '', countries.length ? formatList(countries, locale) : '')
}
