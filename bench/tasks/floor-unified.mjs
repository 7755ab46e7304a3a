// The Markdown floor: Markdown files through a bare unified pipeline (remark-parse + remark-gfm +
// remark-rehype + rehype-stringify), each HTML written to the same relative path under OUT.
//   node bench/tasks/floor-unified.mjs IN OUT [LIST]   LIST: a file naming the .md files to take
//   (paths relative to IN, one a line); without it, every .md file under IN.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'

const [input, output, list] = process.argv.slice(2)
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze()
const files = list
  ? (await readFile(list, 'utf8')).split('\n').filter(Boolean)
  : (await readdir(input, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => relative(input, join(e.parentPath ?? e.path, e.name)))
for (const file of files) {
  const html = String(await processor.process(await readFile(join(input, file), 'utf8')))
  const target = join(output, file).replace(/\.md$/, '.html')
  await mkdir(dirname(target), { recursive: true })
  await writeFile(target, html)
}
console.log(JSON.stringify({ files: files.length }))
