/**
 * What the lazy analysis properties (`lazy-ddl.ts`, `lazy-fingerprint.ts`) share: each keeps
 * its pending state in a WeakMap outside the objects and, once computed or assigned, turns
 * the accessor into a plain data property, so the objects end as an eager analysis built them.
 */

/** The object whose pending state a read on `receiver` means: itself, or one it inherits from. */
export function pendingOwner(pending: WeakMap<object, unknown>, receiver: object): object | undefined {
  for (let o: object | null = receiver; o !== null; o = Reflect.getPrototypeOf(o))
    if (pending.has(o)) return o;
  return undefined;
}

/** Makes `key` a plain data property of `o`; false when `o` cannot take it (frozen). */
export function settle(o: object, key: string, value: unknown): boolean {
  return Reflect.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

/** An assignment to a lazy property: it becomes a data property, as on a plain object. */
export function assign(pending: WeakMap<object, unknown>, o: object, key: string, value: unknown): void {
  if (!settle(o, key, value)) throw new TypeError(`Cannot assign to read only property '${key}' of object`);
  pending.delete(o);
}
