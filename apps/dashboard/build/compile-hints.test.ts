import { describe, expect, it } from 'vitest';
import { compileHints } from './compile-hints.ts';

// The hint only works as a file's very first line, and a source map off by one line would point
// every production stack trace at the wrong line.

function run(bundle: Record<string, unknown>) {
  const hook = compileHints().generateBundle as unknown as {
    handler: (this: unknown, options: unknown, bundle: Record<string, unknown>, isWrite: boolean) => void;
  };
  hook.handler.call({}, {}, bundle, true);
}

describe('V8 compile hints on every chunk (build/compile-hints.ts)', () => {
  it('starts each chunk with the hint once, shifts its source map by one line, and leaves other files alone', () => {
    const bundle = {
      'assets/index-abc.js': { type: 'chunk', fileName: 'assets/index-abc.js', code: 'import"./a.js";' },
      'assets/index-abc.js.map': {
        type: 'asset',
        fileName: 'assets/index-abc.js.map',
        source: JSON.stringify({ version: 3, mappings: 'AAAA', sources: ['main.tsx'] }),
      },
      'assets/style.css': { type: 'asset', fileName: 'assets/style.css', source: 'a{}' },
    };
    run(bundle);
    run(bundle);
    expect(bundle['assets/index-abc.js'].code).toBe('//# allFunctionsCalledOnLoad\nimport"./a.js";');
    expect(JSON.parse(bundle['assets/index-abc.js.map'].source)).toEqual({
      version: 3,
      mappings: ';AAAA',
      sources: ['main.tsx'],
    });
    expect(bundle['assets/style.css'].source).toBe('a{}');
  });
});
