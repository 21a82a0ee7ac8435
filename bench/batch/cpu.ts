// CPU time of processes, from /proc (Linux): where a run's time went, per process.
import { readdirSync, readFileSync } from 'node:fs'

/** Clock ticks per second of /proc's times (`getconf CLK_TCK`; 100 on Linux). */
const TICKS = 100

function fieldsOf(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name, in parentheses, may hold spaces: fields count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  } catch {
    return undefined
  }
}

/** Seconds of CPU the process has used (user and system, all its threads); 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  const fields = fieldsOf(pid)
  if (fields === undefined) return 0
  // utime and stime: fields 14 and 15 of the line, 12 and 13 after the name.
  return (Number(fields[11]) + Number(fields[12])) / TICKS
}

/**
 * Seconds of CPU of the PostgreSQL server listening on `port`: the postmaster, its children now
 * alive, and those that ended (their time is added to the postmaster's `cutime`/`cstime`).
 */
export function serverCpuSeconds(port: number): number {
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)
  const postmaster = pids.find((pid) => {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      return args[0]?.endsWith('/postgres') === true && args.includes(String(port))
    } catch {
      return false
    }
  })
  if (postmaster === undefined) throw new Error(`no PostgreSQL server on port ${port}`)
  const own = fieldsOf(postmaster)!
  const ended = (Number(own[13]) + Number(own[14])) / TICKS
  const children = pids.filter((pid) => fieldsOf(pid)?.[1] === String(postmaster))
  return cpuSeconds(postmaster) + ended + children.reduce((sum, pid) => sum + cpuSeconds(pid), 0)
}
