// Runs after `tsup`. Its declarations still say `BosProcedures = TRPCClient<AppRouter>`: tRPC's client
// type over the server's router, which needs the private `@bosonline/api`, and which inlined costs a
// consumer's compiler 10+ s on a short file with skipLibCheck off (bench/sdk-types.ts). This
// replaces it with the same types written out as plain TypeScript, proves the two equal procedure
// by procedure, and checks that the published declaration file compiles alone: no import, strict,
// skipLibCheck off.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { printClientType } from './print-client-type.mjs';

const sdk = fileURLToPath(new URL('../', import.meta.url));
const source = `${sdk}src/client-types.ts`;
const published = `${sdk}src/published-client.generated.ts`;
const check = `${sdk}src/published-client.check.ts`;
const outputs = [`${sdk}dist/index.d.ts`, `${sdk}dist/index.d.cts`];

const config = ts.getParsedCommandLineOfConfigFile(
  `${sdk}tsconfig.json`,
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => fail([d]),
  },
);
const options = { ...config.options, noEmit: true };

function fail(diagnostics, heading = 'emit-client-types') {
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => sdk, getNewLine: () => '\n' };
  throw new Error(`${heading}:\n${ts.formatDiagnostics(diagnostics.slice(0, 20), host)}`);
}

// 1. The live client type, written out.
const program = ts.createProgram([source], options);
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(source)));
const live = exported.find((symbol) => symbol.name === 'BosProcedures');
const { definitions, client, procedures } = printClientType(program, checker.getDeclaredTypeOfSymbol(live), {
  callOptions: 'BosCallOptions',
});

// 2. Equal to it: each procedure's input and output both ways assignable, in a program that has
// the written-out version as one more (virtual) file.
const access = ({ path, method }) => [...path, method].map((k) => `[${JSON.stringify(k)}]`).join('');
const virtual = new Map([
  [published, `import type { BosCallOptions } from './client-types.ts';\n${definitions}\nexport ${client}\n`],
  [
    check,
    [
      `import type { BosProcedures as Live } from './client-types.ts';`,
      `import type { BosProcedures as Published } from './published-client.generated.ts';`,
      'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
      'type Input<F> = F extends (input: infer I, ...rest: never[]) => unknown ? I : never;',
      'type Output<F> = F extends (...args: never[]) => PromiseLike<infer O> ? O : never;',
      'type Equal<F, G> = [Same<Input<F>, Input<G>>, Same<Output<F>, Output<G>>];',
      ...procedures.map(
        (procedure, i) =>
          `export const p${i}: Equal<Live${access(procedure)}, Published${access(procedure)}> = [true, true];`,
      ),
    ].join('\n'),
  ],
]);
const host = ts.createCompilerHost(options);
const readSource = host.getSourceFile.bind(host);
host.getSourceFile = (file, language, ...rest) =>
  virtual.has(file)
    ? ts.createSourceFile(file, virtual.get(file), language)
    : readSource(file, language, ...rest);
const fileExists = host.fileExists.bind(host);
host.fileExists = (file) => virtual.has(file) || fileExists(file);
const proof = ts.createProgram({ rootNames: [check], options, host, oldProgram: program });
const wrong = [published, check].flatMap((file) => [
  ...proof.getSyntacticDiagnostics(proof.getSourceFile(file)),
  ...proof.getSemanticDiagnostics(proof.getSourceFile(file)),
]);
if (wrong.length > 0) {
  const lines = virtual.get(check).split('\n');
  const where = wrong.map((d) => {
    const line = d.file?.getLineAndCharacterOfPosition(d.start ?? 0).line ?? 0;
    const index =
      d.file?.fileName === check ? /^export const p(\d+)/.exec(lines[line] ?? '')?.[1] : undefined;
    return index === undefined ? '' : procedures[Number(index)].path.join('.');
  });
  fail(wrong, `The written-out client type differs from tRPC's for: ${[...new Set(where)].join(', ')}`);
}

// 3. Into the bundled declarations, in place of the alias and its comment (which speaks of the source).
const publishedDoc = `/**
 * Every procedure of the API: \`bos.<area>.<name>.query(input)\` reads, \`.mutate(input)\` changes.
 * Inputs and outputs are written out from the server's router (and checked equal to it when built).
 */`;
