import { readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { isAlive } from './cache/process-alive.js'
import { OutputRefused } from './output-guard.js'
import { asWriteFailure } from './write-failure.js'

/**
 * One build at a time per output folder. Two builds into one folder at once raced on the swap
 * (issue 20, finding 11: "ENOENT/ENOTEMPTY rename" internal errors, a CNAME lost). A build
 * creates `.dist.lock` beside `dist/` (exclusive create, so only one succeeds) holding its pid,
 * from its first staged file to the end of the swap; a second build stops with one line. A lock
 * whose process is gone (kill -9, a crash, a power cut) is taken over.
 */
export class OutputLocked extends OutputRefused {
  override name = 'OutputLocked'
}

export interface OutputLock {
  release(): Promise<void>
}

export function lockPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`)
}

export async function lockOutput(target: string): Promise<OutputLock> {
  const path = lockPathOf(target)
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' })
      let released = false
      return {
        release: async () => {
          if (released) return
          released = true
          await unlink(path).catch(() => undefined)
        },
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asWriteFailure(error, path)
    }
    const holder = await readHolder(path)
    // Empty: its builder is between creating and writing it, microseconds; it is alive.
    if (holder === undefined || isAlive(holder)) {
      throw new OutputLocked(
        `the output folder ${target} is being written by another policyc build (process ${holder ?? 'starting'}); wait for it to finish and build again, or, if no build is running, delete ${path}`,
      )
    }
    // The holder is gone: its lock is stale. Removed and created again (another build may win).
    await unlink(path).catch(() => undefined)
  }
  throw new OutputLocked(`could not lock the output folder ${target}: other builds keep taking ${path}; build again`)
}

async function readHolder(path: string): Promise<number | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // Released between our create and our read: a dead holder, so the next attempt succeeds.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return -1
    throw asWriteFailure(error, path)
  }
  const pid = Number(text.trim())
  return text.trim() !== '' && Number.isSafeInteger(pid) ? pid : undefined
}


/** policyc's own names for the staging and swapped-out folders (staging-folder.ts). */
const LEFTOVER = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(tmp|old)-[0-9a-f]{12}$`)

/**
 * Called holding the lock, so no live build owns a staging or swapped-out folder: a build killed
 * between the two renames of the swap left no output and the previous site in `.dist-old-*`,
 * which is put back (with its CNAME and every other file of the user); then every `.dist-tmp-*`
 * and `.dist-old-*` left by killed builds is removed (issue 20, finding 12).
 */
export async function recoverKilledBuilds(target: string): Promise<void> {
  const parent = dirname(target)
  const pattern = LEFTOVER(basename(target))
  let entries: string[]
  try {
    entries = (await readdir(parent)).filter((entry) => pattern.test(entry))
  } catch {
    return
  }
  if (entries.length === 0) return
  const targetExists = await stat(target).then(
    () => true,
    () => false,
  )
  if (!targetExists) {
    // The newest swapped-out site is the one that was live when the build was killed.
    const olds = entries.filter((entry) => entry.includes('-old-'))
    const dated = await Promise.all(olds.map(async (entry) => ({ entry, time: (await stat(join(parent, entry))).mtimeMs })))
    dated.sort((a, b) => b.time - a.time || (a.entry < b.entry ? -1 : 1))
    const newest = dated[0]
    if (newest) {
      await rename(join(parent, newest.entry), target).catch((error: unknown) => {
        throw asWriteFailure(error, newest.entry)
      })
      entries = entries.filter((entry) => entry !== newest.entry)
    }
  }
  for (const entry of entries) await rm(join(parent, entry), { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
}
