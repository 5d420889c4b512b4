/**
 * The page's side of the reading worker: one worker per reading, its progress passed on, ended (and
 * its memory given back) as soon as it answers or the person chooses other files.
 */
import type { ImportReading } from '../../core/import/import-reading.ts';

export interface ReadProgress {
  /** What is being done, with its counts ("Reading messages.csv: 12,000 rows, 18 of 50 MB (3 of 5 files)"). */
  label: string;
  /** The bytes of CSV read so far, of all there are: a bar weighted by size, on which a 50 MB file is most of the way. */
  done: number;
  total: number;
}

export type WorkerAnswer =
  ({ kind: 'progress' } & ReadProgress) | { kind: 'done'; reading: ImportReading } | { kind: 'refused'; message: string };

/** `cancelled`: the person chose other files or stopped the reading; there is nothing to say. */
type ReadOutcome = { ok: true; reading: ImportReading } | { ok: false; message: string } | { ok: false; cancelled: true };

export interface Reading {
  result: Promise<ReadOutcome>;
  cancel: () => void;
}

export function readFiles(files: readonly File[], onProgress: (progress: ReadProgress) => void): Reading {
  const worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ReadOutcome) => void = () => {};
  const result = new Promise<ReadOutcome>((resolve) => (settle = resolve));
  const end = (outcome: ReadOutcome) => {
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = ({ data }: MessageEvent<WorkerAnswer>) => {
    if (data.kind === 'progress') onProgress(data);
    else end(data.kind === 'done' ? { ok: true, reading: data.reading } : { ok: false, message: data.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    console.warn('Confab: the reading worker failed', event.message);
    end({ ok: false, message: 'Confab could not read these files. Close this page, open it again and choose them once more.' });
  };
  worker.postMessage({ files: [...files] });
  return { result, cancel: () => end({ ok: false, cancelled: true }) };
}
