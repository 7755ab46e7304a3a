/**
 * Renders docs/format.md, the reference of the policy source format, from the descriptions,
 * types, allowed values and examples in schemas/policy.schema.json, so the documentation cannot
 * drift from the format. `npm run generate` writes it; a test compares.
 */

/** Renders the whole reference. */
export function renderFormatDoc(schema) {
  const out = []
  out.push('# Policy source format')
  out.push('')
  out.push('<!-- Generated from schemas/policy.schema.json by `npm run generate`. Do not edit: change the schema. -->')
  out.push('')
  out.push(schema.description)
  out.push('')
  out.push('Add this first line to a policy file so editors complete keys and show these descriptions:')
  out.push('')
  out.push('```yaml')
  out.push('# yaml-language-server: $schema=../../schemas/policy.schema.json')
  out.push('```')
  out.push('')
  out.push('## Top level')
  out.push('')
  out.push(...propertyTable(schema, schema))
  const defs = Object.entries(schema.$defs).filter(([, def]) => def.properties || def.items?.properties)
  for (const [name, def] of defs) {
    out.push('')
    out.push(`## ${title(name)}`)
    out.push('')
    out.push(def.description + (def.items?.properties ? ' A list; each item has:' : ''))
    out.push('')
    out.push(...propertyTable(def.properties ? def : def.items, schema))
    out.push(...nestedTables(def.properties ? def : def.items, schema, title(name)))
  }
  const scalars = Object.entries(schema.$defs).filter(([, def]) => !def.properties && !def.items?.properties)
  out.push('')
  out.push('## Value types')
  for (const [name, def] of scalars) {
    out.push('')
    out.push(`### ${title(name)}`)
    out.push('')
    out.push(def.description)
    out.push('')
    out.push(`Allowed: ${allowed(def, schema)}.`)
  }
  return `${out.join('\n')}\n`
}

function propertyTable(def, root) {
  const required = new Set(def.required ?? [])
  const rows = ['| key | required | type | description |', '| --- | --- | --- | --- |']
  for (const [key, property] of Object.entries(def.properties)) {
    const description = property.description ?? resolve(property, root)?.description ?? ''
    const examples = property.examples ?? resolve(property, root)?.examples
    const example = examples?.length ? ` Example: ${examples.map((e) => `\`${JSON.stringify(e)}\``).join(', ')}.` : ''
    rows.push(`| \`${key}\` | ${required.has(key) ? 'yes' : 'no'} | ${cell(typeOf(property, root))} | ${cell(description + example)} |`)
  }
  return rows
}

/** Objects defined inline inside a definition (such as `rights.appeal`) get a table of their own. */
function nestedTables(def, root, parentTitle) {
  const out = []
  for (const [key, property] of Object.entries(def.properties)) {
    const inline = property.properties ? property : property.items?.properties ? property.items : undefined
    if (!inline) continue
    out.push('')
    out.push(`### ${parentTitle}: ${key}`)
    out.push('')
    out.push(property.description)
    out.push('')
    out.push(...propertyTable(inline, root))
    out.push(...nestedTables(inline, root, `${parentTitle}: ${key}`))
  }
  return out
}

function typeOf(property, root) {
  if (property.$ref) return link(property.$ref)
  if (property.enum) return `one of ${property.enum.map((v) => `\`${v}\``).join(', ')}`
  if (property.const !== undefined) return `\`${property.const}\``
  if (property.anyOf) return property.anyOf.map((branch) => typeOf(branch, root)).join(' or ')
  if (property.type === 'array') return `list of ${typeOf(property.items ?? {}, root)}`
  if (property.type === 'object' && property.additionalProperties && typeof property.additionalProperties === 'object') {
    return `map of ${typeOf(property.propertyNames ?? { type: 'string' }, root)} to ${typeOf(property.additionalProperties, root)}`
  }
  if (property.type === 'object') return 'mapping (below)'
  if (property.type === 'string') return property.pattern ? 'text (pattern)' : property.format ? `text (${property.format})` : 'text'
  if (property.type === 'boolean') return '`true` or `false`'
  if (property.type === 'integer') return 'whole number'
  return String(property.type ?? 'value')
}

function allowed(def, root) {
  if (def.enum) return def.enum.map((v) => `\`${v}\``).join(', ')
  if (def.pattern) return `text matching \`${def.pattern}\``
  return typeOf(def, root)
}

function resolve(property, root) {
  if (!property.$ref?.startsWith('#/$defs/')) return undefined
  return root.$defs[property.$ref.slice('#/$defs/'.length)]
}

/** A link to a definition's heading, using the anchor GitHub and markdownlint derive from it. */
function link(ref) {
  const name = ref.split('/').pop()
  return `[${title(name).toLowerCase()}](#${title(name).toLowerCase().replaceAll(' ', '-')})`
}

function title(name) {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase())
}

function cell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ')
}
