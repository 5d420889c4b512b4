/**
 * A CSV parsed as its text arrives in pieces, by papaparse's own streaming (the one it runs for a
 * Node stream, fed here by hand and synchronously): each record is handed on as soon as it is whole,
 * with the line it starts on, and nothing of the file is kept. A record split across two pieces (a
 * quoted field of several lines, a field cut in two, CRLF cut between CR and LF) is joined by
 * papaparse, which parses an unfinished record again with the next piece; so text is handed to it in
 * pieces of at least 1 M characters, and of at least the unfinished record's length, which keeps a
 * hostile record of hundreds of megabytes linear rather than quadratic. The first piece holds the
 * first 1 M characters, from which papaparse guesses the line ending as it does for a whole text.
 */
import Papa from 'papaparse';

const pieceChars = 1024 * 1024;

export interface CsvRecords {
  push(text: string): void;
  /** The characters handed to papaparse so far (the first time, at least 1 M of them or the whole text). */
  readonly handed: number;
  /** The length of the record papaparse holds unfinished, waiting for its end. */
  readonly unfinished: number;
  /** The text is all there: the last record is handed on. */
  end(): void;
  /** Nothing more of this file is wanted: later text is dropped unparsed. */
  stop(): void;
}

/** Blank lines are records of one empty cell; `line` counts the line breaks inside quoted fields too. */
export function csvRecords(onRecord: (cells: string[], line: number) => void): CsvRecords {
  const listeners = new Map<string, (text?: string) => void>();
  // The smallest Node-style readable stream papaparse accepts: it listens, and is told by hand.
  const source = {
    readable: true,
    read: () => null,
    pause: () => {},
    resume: () => {},
    on: (event: string, listener: (text?: string) => void) => listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
  };
  let line = 1;
  let handed = 0;
  let parsedTo = 0;
  let queue: string[] = [];
  let queued = 0;
  let stopped = false;
  let started = false;
  let failure: unknown = null;
  Papa.parse<string[]>(source as unknown as Papa.LocalFile, {
    delimiter: ',',
    skipEmptyLines: false,
    chunk: ({ data, meta }) => {
      parsedTo = meta.cursor;
      for (const cells of data) {
        if (stopped) return;
        onRecord(cells, line);
        line += 1;
        for (const cell of cells) for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) line += 1;
      }
    },
    error: (error) => (failure ??= error),
    complete: () => {},
  });
  const tell = (event: 'data' | 'end', text?: string) => {
    listeners.get(event)?.(text);
    if (failure) throw failure;
  };
  const hand = () => {
    const text = queue.join('');
    queue = [];
    queued = 0;
    handed += text.length;
    tell('data', text);
  };
  return {
    get handed() {
      return handed;
    },
    get unfinished() {
      return handed - parsedTo;
    },
    push(text) {
      if (stopped || !text) return;
      if (!started) text = text.replace(/^\uFEFF/, '');
      started = true;
      queue.push(text);
      queued += text.length;
      if (queued >= Math.max(pieceChars, handed - parsedTo)) hand();
    },
    end() {
      if (stopped) return;
      if (queued) hand();
      tell('end');
      stopped = true;
    },
    stop() {
      stopped = true;
      queue = [];
    },
  };
}
