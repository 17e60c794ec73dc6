/**
 * Converts what neo4j-driver returns into plain JSON-friendly values. This is the only place
 * that knows about Neo4j integers, temporals and graph types; above src/db/ everything is plain.
 */
import neo4j, { type Integer } from 'neo4j-driver';

/** Plain value of one record field: numbers, strings, booleans, null, arrays and objects. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

function integerToPlain(value: Integer): number | string {
  // Counts and ids fit in a double; a larger integer is returned as a string rather than rounded.
  return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
}

/** Recursively converts a driver value into a PlainValue. */
export function toPlain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint')
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (neo4j.isInt(value)) return integerToPlain(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    // ISO 8601 text: a DATE becomes "2011-07-05", which is what the GraphQL Date scalar carries.
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((segment) => toPlain(segment.relationship));
  if (neo4j.isPoint(value)) return { x: value.x, y: value.y, srid: integerToPlain(neo4j.int(value.srid)) };
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const plain: { [key: string]: PlainValue } = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) plain[key] = toPlain(inner);
    return plain;
  }
  // Functions and symbols never come back from the driver; keep the type total anyway.
  return typeof value === 'function' || typeof value === 'symbol' ? value.toString() : null;
}

/**
 * Prepares query parameters: JavaScript integers become Neo4j integers. The driver would send
 * every number as a float, which LIMIT, range() and integer properties reject or store wrongly.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, toNeo4jParams(inner)]),
    );
  }
  return value;
}
