import { describe, expect, it, vi } from 'vitest';

const executeScript = vi.fn(async () => [{ result: { kind: 'unsupported' } }]);
vi.mock('webextension-polyfill', () => ({ default: { scripting: { executeScript } } }));
vi.mock('./capture.ts?script&iife', () => ({ default: 'src/content/capture.js' }));

const { captureTab, rootPath } = await import('./inject-capture.ts');

describe('injecting the capture script', () => {
  it('names the file from the extension root, which Firefox needs when the popup (src/popup/) injects it', async () => {
    expect(await captureTab(7)).toEqual({ kind: 'unsupported' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/src/content/capture.js'] });
  });

  it('adds exactly one leading slash', () => {
    expect([rootPath('a/b.js'), rootPath('/a/b.js'), rootPath('//a/b.js')]).toEqual(['/a/b.js', '/a/b.js', '/a/b.js']);
  });
});
