import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mantineComponentModule, mantineGlobalSheets, mantineSheet } from './mantine-css.ts';

// The build imports a component's sheet from the module holding its class names; a Mantine
// release that renamed either side would leave a component unstyled, so every one is checked here
// (the build also stops on a missing sheet, but only for the components it meets).

/** The @mantine/core package the build resolves. */
const core = dirname(dirname(mantineSheet('baseline')));
const classNameModules = (readdirSync(join(core, 'esm'), { recursive: true }) as string[])
  .filter((file) => file.endsWith('.module.mjs'))
  .map((file) => join(core, 'esm', file));

describe('Mantine sheets per component (build/mantine-css.ts)', () => {
  it('finds the class-name module of every @mantine/core component, Button and its Loader among them', () => {
    const names = classNameModules.map((file) => file.match(mantineComponentModule)?.[1]);
    expect(names).not.toContain(undefined);
    expect(names).toEqual(
      expect.arrayContaining(['Button', 'Loader', 'UnstyledButton', 'Combobox', 'ModalBase']),
    );
  });

  it('has a sheet for each of them, and the three global sheets', () => {
    const missing = classNameModules
      .map((file) => file.match(mantineComponentModule)?.[1] ?? file)
      .filter((name) => !existsSync(mantineSheet(name)));
    expect(missing).toEqual([]);
    for (const name of mantineGlobalSheets) expect(existsSync(mantineSheet(name))).toBe(true);
  });
});
