import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../test/unit/linkedin-test-document.ts';
import { clean, firstTextOf, inJunk, ownTextOf, textOf } from './text.ts';

const body = (html: string) => parseDocument(`<!DOCTYPE html><html><body>${html}</body></html>`);

describe('clean', () => {
  it('collapses whitespace, trims, and turns empty into null', () => {
    expect(clean('  a \n\t b\u200b ')).toBe('a b');
    expect(clean('   ')).toBeNull();
    expect(clean(42)).toBeNull();
    expect(clean(undefined)).toBeNull();
  });

  it('caps text at the schema limit', () => {
    expect(clean('x'.repeat(30_000))).toHaveLength(20_000);
  });
});

describe('textOf', () => {
  it('leaves out modals, dialogs, forms, buttons and screen-reader duplicates', () => {
    const doc = body(`<div id="card">
      <h1>Avery <b>Quinlan</b></h1>
      <div class="contextual-sign-in-modal"><h2>Sign in to view Avery’s full profile</h2></div>
      <div role="dialog">Welcome back</div>
      <form><label>Email</label></form>
      <button>Contact Info</button>
      <span aria-hidden="true">Designer</span><span class="visually-hidden">Designer</span>
      <script>var x = 1;</script>
    </div>`);
    expect(textOf(doc.querySelector('#card'))).toBe('Avery Quinlan Designer');
  });

  it('separates block elements and line breaks with a space', () => {
    const doc = body('<p id="p">one<br>two<br><br>three</p><div id="d"><p>a</p><p>b</p></div>');
    expect(textOf(doc.querySelector('#p'))).toBe('one two three');
    expect(textOf(doc.querySelector('#d'))).toBe('a b');
  });

  it('reads markup-looking text as text', () => {
    const doc = body('<p id="p">&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(textOf(doc.querySelector('#p'))).toBe('<img src=x onerror=alert(1)>');
  });

  it('gives null for a missing element', () => expect(textOf(null)).toBeNull());
});

describe('firstTextOf and ownTextOf', () => {
  it('reads the first text in document order, skipping buttons', () => {
    const doc = body('<h3 id="h"><div><span></span><button>Contact Info</button><span>Chicago</span><span>300 followers</span></div></h3>');
    expect(firstTextOf(doc.querySelector('#h'))).toBe('Chicago');
  });

  it('reads only the element’s own text nodes', () => {
    const doc = body('<span id="s"><time>2020</time> - Present <span>2 years</span></span>');
    expect(ownTextOf(doc.querySelector('#s')!)).toBe('- Present');
  });
});

describe('inJunk', () => {
  it('tells elements inside modals from the rest', () => {
    const doc = body('<div class="modal"><h2 id="in">x</h2></div><h2 id="out">y</h2>');
    expect(inJunk(doc.querySelector('#in')!)).toBe(true);
    expect(inJunk(doc.querySelector('#out')!)).toBe(false);
  });
});
