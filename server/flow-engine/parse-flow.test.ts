import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FlowLoadError } from './flow-errors.js';
import { loadFlows } from './load-flows.js';
import { parseFlow } from './parse-flow.js';

const flow = (nodes: Record<string, unknown>, start = 'hi') => ({ id: 'tiny', version: 1, start, nodes });
const hi = { kind: 'say', text: 'flows:t.hi', next: 'bye' };
const bye = { kind: 'end' };

const problemsOf = (raw: unknown): string[] => {
  try {
    parseFlow(raw, 'flows/tiny.json');
  } catch (error) {
    if (error instanceof FlowLoadError) return error.problems;
    throw error;
  }
  return [];
};

describe('parseFlow', () => {
  it('accepts a valid flow', () => {
    expect(parseFlow(flow({ hi, bye }), 'tiny').nodes['hi']).toEqual(hi);
  });

  it('names the path of each schema problem', () => {
    expect(problemsOf(flow({ hi: { ...hi, text: 'Hello there' }, bye }))[0]).toMatch(/^nodes\.hi\.text: must be an i18next key/);
    expect(problemsOf(flow({ hi: { ...hi, nxt: 'bye' }, bye }))[0]).toMatch(/^nodes\.hi: .*nxt/);
    expect(problemsOf(flow({ hi: { kind: 'shout', text: 'flows:t.hi' }, bye }))[0]).toMatch(/^nodes\.hi\.kind: /);
    const options = [
      { value: 'a', label: 'flows:t.a' },
      { value: 'a', label: 'flows:t.b' },
    ];
    const clash = { kind: 'choice', prompt: 'flows:t.p', saveAs: 'x', next: 'bye', options };
    expect(problemsOf(flow({ hi: clash, bye }))).toEqual(['nodes.hi.options: option values must be unique']);
  });

  it('refuses links to nodes that do not exist', () => {
    expect(problemsOf(flow({ hi: { ...hi, next: 'by' }, bye }, 'hello'))).toEqual([
      'start: no node called "hello"',
      'nodes.hi.next: no node called "by"',
    ]);
  });

  it('puts the file name in the error message', () => {
    expect(() => parseFlow(flow({ hi }), 'flows/tiny.json')).toThrow('flows/tiny.json: nodes.hi.next: no node called "bye"');
  });
});

describe('loadFlows', () => {
  const dirs: string[] = [];
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'flows-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('loads every JSON file by flow id', () => {
    const flows = loadFlows(dirWith({ 'tiny.json': JSON.stringify(flow({ hi, bye })), 'notes.txt': 'ignored' }));
    expect([...flows.keys()]).toEqual(['tiny']);
  });

  it('requires the file to be named after the flow', () => {
    const dir = dirWith({ 'other.json': JSON.stringify(flow({ hi, bye })) });
    expect(() => loadFlows(dir)).toThrow(/other\.json: id: "tiny" must match the file name/);
  });

  it('reports broken JSON with the file name', () => {
    expect(() => loadFlows(dirWith({ 'tiny.json': '{ "id": ' }))).toThrow(/tiny\.json: not valid JSON/);
  });
});
