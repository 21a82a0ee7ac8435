import type { TextBlock } from './blocks'
import { isBoilerplateLine } from './boilerplate'

/** Keeps the blocks that are prose: drops captions, labels, share and read-more lines. */
export function cleanBlocks(blocks: readonly TextBlock[]): string[] {
  return blocks.filter((block) => !isBoilerplateLine(block.text)).map((block) => block.text)
}
