import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureRunner } from '../../vite.config.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (dir: string) => JSON.parse(readFileSync(resolve(root, dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const shipped = read('dist');
const e2e = read('dist-e2e');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built manifest (dist/manifest.json)', () => {
  it('asks for exactly activeTab, scripting, storage, alarms and notifications', () => {
    expect([...(shipped.permissions as string[])].sort()).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
  });

  it.each(['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable'])(
    'has no %s',
    (key) => {
      expect(shipped).not.toHaveProperty(key);
    },
  );

  it('mentions no <all_urls>, no tabs permission and no remote code', () => {
    const text = JSON.stringify(shipped);
    expect(text).not.toContain('<all_urls>');
    expect(shipped.permissions).not.toContain('tabs');
    expect(shipped.content_security_policy).toEqual({ extension_pages: "script-src 'self'; object-src 'self'" });
  });

  it('offers the toolbar shortcut and “Save this profile” (Alt+Shift+S)', () => {
    const commands = shipped.commands as Record<string, { description: string; suggested_key: { default: string } }>;
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'save-profile']);
    expect(commands['save-profile']).toEqual({ description: 'Save this profile', suggested_key: { default: 'Alt+Shift+S' } });
  });

  it('is an MV3 manifest whose files all exist', () => {
    expect(shipped.manifest_version).toBe(3);
    const background = shipped.background as { service_worker: string };
    const action = shipped.action as { default_popup: string };
    for (const file of [
      background.service_worker,
      action.default_popup,
      (shipped.options_ui as { page: string }).page,
      ...Object.values(shipped.icons as object),
    ]) {
      expect(statSync(resolve(root, 'dist', file as string)).isFile()).toBe(true);
    }
  });
});

describe('the built files', () => {
  const files = filesUnder(resolve(root, 'dist')).filter((f) => f.endsWith('.js') || f.endsWith('.html'));

  it('load nothing from the network', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(text, file).not.toMatch(/import\s*\(?\s*["']https?:/);
    }
  });

  it('include one self-contained capture script: no imports, no extension APIs', () => {
    // Found by what it defines, not by name: pages share chunks such as capture-changes-<hash>.js.
    const capture = files.filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('__confabCapture'));
    expect(capture).toHaveLength(1);
    const text = readFileSync(capture[0]!, 'utf8');
    expect(text).not.toMatch(/\bimport\b\s*[\s{*(]|\bexport\b\s/);
    expect(text).not.toMatch(/chrome\.|browser\./);
    // Its last line runs the capture once and removes it: the injection's result, nothing left behind.
    expect(text.trimEnd().split('\n').at(-1)).toBe(captureRunner);
  });
});

describe('the e2e build (dist-e2e/manifest.json)', () => {
  it('differs from the shipped one only by the linkedin.com host permission that stands in for activeTab', () => {
    const { host_permissions: hostPermissions, ...rest } = e2e;
    expect(hostPermissions).toEqual(['https://www.linkedin.com/*']);
    expect(rest).toEqual(shipped);
  });
});
