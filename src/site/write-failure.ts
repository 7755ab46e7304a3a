/**
 * The output could not be written: the disk is full, too many files are open, the folder became
 * read-only. An environment problem, not a bug and not a policy problem, so the CLI prints this
 * one line and exits 2 instead of calling it an internal error. It is only ever raised before
 * the swap, so the previous output is, by construction, unchanged.
 */
export class OutputWriteFailed extends Error {
  override name = 'OutputWriteFailed'
  constructor(
    readonly code: string,
    readonly file: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot write the site: ${REASONS[code] ?? code} (${code}) while writing ${file}; the previous output is unchanged${HOW[code] ? `; ${HOW[code]}` : ''}`, options)
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EFBIG: 'a file is larger than the system allows',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files on the system',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  ENAMETOOLONG: 'a file name is too long',
}

/** How to fix the problems a user can fix (issue 20, finding 15). */
const HOW: Record<string, string> = {
  EROFS: 'choose an --out on a writable disk',
  EACCES: 'make the output folder and its parent writable for your user, or choose another --out',
  EPERM: 'make the output folder and its parent writable for your user, or choose another --out',
}

/** Turns a Node file-system error into OutputWriteFailed; anything else (a bug) passes unchanged. */
export function asWriteFailure(error: unknown, file: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return typeof code === 'string' && code in REASONS ? new OutputWriteFailed(code, file, { cause: error }) : error
}
