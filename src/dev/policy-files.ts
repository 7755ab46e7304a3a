import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The bytes of every file of these policies (a policy folder's files and its `locales/`, or a
 * one-file policy), read now, as one value to compare with a later reading: equal readings mean
 * nothing a check of them reads has changed between the two. A file that cannot be read counts
 * as its error, so a file removed or made unreadable also differs.
 */
export function readPolicyFiles(policies: readonly string[]): string {
  const parts: string[] = []
  const add = (path: string) => {
    let text: string
    try {
      text = readFileSync(path, 'latin1')
    } catch (error) {
      text = `\u0000${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`
    }
    parts.push(`${path}\u0000${text.length}\u0000${text}`)
  }
  const addFolder = (folder: string, depth: number) => {
    let names: string[]
    try {
      names = readdirSync(folder).sort()
    } catch (error) {
      parts.push(`${folder}\u0000\u0000${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`)
      return
    }
    for (const name of names) {
      const path = join(folder, name)
      let isFolder = false
      try {
        isFolder = statSync(path).isDirectory()
      } catch {
        // Gone between the listing and now: read below, as the error it is.
      }
      if (!isFolder) add(path)
      else if (depth === 0) addFolder(path, 1)
    }
  }
  for (const policy of policies) {
    let isFolder = false
    try {
      isFolder = statSync(policy).isDirectory()
    } catch {
      // Read below, as the error it is.
    }
    if (isFolder) addFolder(policy, 0)
    else add(policy)
  }
  return parts.join('\u0001')
}
