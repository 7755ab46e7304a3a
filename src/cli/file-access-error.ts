import { relative } from 'node:path'

/**
 * A file-system error that is the machine's doing, not policyc's: a folder the user may not read
 * or write, a read-only disk, a file where a folder is expected. Turned into one line naming the
 * path, what failed and how to fix it (exit 2) instead of "internal error … This is a bug"
 * (issue 20, finding 15). ENOENT stays an internal error: every path a user names is checked for
 * existence first, so a missing file at this point would be policyc's own mistake.
 */
export function fileAccessMessage(error: unknown, cwd = process.cwd()): string | undefined {
  const failure = error as NodeJS.ErrnoException | undefined
  const code = failure?.code
  if (typeof code !== 'string' || !(code in FIXES) || typeof failure?.path !== 'string') return undefined
  const action = ACTIONS[failure.syscall ?? ''] ?? 'use'
  const shown = relative(cwd, failure.path) || '.'
  const path = shown.startsWith('..') ? failure.path : shown
  const fix = FIXES[code]!
  return `cannot ${action} ${path}: ${fix.reason} (${code}); ${fix.how}`
}

/** What the failing system call was doing, in words. */
const ACTIONS: Record<string, string> = {
  scandir: 'read',
  opendir: 'read',
  open: 'open',
  read: 'read',
  stat: 'read',
  lstat: 'read',
  readlink: 'read',
  realpath: 'read',
  access: 'read',
  mkdir: 'create the folder',
  rename: 'rename',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
  link: 'link',
  symlink: 'link',
  copyfile: 'copy',
  write: 'write',
  chmod: 'change',
  utime: 'change',
}

const FIXES: Record<string, { reason: string; how: string }> = {
  EACCES: { reason: 'permission denied', how: 'give your user access to it (read for sources, write for the output folder and its parent), or use another path' },
  EPERM: { reason: 'operation not permitted', how: 'give your user access to it, or use another path' },
  EROFS: { reason: 'the file system is read-only', how: 'choose a path on a writable disk (--out for the site)' },
  ENOTDIR: { reason: 'a part of this path is a file, not a folder', how: 'move that file away or use another path' },
  EEXIST: { reason: 'a file is in the way where a folder is needed', how: 'move that file away or use another path' },
  EISDIR: { reason: 'a folder is where a file is expected', how: 'move that folder away or use another path' },
  ELOOP: { reason: 'too many symbolic links', how: 'replace the looping link with the folder it should name' },
  ENAMETOOLONG: { reason: 'the path is too long', how: 'use a shorter path' },
}
