// Writes the client's type out as plain TypeScript: every procedure's input and output as the
// object types they resolve to, with the doc comments of the fields they come from. Used by
// `emit-client-types.mjs`: tRPC's client type over the router, inlined, costs a consumer's compiler
// seconds (bench/sdk-types.ts); these plain types cost it almost nothing.
import ts from 'typescript';

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * @param {ts.Program} program
 * @param {ts.Type} client the tRPC client type (`TRPCClient<AppRouter>`)
 * @param {{ callOptions: string }} names the type to use for a call's second argument
 * @returns {{ definitions: string, client: string (`interface BosProcedures {…}`), procedures: { path: string[], method: 'query' | 'mutate' }[] }}
 */
export function printClientType(program, client, names) {
  const checker = program.getTypeChecker();
  /** Named declarations for types that refer to themselves (JSON values). */
  const named = new Map();
  const definitions = [];
  const printing = [];
  const procedures = [];

  const fail = (message, type) => {
    throw new Error(`${message}: ${checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)}`);
  };

  /** `Date`, `FormData`, `Uint8Array<ArrayBuffer>`: interfaces and classes of the consumer's own lib. */
  const libName = (type) => {
    const symbol = type.getSymbol();
    if (!symbol || !(symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class))) return undefined;
    // Globals such as FormData are declared by the DOM lib and merged with @types/node's.
    const declarations = symbol.getDeclarations() ?? [];
    if (!declarations.some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()))) return undefined;
    const parameters = type.objectFlags & ts.ObjectFlags.Reference ? (type.target.typeParameters ?? []) : [];
    if (parameters.length === 0) return symbol.name;
    const args = checker.getTypeArguments(type).slice(0, parameters.length);
    return `${symbol.name}<${args.map((arg) => print(arg, '')).join(', ')}>`;
  };

  const docOf = (symbol, indent) => {
    const text = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    const tags = symbol
      .getJsDocTags(checker)
      .map((tag) => `@${tag.name}${tag.text ? ` ${ts.displayPartsToString(tag.text)}` : ''}`);
    const lines = [...(text ? text.split('\n') : []), ...tags];
    if (lines.length === 0) return '';
    if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
    return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
  };

  const key = (name) => (identifier.test(name) ? name : JSON.stringify(name));

  const wrap = (type, text) =>
    !named.has(type) && type.flags & (ts.TypeFlags.Union | ts.TypeFlags.Intersection) && !isBoolean(type)
      ? `(${text})`
      : text;

  const isBoolean = (type) => type.flags & ts.TypeFlags.Boolean;

  /** @returns {string} */
  function print(type, indent) {
    const existing = named.get(type);
    if (existing) return existing.name;
    if (printing.includes(type)) {
      // A type that contains itself gets a name; the outer print of it writes the definition.
      const base = (type.aliasSymbol?.name ?? 'Recursive').replace(/^\w/, (c) => c.toUpperCase());
      const entry = { name: `Bos${base}${named.size || ''}` };
      named.set(type, entry);
      return entry.name;
    }
    printing.push(type);
    const text = printFresh(type, indent);
    printing.pop();
    const entry = named.get(type);
    if (!entry) return text;
    definitions.push(`type ${entry.name} = ${printFresh(type, '')};`);
    return entry.name;
  }

  function printFresh(type, indent) {
    const f = type.flags;
    if (f & ts.TypeFlags.Any) fail('A procedure type is `any` (give it an .output() schema)', type);
    if (f & (ts.TypeFlags.TypeParameter | ts.TypeFlags.Conditional | ts.TypeFlags.Substitution))
      fail('Unresolved generic type', type);
    if (
      f &
      (ts.TypeFlags.Unknown |
        ts.TypeFlags.String |
        ts.TypeFlags.Number |
        ts.TypeFlags.BigInt |
        ts.TypeFlags.Boolean |
        ts.TypeFlags.BooleanLiteral |
        ts.TypeFlags.Void |
        ts.TypeFlags.Undefined |
        ts.TypeFlags.Null |
        ts.TypeFlags.Never |
        ts.TypeFlags.ESSymbol)
    )
      return type.intrinsicName;
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify(type.value);
    if (f & ts.TypeFlags.NumberLiteral) return String(type.value);
    if (f & ts.TypeFlags.TemplateLiteral) return checker.typeToString(type);
    if (f & ts.TypeFlags.Union) {
      // `boolean` is `false | true` inside a union; say it as one word.
      const members = type.types;
      const hasTrue = members.some(
        (m) => m.flags & ts.TypeFlags.BooleanLiteral && m.intrinsicName === 'true',
      );
      const hasFalse = members.some(
        (m) => m.flags & ts.TypeFlags.BooleanLiteral && m.intrinsicName === 'false',
      );
      const parts = [];
      // As TypeScript writes them: `string | null | undefined`.
      const nullish = (m) => (m.flags & ts.TypeFlags.Null ? 1 : m.flags & ts.TypeFlags.Undefined ? 2 : 0);
      for (const member of [...members].sort((a, b) => nullish(a) - nullish(b))) {
        if (hasTrue && hasFalse && member.flags & ts.TypeFlags.BooleanLiteral) {
          if (!parts.includes('boolean')) parts.push('boolean');
          continue;
        }
        parts.push(wrap(member, print(member, indent)));
      }
      return parts.join(' | ');
    }
    if (f & ts.TypeFlags.Intersection) return type.types.map((m) => wrap(m, print(m, indent))).join(' & ');
    if (f & ts.TypeFlags.Object) return printObject(type, indent);
    return fail('A type this script cannot write out', type);
  }

  function printObject(type, indent) {
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type);
      const text = print(element, indent);
      const readonly = type.getSymbol()?.name === 'ReadonlyArray' ? 'readonly ' : '';
      const needsParens =
        !named.has(element) &&
        element.flags & (ts.TypeFlags.Union | ts.TypeFlags.Intersection) &&
        !isBoolean(element);
      return `${readonly}${needsParens ? `(${text})` : text}[]`;
    }
    if (checker.isTupleType(type)) {
      const target = type.target;
      const elements = checker.getTypeArguments(type).map((element, i) => {
        const flags = target.elementFlags[i];
        const text = print(element, indent);
        if (flags & ts.ElementFlags.Rest) return `...${wrap(element, text)}[]`;
        return flags & ts.ElementFlags.Optional ? `${wrap(element, text)}?` : text;
      });
      return `${target.readonly ? 'readonly ' : ''}[${elements.join(', ')}]`;
    }
    const name = libName(type);
    if (name) return name;
    if (
      checker.getSignaturesOfType(type, ts.SignatureKind.Call).length > 0 ||
      checker.getSignaturesOfType(type, ts.SignatureKind.Construct).length > 0
    )
      fail('A function in a procedure type', type);

    const inner = `${indent}  `;
    const lines = [];
    for (const info of checker.getIndexInfosOfType(type)) {
      const keyType = print(info.keyType, inner);
      lines.push(
        `${inner}${info.isReadonly ? 'readonly ' : ''}[key: ${keyType}]: ${print(info.type, inner)};`,
      );
    }
    for (const property of checker.getPropertiesOfType(type)) {
      if (property.name.startsWith('__@')) fail(`A symbol-keyed property (${property.name})`, type);
      const optional = property.flags & ts.SymbolFlags.Optional ? '?' : '';
      const propertyType = checker.getTypeOfSymbol(property);
      lines.push(
        `${docOf(property, inner)}${inner}${key(property.name)}${optional}: ${print(propertyType, inner)};`,
      );
    }
    return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${indent}}`;
  }

  /** The client's tree: namespaces of procedures, each with its `query` or `mutate`. */
  function printRecord(type, path, indent) {
    const inner = `${indent}  `;
    const lines = [];
    for (const property of checker.getPropertiesOfType(type)) {
      if (property.name.startsWith('__@')) continue; // tRPC's hidden handle on the untyped client
      const member = checker.getTypeOfSymbol(property);
      const here = [...path, property.name];
      const method = ['query', 'mutate', 'subscribe'].find((m) => checker.getPropertyOfType(member, m));
      if (method === 'subscribe') throw new Error(`${here.join('.')} is a subscription: not supported yet`);
      const text = method ? printProcedure(member, method, here, inner) : printRecord(member, here, inner);
      lines.push(`${inner}${key(property.name)}: ${text};`);
    }
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  function printProcedure(member, method, path, indent) {
    const resolver = checker.getTypeOfSymbol(checker.getPropertyOfType(member, method));
    const [signature, ...others] = checker.getSignaturesOfType(resolver, ts.SignatureKind.Call);
    if (!signature || others.length > 0) throw new Error(`${path.join('.')}: expected one call signature`);
    const [input] = signature.getParameters();
    const inputType = input ? checker.getTypeOfSymbol(input) : checker.getVoidType();
    const output = checker.getAwaitedType(signature.getReturnType());
    if (!output) throw new Error(`${path.join('.')}: its ${method} returns no promise`);
    procedures.push({ path, method });
    const inner = `${indent}  `;
    const args = `input: ${print(inputType, inner)}, opts?: ${names.callOptions}`;
    return `{\n${inner}${method}: (${args}) => Promise<${print(output, inner)}>;\n${indent}}`;
  }

  const body = printRecord(client, [], '');
  return { definitions: definitions.join('\n'), client: `interface BosProcedures ${body}`, procedures };
}
