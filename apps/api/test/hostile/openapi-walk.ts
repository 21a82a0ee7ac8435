// Reads the API's own OpenAPI document and derives, from each request schema, the values a
// careless or hostile client would send: wrong types, missing and extra fields, values past
// their limits. The fuzz test needs no list of routes of its own, so a new route is fuzzed too.

export interface Schema {
  $ref?: string
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  anyOf?: Schema[]
  enum?: unknown[]
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
  minimum?: number
  maximum?: number
  format?: string
}

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema: Schema
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>
  components?: { schemas?: Record<string, Schema> }
}

interface OperationObject {
  parameters?: Parameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> }
}

export interface Operation {
  method: string
  path: string
  pathParams: Parameter[]
  queryParams: Parameter[]
  /** Request body schemas by media type. */
  bodies: Record<string, Schema>
}

export const operationKey = (op: { method: string; path: string }) =>
  `${op.method.toUpperCase()} ${op.path}`

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (op.parameters ?? []).filter((p) => p.in === 'path'),
      queryParams: (op.parameters ?? []).filter((p) => p.in === 'query'),
      bodies: Object.fromEntries(
        Object.entries(op.requestBody?.content ?? {}).map(([type, { schema }]) => [
          type,
          resolve(doc, schema),
        ]),
      ),
    })),
  )
}

/** The schema with every `$ref` replaced by what it points to. */
export function resolve(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '')
    const target = doc.components?.schemas?.[name]
    if (target === undefined) throw new Error(`The document has no schema ${schema.$ref}`)
    return resolve(doc, target)
  }
  return {
    ...schema,
    ...(schema.properties && {
      properties: Object.fromEntries(
        Object.entries(schema.properties).map(([key, value]) => [key, resolve(doc, value)]),
      ),
    }),
    ...(schema.items && { items: resolve(doc, schema.items) }),
    ...(schema.anyOf && { anyOf: schema.anyOf.map((branch) => resolve(doc, branch)) }),
  }
}

/** The smallest value the schema accepts (the first branch of an `anyOf`). */
export function validValue(schema: Schema): unknown {
  if (schema.anyOf?.[0]) return validValue(schema.anyOf[0])
  if (schema.enum?.length) return schema.enum[0]
  switch (schema.type) {
    case 'string':
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 1))
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return true
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}))
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, validValue(schema.properties?.[key] ?? {})]),
      )
    default:
      return 'x'
  }
}

export interface Mutation {
  name: string
  value: unknown
}

