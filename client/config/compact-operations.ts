// Ships the generated GraphQL operations (src/graphql/generated/**/operations.ts) minified: the code generator
// prints each document indented for reading, and in `documentMode: 'string'` it repeats the text of every
// fragment in each operation that spreads it. The bundle's minifier cannot touch either, since both are inside
// string literals. This build step rewrites each document string to the same definitions without ignored
// characters (graphql's stripIgnoredCharacters, which keeps string values intact), and writes each fragment once
// per module as a constant that the documents concatenate. The server receives an equivalent document: the
// same definitions, each fragment once.
//
// A production build goes further: each operation ships as its persisted id only (the sha256 of the compact text,
// in the `hash` of the document's `__meta__`, where the client preset's persisted documents put it), and the
// transport sends the id instead of the text. The server knows every id from server/persisted-operations.json,
// which `npm run codegen` writes from the same compact texts (persisted-operations.ts); production accepts nothing
// else.
import { type DefinitionNode, Kind, parse, print, stripIgnoredCharacters } from 'graphql';
import type { Plugin } from 'vite';
import { persistedOperationId, readManifestIds } from './persisted-operations';

const OPERATIONS = /[\\/]src[\\/]graphql[\\/]generated[\\/](?:[\w-]+[\\/])?operations\.ts$/;
/** `new TypedDocumentString(` followed by the document as one template literal without substitutions or escapes. */
const DOCUMENT = /new TypedDocumentString\(`((?:[^`$\\]|\$(?!\{))*)`/g;

const fragmentConstant = (name: string) => `__zzFragment_${name}`;

/** One generated document as the server receives it: its definitions compacted, each fragment once. */
export interface SentDocument {
  /** The operation's name; null for a fragment's own document (`…FragmentDoc`), which is never sent. */
  name: string | null;
  type: 'query' | 'mutation' | 'subscription' | null;
  body: string;
}

/**
 * Walks the documents of one generated operations module: `rewrite` gets each document's compact parts (JSON string
 * literals, or a fragment's constant) and returns what replaces `new TypedDocumentString(\`…\``.
 */
function eachDocument(
  code: string,
  rewrite: (document: SentDocument, parts: string[], after: string) => string,
): { code: string; fragments: Map<string, string> } {
  const fragments = new Map<string, string>();
  const definitionText = (definition: DefinitionNode) => stripIgnoredCharacters(print(definition));
  const rewritten = code.replace(DOCUMENT, (match, text: string, offset: number) => {
    const parts: string[] = [];
    const texts: string[] = [];
    let operation: SentDocument | null = null;
    for (const definition of parse(text, { noLocation: true }).definitions) {
      const compact = definitionText(definition);
      texts.push(compact);
      if (definition.kind === Kind.OPERATION_DEFINITION && !operation) {
        operation = { name: definition.name?.value ?? null, type: definition.operation, body: '' };
      }
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
    const body = texts.join('');
    const document: SentDocument = operation ? { ...operation, body } : { name: null, type: null, body };
    return rewrite(document, parts, code.slice(offset + match.length, offset + match.length + 1));
  });
  // A document this step could not read (a substitution or an escape in it) would ship as generated: say so.
  if (rewritten.includes('new TypedDocumentString(`'))
    throw new Error('compact-operations: a document was not compacted');
  return { code: rewritten, fragments };
}

/** Every document of one generated operations module, as the transport sends it; for the persisted manifest. */
export function sentDocuments(code: string): SentDocument[] {
  const documents: SentDocument[] = [];
  eachDocument(code, (document) => {
    documents.push(document);
    return '';
  });
  return documents;
}

export interface CompactOptions {
  /**
   * Operations ship as their persisted id (`__meta__.hash`) without their text; the build fails on an id missing
   * from this manifest file.
   */
  persistedManifest?: string;
}

/** Rewrites one generated operations module; exported for its test. */
export function compactOperationsModule(code: string, options: CompactOptions = {}): string {
  const { code: rewritten, fragments } = eachDocument(code, (document, parts, after) => {
    if (!options.persistedManifest || document.name === null) return `new TypedDocumentString(${parts.join(' + ')}`;
    // Operations are generated without a `__meta__` argument; one would be dropped here, so refuse instead.
    if (after !== ')') throw new Error(`compact-operations: ${document.name} has arguments this step does not keep`);
    const meta = JSON.stringify({ hash: persistedOperationId(document.body) });
    return `new TypedDocumentString("", ${meta}`;
  });
  if (fragments.size === 0) return rewritten;
  // Plain string constants: a fragment no kept document uses is dropped with them (with persisted operations, only
  // the unused `…FragmentDoc` exports refer to them, so all of them are).
  const constants = [...fragments].map(([name, text]) => `const ${fragmentConstant(name)} = ${JSON.stringify(text)};`);
  return `${constants.join('\n')}\n${rewritten}`;
}

export function compactOperations(options: CompactOptions = {}): Plugin {
  // An id the server's manifest lacks would be refused in production: fail the build instead.
  const known = options.persistedManifest ? readManifestIds(options.persistedManifest) : null;
  return {
    name: 'zz:compact-operations',
    enforce: 'pre',
    transform(code, id) {
      // Copies made for a subpackage (`?zz-copy=<root>`) are the same file.
      if (!OPERATIONS.test(id.replace(/\?.*$/, ''))) return null;
      if (known) {
        const missing = sentDocuments(code).filter((d) => d.name !== null && !known.has(persistedOperationId(d.body)));
        if (missing.length > 0)
          throw new Error(
            `compact-operations: ${missing.map((d) => d.name).join(', ')} not in server/persisted-operations.json; run npm run codegen`,
          );
      }
      return { code: compactOperationsModule(code, options), map: null };
    },
  };
}
