import { SectionCard } from './section-card.tsx';

export function ShortcutsSection() {
  return (
    <SectionCard id="shortcuts">
      <p>
        <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> opens Confab; <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> saves the open profile
        straight away. Change them at <code>chrome://extensions/shortcuts</code>.
      </p>
    </SectionCard>
  );
}

export function DataSection() {
  return (
    <SectionCard id="data">
      <p>
        Everything Confab keeps stays in this browser profile. It has no account, no server and makes no network requests. It reads a
        LinkedIn page only when you click its icon or press the shortcut, and never changes the page or sends anything.
      </p>
    </SectionCard>
  );
}
