// What the machine's cores give two processes at this moment: the same CPU-bound loop run in one
// process, then in two at once. On two idle cores two processes finish in the time of one (2×);
// cores shared with other work give less, and no batch can beat that figure.
import { spawn } from 'node:child_process'

/** A loop of about a second of CPU, the same in every process. */
const LOOP =
  'let x = 0; for (let i = 0; i < 4e8; i++) x = (x * 31 + i) % 1000003; if (x < 0) console.log(x)'

function runLoop(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', LOOP], { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`loop exited ${code}`)),
    )
  })
}

async function seconds(processes: number): Promise<number> {
  const started = performance.now()
  await Promise.all(Array.from({ length: processes }, runLoop))
  return (performance.now() - started) / 1000
}

/** Throughput of two processes at once over one alone (2 on two free cores). */
export async function parallelCeiling(): Promise<number> {
  const one = await seconds(1)
  const two = await seconds(2)
  return (2 * one) / two
}
