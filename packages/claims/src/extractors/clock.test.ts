import { describe, expect, it } from 'vitest'
import { timeOfDay } from './clock'

describe('timeOfDay', () => {
  it('reads a clock time however it is written, after a qualifier too, and nothing else', () => {
    expect(['5 p.m.', '5 pm', '5:00 p.m.', '17:00'].map(timeOfDay)).toEqual(Array(4).fill('17:00'))
    expect(['12 a.m.', 'midnight', 'noon', '9.30 am'].map(timeOfDay)).toEqual([
      '00:00',
      '00:00',
      '12:00',
      '09:30',
    ])
    expect(['around 4:30 p.m.', 'at 5 pm', 'by midnight'].map(timeOfDay)).toEqual([
      '16:30',
      '17:00',
      '00:00',
    ])
    expect(['17 p.m.', '25:00', 'evening', '5', 'afternoon', 'Friday 5'].map(timeOfDay)).toEqual(
      Array(6).fill(undefined),
    )
  })
})
