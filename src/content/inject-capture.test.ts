import { describe, expect, it, vi } from 'vitest';

const executeScript = vi.fn(async (): Promise<Array<{ result: unknown }>> => [{ result: { kind: 'unsupported' } }]);
vi.mock('webextension-polyfill', () => ({ default: { scripting: { executeScript } } }));
vi.mock('./capture.ts?script&iife', () => ({ default: 'src/content/capture.js' }));

const { rootPath } = await import('./inject-capture.ts');
const { captureTab } = await import('./capture-tab.ts');

describe('injecting the capture script', () => {
  it('names the file from the extension root, which Firefox needs when the popup (src/popup/) injects it', async () => {
    expect(await captureTab(7)).toEqual({ kind: 'unsupported' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/src/content/capture.js'] });
  });

  it('refuses an answer that is not a capture outcome', async () => {
    executeScript.mockResolvedValueOnce([{ result: { kind: 'profile', name: 42 } }]);
    expect(await captureTab(7)).toMatchObject({ kind: 'error' });
  });

  it('explains a refused injection', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    expect(await captureTab(7)).toEqual({ kind: 'error', message: expect.stringContaining('Click the Confab icon') });
  });

  it('adds exactly one leading slash', () => {
    expect([rootPath('a/b.js'), rootPath('/a/b.js'), rootPath('//a/b.js')]).toEqual(['/a/b.js', '/a/b.js', '/a/b.js']);
  });
});
