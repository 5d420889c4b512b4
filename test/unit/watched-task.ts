/** A Task for tests: it records every report, and cancels as soon as a report matches `cancelWhen`. */
import { Cancelled, type Progress, type Task } from '../../src/core/progress/progress.ts';

export function watchedTask(cancelWhen: (progress: Progress) => boolean = () => false) {
  const reports: Progress[] = [];
  let cancelled = false;
  let pauses = 0;
  const task: Task = {
    report: (progress) => {
      reports.push(progress);
      if (cancelWhen(progress)) cancelled = true;
    },
    pause: async () => {
      pauses += 1;
      task.check();
    },
    check: () => {
      if (cancelled && reports.at(-1)?.cancellable !== false) throw new Cancelled();
    },
  };
  /** "checking contacts 1000/4500": each report in short, to compare with what a page would show. */
  const seen = () => reports.map((p) => `${p.step} ${p.unit} ${p.done}/${p.total}${p.cancellable ? '' : ' (too late to cancel)'}`);
  return { task, reports, seen, pauses: () => pauses };
}
