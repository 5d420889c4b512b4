/**
 * Many rows read or written a step at a time, so that long work can say how far it got and be
 * cancelled. Inside a write transaction a Cancel throws between two steps, which aborts the whole
 * transaction: IndexedDB then rolls back every step written before it, so a cancelled restore or
 * import writes nothing at all. A transaction may wait on nothing but its own requests, so there
 * `task.check()` is synchronous; outside one, `task.pause()` lets the Cancel arrive.
 *
 * The steps are chained as Dexie's own promises, not in an async function: awaited inside a
 * transaction, the plain promise such a function returns can lose the transaction's zone, and the
 * next query then runs outside it (Dexie reports the transaction committed too early).
 */
import { Dexie, type IndexableType } from 'dexie';
import type { ProgressStep, ProgressUnit, Task } from '../core/progress/progress.ts';

const rowsPerWrite = 2_000;

/** What of a Dexie table the steps use (any table, whatever its key). */
interface Rows<Row, Key> {
  bulkPut(items: readonly Row[], options?: { allKeys: boolean }): PromiseLike<unknown>;
  bulkAdd(items: readonly Row[], options: { allKeys: true }): PromiseLike<unknown>;
  bulkGet(keys: Key[]): PromiseLike<(Row | undefined)[]>;
}

/** `each` on every step of `items`, one after the other, each result added to the answer, each step reported. */
function inSteps<Item, Out>(
  items: readonly Item[],
  step: ProgressStep,
  unit: ProgressUnit,
  task: Task,
  before: () => unknown,
  each: (items: Item[]) => PromiseLike<unknown>,
): Promise<Out[]> {
  const out: Out[] = [];
  let chain: Promise<unknown> = Dexie.Promise.resolve();
  for (let at = 0; at < items.length; at += rowsPerWrite) {
    chain = chain
      .then(before)
      .then(() => each(items.slice(at, at + rowsPerWrite)))
      .then((result) => {
        if (Array.isArray(result)) out.push(...(result as Out[]));
        task.report({ step, unit, done: Math.min(at + rowsPerWrite, items.length), total: items.length, cancellable: true });
      });
  }
  return chain.then(() => out);
}

/** bulkPut in steps, inside the caller's transaction; the keys written when `allKeys`, in the order of `rows`. */
export function putInSteps<Row, Key>(
  table: Rows<Row, Key>,
  rows: readonly Row[],
  unit: ProgressUnit,
  task: Task,
  allKeys = false,
): Promise<IndexableType[]> {
  return inSteps(rows, 'writing', unit, task, task.check, (step) =>
    table.bulkPut(step, { allKeys }).then((keys) => (allKeys ? keys : null)),
  );
}

/** bulkAdd in steps, inside the caller's transaction, answering every key added. */
export function addInSteps<Row, Key>(
  table: Rows<Row, Key>,
  rows: readonly Row[],
  unit: ProgressUnit,
  task: Task,
): Promise<IndexableType[]> {
  return inSteps(rows, 'writing', unit, task, task.check, (step) => table.bulkAdd(step, { allKeys: true }));
}

/**
 * bulkGet in steps, counted as compared. Outside a transaction (`inTransaction` false) it pauses
 * between steps, so a Cancel lands at once; inside one it only checks.
 */
export function getInSteps<Row, Key>(
  table: Rows<Row, Key>,
  keys: readonly Key[],
  unit: ProgressUnit,
  task: Task,
  inTransaction: boolean,
): Promise<(Row | undefined)[]> {
  return inSteps(keys, 'comparing', unit, task, inTransaction ? task.check : task.pause, (step) => table.bulkGet(step));
}