const text = [definitions, publishedDoc, client].filter(Boolean).join('\n');
for (const file of outputs) {
  const bundled = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const aliases = bundled.statements.filter(
    (s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'BosProcedures',
  );
  if (aliases.length !== 1)
    throw new Error(`${file}: expected one \`type BosProcedures = …\`, found ${aliases.length}`);
  let out = bundled.text;
  // Back to front, so earlier positions stay valid. Every import goes: what still needed one would
  // fail the check below.
  const edits = [
    ...bundled.statements.filter(ts.isImportDeclaration).map((s) => [s.getFullStart(), s.getEnd(), '']),
    [aliases[0].getFullStart(), aliases[0].getEnd(), `\n${text}`],
  ].sort((a, b) => b[0] - a[0]);
  for (const [start, end, replacement] of edits) out = out.slice(0, start) + replacement + out.slice(end);
  await writeFile(file, out.trimStart());
}

// 4. Stands alone: a consumer needs nothing but its own lib to compile it, even with skipLibCheck off.
const alone = ts.createProgram(outputs.slice(0, 1), {
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  noResolve: true,
  types: [],
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
});
const standalone = ts.getPreEmitDiagnostics(alone);
if (standalone.length > 0) fail(standalone, 'The published declarations do not compile on their own');

// 5. `@bosonline/sdk/react` declares `AppRouter` from the client type, so it needs no writing out:
// check that, compiled as a consumer would (the core as published, the peers as installed), it
// imports nothing private and gives tRPC's tools the written-out inputs and outputs.
const reactOutputs = [`${sdk}dist/react.d.ts`, `${sdk}dist/react.d.cts`];
for (const file of reactOutputs) {
  const text = await readFile(file, 'utf8');
  const imported = [...text.matchAll(/from ['"]([^'"]+)['"]/g)].map((m) => m[1]);
  const allowed = [
    '@bosonline/sdk',
    '@tanstack/react-query',
    '@trpc/server',
    '@trpc/tanstack-react-query',
    'react',
  ];
  const stray = imported.filter((name) => !allowed.includes(name));
  if (stray.length > 0) throw new Error(`${file} imports ${stray.join(', ')}`);
}
const consumer = `${sdk}dist/react-consumer.check.ts`;
const consumerHost = ts.createCompilerHost({});
const consumerSource = `import type { BosInputs, BosOutputs } from '@bosonline/sdk';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createBosOptionsProxy, type AppRouter } from '@bosonline/sdk/react';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const inputs: Same<inferRouterInputs<AppRouter>, BosInputs> = true;
export const outputs: Same<inferRouterOutputs<AppRouter>, BosOutputs> = true;
declare const trpc: ReturnType<typeof createBosOptionsProxy>;
export const key = trpc.order.list.queryKey({ status: 'unpaid' });
// @ts-expect-error not an order status
trpc.order.list.queryOptions({ status: 'lost' });
`;
const readConsumer = consumerHost.getSourceFile.bind(consumerHost);
consumerHost.getSourceFile = (file, language, ...rest) =>
  file === consumer
    ? ts.createSourceFile(file, consumerSource, language)
    : readConsumer(file, language, ...rest);
const consumerExists = consumerHost.fileExists.bind(consumerHost);
consumerHost.fileExists = (file) => file === consumer || consumerExists(file);
const reactProgram = ts.createProgram({
  rootNames: [consumer],
  host: consumerHost,
  options: {
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    // The package as published: both entries from dist, the peers from this package's dev dependencies.
    baseUrl: sdk,
    paths: { '@bosonline/sdk': ['dist/index.d.ts'], '@bosonline/sdk/react': ['dist/react.d.ts'] },
  },
});
const reactProblems = [...ts.getPreEmitDiagnostics(reactProgram)].filter(
  (d) => !d.file || d.file.fileName === consumer || d.file.fileName.startsWith(`${sdk}dist/`),
);
if (reactProblems.length > 0)
  fail(reactProblems, 'The react entry does not type-check over the published core');
console.log(
  `emit-client-types: ${procedures.length} procedures written out and checked; react entry checked`,
);
