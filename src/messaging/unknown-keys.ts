/**
 * Zod objects strip keys they do not know, so a payload with extra fields would parse and the message
 * would go through with the extras silently dropped. At the message boundary Confab refuses them
 * instead: a sender that adds fields is either out of date or not one of Confab's pages, and either
 * way it should hear so rather than half-succeed. Comparing what came in with what the schema gave
 * back finds every stripped key, at any depth, for every message, without a strict copy of each
 * schema (the core schemas stay as they are for the database and the capture).
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The path of the first key present in `input` but gone from `parsed` (dropped by the schema), or
 * null when none was. A key whose value is `undefined` counts as absent, as it does after the
 * browser serialises a message.
 */
export function strippedKey(input: unknown, parsed: unknown, path: readonly (string | number)[] = []): string | null {
  if (Array.isArray(input) && Array.isArray(parsed)) {
    for (let i = 0; i < Math.min(input.length, parsed.length); i++) {
      const found = strippedKey(input[i], parsed[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(input) || !isPlainObject(parsed)) return null;
  // Own keys only, and `__proto__` too: JSON.parse makes it an ordinary own key, which zod drops.
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key !== 'string') continue;
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!Object.hasOwn(parsed, key)) return [...path, key].join('.');
    const found = strippedKey(value, parsed[key], [...path, key]);
    if (found) return found;
  }
  return null;
}