const deepArray = (depth: number): unknown => {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

/** Values of every JSON type but the schema's own, plus the shapes that trip parsers. */
function wrongTypes(schema: Schema): Mutation[] {
  const all: [string, string, unknown][] = [
    ['string', 'a string', 'not the right type'],
    ['integer', 'a number', 12345.678],
    ['boolean', 'a boolean', false],
    ['null', 'null', null],
    ['array', 'an array', ['x', 1, null]],
    ['object', 'an object', { nested: { deeper: true } }],
  ]
  const own = schema.type === 'number' ? 'integer' : schema.type
  return [
    ...all.filter(([type]) => type !== own).map(([, name, value]) => ({ name, value })),
    { name: 'an array nested 1,000 deep', value: deepArray(1_000) },
  ]
}

/**
 * Values the schema refuses, each a minimal change to a valid value so the refusal is about the
 * one thing changed. Every one must be answered 4xx.
 */
export function invalidValues(schema: Schema, path = '$'): Mutation[] {
  const at = (m: Mutation) => ({ name: `${path}: ${m.name}`, value: m.value })
  if (schema.anyOf) {
    // Fits no branch: every branch's required fields at once (the branches are strict objects)
    // or none of them.
    const merged = Object.assign({}, ...schema.anyOf.map((branch) => validValue(branch)))
    return [
      at({ name: 'no branch’s required field', value: {} }),
      at({ name: 'every branch’s fields at once', value: merged }),
      ...invalidValues(schema.anyOf[0]!, path).filter((m) => !m.name.includes('missing')),
    ]
  }
  const own = wrongTypes(schema).map(at)
  if (schema.enum) return [...own, at({ name: 'a value outside the enum', value: 'not-listed' })]
  switch (schema.type) {
    case 'string':
      return [
        ...own,
        ...((schema.minLength ?? 0) > 0 ? [at({ name: 'an empty string', value: '' })] : []),
        ...(schema.maxLength !== undefined
          ? [
              at({
                name: `${schema.maxLength + 1} characters`,
                value: 'y'.repeat(schema.maxLength + 1),
              }),
            ]
          : []),
      ]
    case 'integer':
      return [
        ...own,
        at({ name: 'a fraction', value: 1.5 }),
        ...(schema.minimum !== undefined
          ? [at({ name: 'below the minimum', value: schema.minimum - 1 })]
          : []),
        ...(schema.maximum !== undefined
          ? [at({ name: 'above the maximum', value: schema.maximum + 1 })]
          : []),
      ]
    case 'array': {
      const item = validValue(schema.items ?? {})
      return [
        ...own,
        ...(schema.minItems
          ? [at({ name: 'too few items', value: Array(schema.minItems - 1).fill(item) })]
          : []),
        ...(schema.maxItems !== undefined
          ? [at({ name: 'too many items', value: Array(schema.maxItems + 1).fill(item) })]
          : []),
        ...invalidValues(schema.items ?? {}, `${path}[0]`).map((m) => ({
          name: m.name,
          value: Array.from({ length: Math.max(schema.minItems ?? 1, 1) }, (_, i) =>
            i === 0 ? m.value : item,
          ),
        })),
      ]
    }
    case 'object': {
      const valid = validValue(schema) as Record<string, unknown>
      const properties = Object.entries(schema.properties ?? {})
      return [
        ...own,
        ...(schema.required ?? []).map((key) => {
          const { [key]: _missing, ...rest } = valid
          return at({ name: `missing ${key}`, value: rest })
        }),
        ...(schema.additionalProperties === false
          ? [
              at({ name: 'an unknown field', value: { ...valid, unexpected: 1 } }),
              at({
                name: 'a __proto__ field',
                value: JSON.parse(
                  `{"__proto__":{"polluted":1},${JSON.stringify(valid).slice(1)}`,
                ) as unknown,
              }),
            ]
          : []),
        ...properties.flatMap(([key, property]) =>
          invalidValues(property, `${path}.${key}`).map((m) => ({
            name: m.name,
            value: { ...valid, [key]: m.value },
          })),
        ),
      ]
    }
    default:
      return own
  }
}

/** Values a query string parameter must refuse (everything arrives as text). */
export function invalidQueryValues(schema: Schema): string[] {
  if (schema.enum) return ['not-listed', '', String(schema.enum[0]).toUpperCase() + 'x']
  switch (schema.type) {
    case 'integer':
      return [
        'abc',
        '1.5',
        '',
        ' ',
        '1e400',
        String((schema.minimum ?? 0) - 1),
        String((schema.maximum ?? 1e9) + 1),
      ]
    case 'string':
      return schema.maxLength !== undefined ? ['z'.repeat(schema.maxLength + 1)] : []
    default:
      return []
  }
}

/** The valid value with one string field at a time replaced by `text`. */
export function withEachString(schema: Schema, text: string, label: string): Mutation[] {
  const branches = schema.anyOf ?? [schema]
  return branches.flatMap((one): Mutation[] => {
    const valid = validValue(one)
    if (one.type === 'string') return [{ name: label, value: text }]
    if (one.type === 'array' && one.items) {
      return withEachString(one.items, text, label).map((m) => ({
        name: `[0]: ${m.name}`,
        value: [m.value, ...(valid as unknown[]).slice(1)],
      }))
    }
    if (one.type !== 'object') return []
    return Object.entries(one.properties ?? {}).flatMap(([key, property]) =>
      withEachString(property, text, label).map((m) => ({
        name: `.${key}: ${m.name}`,
        value: { ...(valid as Record<string, unknown>), [key]: m.value },
      })),
    )
  })
}
