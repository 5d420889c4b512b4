import { describe, expect, it } from 'vitest';
import { watchedTask as watched } from '../../../test/unit/watched-task.ts';
import { Cancelled, eachRow, finishSteps, noTask, rowsPerStep, runSteps, type Steps } from './progress.ts';

const rows = Array.from({ length: 2_500 }, (_, i) => i);

describe('steps', () => {
  it('count every rowsPerStep rows and at the last one', () => {
    const seen: number[] = [];
    const counts = [...eachRow(rows, 'contacts', (row) => seen.push(row))];
    expect(counts).toEqual([
      { unit: 'contacts', done: rowsPerStep, total: 2_500 },
      { unit: 'contacts', done: 2 * rowsPerStep, total: 2_500 },
      { unit: 'contacts', done: 2_500, total: 2_500 },
    ]);
    expect(seen).toEqual(rows);
    expect([...eachRow([], 'contacts', () => undefined)]).toEqual([]);
  });

  it('run to the same result unwatched or watched, watched reporting each count as the step and pausing after it', async () => {
    function* sum(): Steps<number> {
      let total = 0;
      yield* eachRow(rows, 'contacts', (row) => (total += row));
      return total;
    }
    const { task, reports, pauses } = watched();
    expect(finishSteps(sum())).toBe(await runSteps(sum(), task, 'checking'));
    expect(reports.map((p) => `${p.step} ${p.done}/${p.total} ${p.cancellable}`)).toEqual([
      'checking 1000/2500 true',
      'checking 2000/2500 true',
      'checking 2500/2500 true',
    ]);
    expect(pauses()).toBe(3);
    expect(await runSteps(sum(), noTask, 'checking')).toBe(finishSteps(sum()));
  });

  it('stop at the first pause after a Cancel, going no further', async () => {
    let visited = 0;
    const { task } = watched((progress) => progress.done === rowsPerStep);
    await expect(
      runSteps(
        eachRow(rows, 'contacts', () => (visited += 1)),
        task,
        'checking',
      ),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(visited).toBe(rowsPerStep);
  });
});
