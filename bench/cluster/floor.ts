// The quality CI holds clusterArticles to on the real-news set: written by `run.ts --record`.
import { readFileSync, writeFileSync } from 'node:fs'
import type { ClusterScore } from './score'

export interface Floor {
  bcubedF1: number
  pairwisePrecision: number
}

const FLOOR_PATH = new URL('./floor.json', import.meta.url)

export function readFloor(): Floor {
  return JSON.parse(readFileSync(FLOOR_PATH, 'utf8')) as Floor
}

/** Rounded down to three decimals, as score.mjs prints them. */
export function writeFloor(score: ClusterScore): void {
  const down = (x: number) => Math.floor(x * 1000) / 1000
  const floor: Floor = {
    bcubedF1: down(score.bcubed.f1),
    pairwisePrecision: down(score.pairwise.precision),
  }
  writeFileSync(FLOOR_PATH, `${JSON.stringify(floor, null, 2)}\n`)
}
