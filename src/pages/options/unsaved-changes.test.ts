import { describe, expect, it } from 'vitest';
import { discardUnsaved, hasUnsaved, onLeaving, setUnsaved, warnBeforeLeaving } from './unsaved-changes.ts';

/** A stand-in window: only the events the warning listens to. */
function leave(target: EventTarget): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  // Writable, as a browser's BeforeUnloadEvent's is.
  Object.defineProperty(event, 'returnValue', { writable: true, value: undefined });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving with unsaved changes', () => {
  it('asks only while some part of the page is unsaved', () => {
    const target = new EventTarget();
    const stop = warnBeforeLeaving(target as Window);
    expect(leave(target)).toBe(false);
    setUnsaved('about-you', true);
    setUnsaved('template-x', true);
    expect(leave(target)).toBe(true);
    setUnsaved('about-you', false);
    expect(hasUnsaved()).toBe(true);
    setUnsaved('template-x', false);
    expect(leave(target)).toBe(false);
    stop();
  });

  it('sends the saves still waiting for a pause first, and still asks while they are on their way', () => {
    const target = new EventTarget();
    const stop = warnBeforeLeaving(target as Window);
    const sent: string[] = [];
    setUnsaved('hints', true);
    const remove = onLeaving(() => sent.push('hints'));
    expect(leave(target)).toBe(true);
    expect(sent).toEqual(['hints']);
    target.dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual(['hints', 'hints']);
    remove();
    setUnsaved('hints', false);
    stop();
    expect(leave(target)).toBe(false);
  });

  it('after a restore or a deletion, discards what was typed: no question, nothing sent on top of the new data', () => {
    const target = new EventTarget();
    const stop = warnBeforeLeaving(target as Window);
    const sent: string[] = [];
    setUnsaved('about-you', true);
    onLeaving(() => sent.push('about-you'));
    discardUnsaved();
    expect(leave(target)).toBe(false);
    target.dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual([]);
    stop();
  });
});
