/**
 * Hostile variants of a message payload, each one thing wrong: wrong shapes for any message, and from
 * a valid sample every leaf made a huge string or a wrong type, and an extra key (an ordinary one and
 * `__proto__`) at every level. Huge strings are a marker here, so an end-to-end test can ship the
 * variant to the browser cheaply and blow the marker up to 10 MB there.
 */

export interface HostileVariant {
  /** What is wrong, e.g. `fields.name: huge string`. */
  label: string;
  payload: unknown;
}

export const hugeMarker = '\u0000confab-huge\u0000';
export const hugeLength = 10 * 1024 * 1024;

type Path = (string | number)[];

/** Payloads no message accepts, whatever its schema. (`{}` is missing: refreshBadge takes it.) */
export function wrongShapes(): HostileVariant[] {
  return [
    { label: 'null', payload: null },
    { label: 'a number', payload: 42 },
    { label: 'a string', payload: 'markThanked' },
    { label: 'a huge string', payload: hugeMarker },
    { label: 'an array', payload: [] },
    { label: 'true', payload: true },
    { label: 'an unknown key', payload: { evil: true } },
    { label: 'a __proto__ key', payload: JSON.parse('{"__proto__": {"polluted": true}}') as unknown },
  ];
}

function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [path];
}

function objects(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objects(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return [path, ...Object.entries(value).flatMap(([key, item]) => objects(item, [...path, key]))];
}

/** A deep copy with the value at `path` replaced by `change(old)`. */
function changed(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = changed(copy[head!], rest, change);
  return copy;
}

function wrongType(old: unknown): unknown {
  if (typeof old === 'string') return 42;
  if (typeof old === 'number') return 'forty-two';
  if (typeof old === 'boolean') return 'yes';
  return { not: 'null' };
}

const named = (path: Path) => (path.length ? path.join('.') : 'the payload');

export function variantsOf(sample: unknown): HostileVariant[] {
  const huge = leaves(sample)
    .filter((path) => path.length > 0)
    .map((path) => ({ label: `${named(path)}: huge string`, payload: changed(sample, path, () => hugeMarker) }));
  const mistyped = leaves(sample)
    .filter((path) => path.length > 0)
    .map((path) => ({ label: `${named(path)}: wrong type`, payload: changed(sample, path, wrongType) }));
  const extra = objects(sample).flatMap((path) => [
    { label: `${named(path)}: extra key`, payload: changed(sample, path, (old) => ({ ...(old as object), confabExtra: 'x' })) },
    {
      label: `${named(path)}: __proto__ key`,
      payload: changed(sample, path, (old) => Object.assign(JSON.parse('{"__proto__": {"polluted": true}}') as object, old)),
    },
  ]);
  return [...huge, ...mistyped, ...extra];
}

/** Replaces every huge marker by a string of `hugeLength` characters (run where the message is sent). */
export function inflate(value: unknown, huge: string): unknown {
  if (value === hugeMarker) return huge;
  if (Array.isArray(value)) return value.map((item) => inflate(item, huge));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inflate(item, huge)]));
}
