import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STYLESHEETS = ['console/console.css', 'widget/styles.css', 'widget/launcher.css', 'client-core/script-fonts.css'];

/**
 * Where each block closes, outside comments and strings. A browser recovers from a stray or
 * missing brace by dropping rules silently (a merge once left the scorecard's whole stylesheet
 * inside one unclosed rule), so the shipped files are checked here.
 */
function braceProblems(css: string): string[] {
  const problems: string[] = [];
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/(["'])(?:\\.|(?!\1)[^\\\n])*\1/g, (s) => s.replace(/[{}]/g, ' '));
  let depth = 0;
  text.split('\n').forEach((line, i) => {
    for (const ch of line) {
      if (ch === '{') depth++;
      if (ch === '}' && --depth < 0) {
        problems.push(`line ${i + 1}: a } closes nothing`);
        depth = 0;
      }
    }
  });
  if (depth > 0) problems.push(`${depth} block(s) never closed`);
  return problems;
}

describe('the shipped stylesheets', () => {
  it.each(STYLESHEETS)('%s opens and closes every block', (file) => {
    expect(braceProblems(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('finds a stray and a missing brace', () => {
    expect(braceProblems('a { color: red; }\n}\n')).toEqual(['line 2: a } closes nothing']);
    expect(braceProblems('a { color: red;\n/* } */ b { x: "}" }\n')).toEqual(['1 block(s) never closed']);
  });
});
