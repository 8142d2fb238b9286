// Ships the generated GraphQL operations (src/graphql/generated/**/operations.ts) minified: the code generator
// prints each document indented for reading, and in `documentMode: 'string'` it repeats the text of every
// fragment in each operation that spreads it. The bundle's minifier cannot touch either, since both are inside
// string literals. This build step rewrites each document string to the same definitions without ignored
// characters (graphql's stripIgnoredCharacters, which keeps string values intact), and writes each fragment once
// per module as a constant that the documents concatenate. The server receives an equivalent document: the
// same definitions, each fragment once.
import { type DefinitionNode, Kind, parse, print, stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';

const OPERATIONS = /[\\/]src[\\/]graphql[\\/]generated[\\/](?:[\w-]+[\\/])?operations\.ts$/;
/** `new TypedDocumentString(` followed by the document as one template literal without substitutions or escapes. */
const DOCUMENT = /new TypedDocumentString\(`((?:[^`$\\]|\$(?!\{))*)`/g;

const fragmentConstant = (name: string) => `__zzFragment_${name}`;

/** Rewrites one generated operations module; exported for its test. */
export function compactOperationsModule(code: string): string {
  const fragments = new Map<string, string>();
  const definitionText = (definition: DefinitionNode) => stripIgnoredCharacters(print(definition));
  const rewritten = code.replace(DOCUMENT, (_match, text: string) => {
    const parts: string[] = [];
    for (const definition of parse(text, { noLocation: true }).definitions) {
      const compact = definitionText(definition);
      if (definition.kind !== Kind.FRAGMENT_DEFINITION) {
        parts.push(JSON.stringify(compact));
        continue;
      }
      const name = definition.name.value;
      const known = fragments.get(name);
      if (known !== undefined && known !== compact) throw new Error(`compact-operations: fragment ${name} differs`);
      fragments.set(name, compact);
      parts.push(fragmentConstant(name));
    }
    // Adjacent definitions need no separator: each ends with `}`, a punctuator.
    return `new TypedDocumentString(${parts.join(' + ')}`;
  });
  // A document this step could not read (a substitution or an escape in it) would ship as generated: say so.
  if (rewritten.includes('new TypedDocumentString(`'))
    throw new Error('compact-operations: a document was not compacted');
  if (fragments.size === 0) return rewritten;
  // Plain string constants: a fragment no kept document uses is dropped with them.
  const constants = [...fragments].map(([name, text]) => `const ${fragmentConstant(name)} = ${JSON.stringify(text)};`);
  return `${constants.join('\n')}\n${rewritten}`;
}

export function compactOperations(): Plugin {
  return {
    name: 'zz:compact-operations',
    enforce: 'pre',
    transform(code, id) {
      // Copies made for a subpackage (`?zz-copy=<root>`) are the same file.
      if (!OPERATIONS.test(id.replace(/\?.*$/, ''))) return null;
      return { code: compactOperationsModule(code), map: null };
    },
  };
}
