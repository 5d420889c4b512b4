import { describe, expect, it } from 'vitest';
import { nameParts, type NameParts } from './export-vcard-name.ts';

const parts = (given: string, family: string, more: Partial<NameParts> = {}): NameParts => ({
  family,
  given,
  additional: [],
  prefixes: [],
  suffixes: [],
  nickname: null,
  ...more,
});

describe('the parts of a name', () => {
  it.each<[string, NameParts | null]>([
    ['Avery Quinlan', parts('Avery', 'Quinlan')],
    ['Mary Ann  Smith', parts('Mary', 'Smith', { additional: ['Ann'] })],
    ['José Añez-Ölund, PhD', parts('José', 'Añez-Ölund', { suffixes: ['PhD'] })],
    // Emoji and symbols are decoration.
    ['Ross Martin 🚀', parts('Ross', 'Martin')],
    ['🌍 Ana Lima ✨', parts('Ana', 'Lima')],
    ['Priya Shah 👩🏽‍💻', parts('Priya', 'Shah')],
    // Particles stay with the family name.
    ['Guido van Rossum', parts('Guido', 'van Rossum')],
    ['Maria de la Cruz', parts('Maria', 'de la Cruz')],
    ['Ludwig von der Heide', parts('Ludwig', 'von der Heide')],
    ['Mohammed bin Salman', parts('Mohammed', 'bin Salman')],
    ['Anna Maria di Stefano', parts('Anna', 'di Stefano', { additional: ['Maria'] })],
    // Honorifics go to the prefix, suffixes to the suffix.
    ['Dr. DS Chauhan', parts('DS', 'Chauhan', { prefixes: ['Dr.'] })],
    ['Prof Dr Anke Vogel', parts('Anke', 'Vogel', { prefixes: ['Prof', 'Dr'] })],
    ['Ms. Jane Doe', parts('Jane', 'Doe', { prefixes: ['Ms.'] })],
    ['Dr. Chauhan', parts('', 'Chauhan', { prefixes: ['Dr.'] })],
    ['John Smith Jr.', parts('John', 'Smith', { suffixes: ['Jr.'] })],
    ['Henry Ford III', parts('Henry', 'Ford', { suffixes: ['III'] })],
    ['Jane Doe, MBA', parts('Jane', 'Doe', { suffixes: ['MBA'] })],
    ['Jane Doe, MBA, PMP', parts('Jane', 'Doe', { suffixes: ['MBA', 'PMP'] })],
    ['Jiang Ma', parts('Jiang', 'Ma')],
    // Nicknames leave the name parts.
    ['Chen (Sarah) Song', parts('Chen', 'Song', { nickname: 'Sarah' })],
    ['Robert "Bob" Smith', parts('Robert', 'Smith', { nickname: 'Bob' })],
    ['Katherine ‘Kate’ O’Neil', parts('Katherine', 'O’Neil', { nickname: 'Kate' })],
    ['Sam Lee (she/her)', parts('Sam', 'Lee')],
    // LinkedIn decorations after a pipe or a dash.
    ['Jane Doe | Hiring', parts('Jane', 'Doe')],
    ['Jane Doe - Open to work', parts('Jane', 'Doe')],
    ['Jane Doe, Hiring Manager at Acme', parts('Jane', 'Doe')],
    // A single word gives no parts.
    ['李雷', null],
    ['Madonna', null],
    ['Madonna 🎤', null],
    ['', null],
  ])('%s', (name, expected) => {
    expect(nameParts(name)).toEqual(expected);
  });
});
