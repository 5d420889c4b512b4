/**
 * Long work (a restore, an import, an export of 30,000 contacts) says how far along it is in counts
 * and can be stopped between two of its steps, before anything is written. Pure work is written as a
 * generator of `Steps` that yields its count every so many rows; work on the database calls the
 * `Task` itself. Whoever runs it decides what a pause is: the background yields to its event loop so
 * that a Cancel can arrive; a test or a one-shot message does not pause at all (`noTask`).
 */

/** What the work is doing; the page words it ("12,000 of 30,000 contacts checked"). */
export type ProgressStep = 'reading' | 'checking' | 'comparing' | 'writing' | 'building' | 'finishing';
/** What is counted. */
export type ProgressUnit = 'contacts' | 'conversations' | 'timeline events' | 'drafts' | 'settings' | 'employers' | 'people' | 'reminders';

export interface Progress {
  step: ProgressStep;
  unit: ProgressUnit;
  done: number;
  /** 0 while the total is not known yet (the bar then shows that it is busy, without a value). */
  total: number;
  /** Whether Cancel still leaves everything as it was. */
  cancellable: boolean;
}

/** How far a generator of steps got. */
type Count = Pick<Progress, 'unit' | 'done' | 'total'>;
export type Steps<T> = Generator<Count, T, void>;

/** The work was cancelled before it wrote anything (or inside its transaction, which was then rolled back). */
export class Cancelled extends Error {
  override name = 'Cancelled';
  constructor() {
    super('Cancelled: nothing was changed.');
  }
}

export interface Task {
  report(progress: Progress): void;
  /** Between two steps, outside a transaction: lets a Cancel arrive, then throws Cancelled if one did. */
  pause(): Promise<void>;
  /** Inside a write transaction, which must wait on nothing but the database: throws Cancelled if asked. */
  check(): void;
}

/** For work nobody watches: no reports, no pauses, never cancelled. */
export const noTask: Task = { report: () => undefined, pause: async () => undefined, check: () => undefined };

/** How many rows a step handles between two reports: small enough for a Cancel to land within a fraction of a second. */
export const rowsPerStep = 1_000;

/** Runs steps to the end without pausing, for callers that want the result at once. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Runs steps under a task: each count is reported as `step`, then the task pauses (and may cancel). */
export async function runSteps<T>(steps: Steps<T>, task: Task, step: ProgressStep): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    task.report({ step, ...next.value, cancellable: true });
    await task.pause();
  }
}

/** Yields a count every `rowsPerStep` rows of `rows`, calling `each` on every row: the common loop of pure steps. */
export function* eachRow<Row>(rows: readonly Row[], unit: ProgressUnit, each: (row: Row, index: number) => void): Steps<void> {
  for (let i = 0; i < rows.length; i++) {
    each(rows[i]!, i);
    if ((i + 1) % rowsPerStep === 0 || i + 1 === rows.length) yield { unit, done: i + 1, total: rows.length };
  }
}
