/**
 * Whether a process runs. Temporary files and locks are named after the process that writes them,
 * so one whose process is gone belongs to no running build and can be removed. EPERM: the process
 * exists but belongs to another user, so it counts as running.
 */
export function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
