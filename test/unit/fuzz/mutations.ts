/**
 * Ways a LinkedIn page can come out broken: on the HTML text (truncated, odd characters injected)
 * and on the parsed document (nodes dropped, class names stripped or shuffled, sections duplicated,
 * attributes removed, text replaced).
 */
import type { Random } from './random.ts';

const oddTexts = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200b\u200d\ufeff',
  '👩🏽‍💻',
  'e\u0301',
  '</script>',
  '<!--',
  '-->',
  ']]>',
  '&#0;&#xD800;&bogus;',
  '<',
  '"\'`',
  '__proto__',
  '{"$type":',
  'a'.repeat(30_000),
  ' \t\n\r ',
];

export type HtmlMutation = (html: string, random: Random) => string;
export type DomMutation = (doc: Document, random: Random) => void;

export const htmlMutations: Record<string, HtmlMutation> = {
  truncate: (html, random) => html.slice(0, random.int(html.length)),
  injectOddCharacters: (html, random) => {
    let out = html;
    for (let i = 0, n = 1 + random.int(20); i < n; i += 1) {
      const at = random.int(out.length);
      out = out.slice(0, at) + random.pick(oddTexts) + out.slice(at);
    }
    return out;
  },
};

function elements(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('body *'));
}

export const domMutations: Record<string, DomMutation> = {
  dropNodes: (doc, random) => {
    const all = elements(doc);
    for (let i = 0, n = 1 + random.int(40); i < n && all.length > 0; i += 1) all[random.int(all.length)]?.remove();
  },
  stripClassNames: (doc, random) => {
    const share = random.next();
    for (const el of elements(doc)) if (random.chance(share)) el.removeAttribute('class');
  },
  shuffleClassNames: (doc, random) => {
    const all = elements(doc).filter((el) => el.hasAttribute('class'));
    const classes = all.map((el) => el.getAttribute('class') ?? '');
    for (const el of all) el.setAttribute('class', classes[random.int(classes.length)] ?? '');
  },
  duplicateSections: (doc, random) => {
    const sections = Array.from(doc.querySelectorAll('section, li, code, [componentkey], script[type="application/ld+json"]'));
    for (let i = 0, n = 1 + random.int(5); i < n && sections.length > 0; i += 1) {
      const section = random.pick(sections);
      section.after(section.cloneNode(true));
    }
  },
  removeAttributes: (doc, random) => {
    const names = ['id', 'href', 'componentkey', 'aria-hidden', 'data-section', 'rel', 'content', 'type'];
    for (const el of elements(doc)) if (random.chance(0.3)) el.removeAttribute(random.pick(names));
  },
  /**
   * The relationship's raw material, broken: badges and mutual-connection links with absurd numbers,
   * dozens of names, odd text; pending buttons and their icons anywhere.
   */
  breakRelationship: (doc, random) => {
    const all = elements(doc);
    const absurd = ['99999999999999999999', '1st2nd3rd', '0', '-4', '1.2.3,4 5', '·', '3rd+ +', random.pick(oddTexts)];
    for (let i = 0, n = 1 + random.int(6); i < n && all.length > 0; i += 1) {
      const el = random.pick(all);
      const names = Array.from({ length: random.int(40) }, () => `<strong>${random.pick(oddTexts)}</strong>`).join(', ');
      const pieces = [
        `<span class="dist-value">${random.pick(absurd)}</span>`,
        `<p>· ${1 + random.int(3)}${random.pick(['st', 'º', '.', 'e', ''])}</p>`,
        `<a href="/search/results/people/?facetNetwork=%22F%22&amp;facetConnectionOf=%22x%22">${names} and ${random.pick(absurd)} other</a>`,
        `<a href="/search/?connectionOf=%E0%A4%A&network=F">${random.pick(absurd)}</a>`,
        `<button><svg id="clock-small"></svg>${random.pick(['Pending', 'Pendente', random.pick(oddTexts)])}</button>`,
      ];
      el.insertAdjacentHTML(random.pick(['beforeend', 'afterend', 'afterbegin'] as const), random.pick(pieces));
    }
  },
  replaceText: (doc, random) => {
    const all = elements(doc);
    for (let i = 0, n = 1 + random.int(30); i < n && all.length > 0; i += 1) {
      const el = all[random.int(all.length)];
      if (el && el.childElementCount === 0) el.textContent = random.pick(oddTexts);
    }
  },
};
