/**
 * One employer is written many ways: "Acme, Inc.", "ACME Inc", "Acme" on LinkedIn, "Siemens AG" and
 * "Siemens", "J.P. Morgan" and "JPMorgan". The key below is the same for all the ways of one name, so
 * a captured company finds the employer already on the list.
 */
import { companyName } from '../contacts/company-name.ts';

/** Legal forms, as words once punctuation is gone ("s.a." is "s a"), longest first. */
const legalForms = [
  'gmbh and co kg',
  'incorporated',
  'corporation',
  'limited',
  'company',
  'l l c',
  'l l p',
  's a r l',
  's p a',
  's r l',
  's a s',
  'gmbh',
  'sarl',
  'corp',
  'inc',
  'llc',
  'llp',
  'ltd',
  'plc',
  'pty',
  'pvt',
  's a',
  'b v',
  'n v',
  'ag',
  'bv',
  'nv',
  'co',
  'kg',
  'lp',
  'sa',
  'se',
  'ab',
  'as',
  'oy',
];

const trailingForm = new RegExp(`\\s(?:${legalForms.join('|')})$`, 'u');

/** The name as words (LinkedIn's taglines dropped, company-name.ts): no accents, no punctuation, "&" as "and", lower case. */
function words(name: string): string {
  return companyName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The matching key of an employer name: legal forms at the end and a leading "the" dropped (never the
 * whole name: "AG" alone stays "ag"), then the spaces, so "J.P. Morgan" and "JPMorgan" meet. An empty
 * name has an empty key, which matches nothing.
 */
export function employerNameKey(name: string): string {
  let key = words(name).replace(/^the\s/u, '');
  for (;;) {
    const shorter = key.replace(trailingForm, '');
    if (shorter === key || shorter === '') break;
    key = shorter;
  }
  return key.replace(/\s/g, '');
}

export function sameEmployerName(a: string, b: string): boolean {
  const key = employerNameKey(a);
  return key !== '' && key === employerNameKey(b);
}
