/**
 * A timestamptz column as ISO 8601 text in UTC with microseconds: the exact stored value, so a cursor
 * built from it compares equal to the row it came from (a JS Date would drop the microseconds).
 */
export function isoOf(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
}

/** A LIKE pattern matching `text` anywhere, with its own `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Ids are uuids; anything else cannot name a row, so lookups skip the database. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}
