// Writes N policies shaped like the XWMS notice (same size, sections, data and 23 regions), each
// with its own id, organisation name and varied wording, so no two are identical and nothing can
// be served from a cache that a real project would not hit. Usage: node bench/generate-corpus.mjs N OUT
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const WORDS = ['carefully', 'securely', 'promptly', 'openly', 'fairly', 'lawfully', 'clearly', 'responsibly']

/** Generates the corpus; returns the policy folders written. */
export async function generateCorpus(count, out, source = join(root, 'policies', 'xwms')) {
  await rm(out, { recursive: true, force: true })
  const files = (await readdir(source)).filter((f) => f.endsWith('.yaml')).sort()
  const texts = await Promise.all(files.map((f) => readFile(join(source, f), 'utf8')))
  const folders = []
  for (let i = 0; i < count; i++) {
    const id = `org${String(i).padStart(4, '0')}`
    const dir = join(out, id)
    await mkdir(dir, { recursive: true })
    for (const [k, file] of files.entries()) {
      await writeFile(join(dir, file), vary(texts[k], i, id))
    }
    folders.push(dir)
  }
  return folders
}

/** Changes names and some wording deterministically by index, keeping the YAML valid. */
function vary(text, i, id) {
  const word = WORDS[i % WORDS.length]
  const doc = parseDocument(text.replaceAll('XWMS', `Org ${i}`).replaceAll('xwms.nl', `${id}.example`))
  if (doc.has('id')) doc.set('id', `${id}-privacy`)
  const sections = doc.get('sections')
  for (const section of sections?.items ?? []) {
    const summary = section.get('summary')
    if (typeof summary === 'string') section.set('summary', `${summary} We act ${word}.`)
    const body = section.get('body')
    if (typeof body === 'string') section.set('body', body.replace(/\bwe\b/, `we (${word})`))
  }
  return doc.toString({ lineWidth: 0 })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [count = '100', out = join(root, 'bench', 'corpus')] = process.argv.slice(2)
  const folders = await generateCorpus(Number(count), out)
  console.log(`wrote ${folders.length} policies to ${out}`)
}
