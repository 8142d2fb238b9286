// Execution compiled per document by graphql-jit: graphql-js walks the document for every field of every row
// (a tenth of a feed page's time went to resolving and completing its 130 fields, and as much to the promise and
// type checks around them); a compiled query is plain code for that one document, kept with the parsed document
// Yoga already caches. Lists of rows gain most: it took the bench's uncached feed from 0.27 to 0.34 of bare Yoga.
// A new document costs a compilation once (a few milliseconds); the limits in limits.ts bound what one can be.
//
// Variables are still checked by graphql-js first, with its own coercion: its messages are what error-values.ts
// knows how to strip of values (graphql-jit words them differently and quotes inputs), and a request whose
// variables are refused never reaches the compiled code. Valid variables are coerced again by the compiled query
// (the same scalars' parseValue), which only costs requests that have variables.
import { useGraphQlJit } from '@envelop/graphql-jit';
import { getOperationAST, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useCompiledExecution(): Plugin[] {
  const variablesCheckedFirst: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const definitions = operation?.variableDefinitions;
      if (!definitions?.length) return;
      const coerced = getVariableValues(args.schema, definitions, args.variableValues ?? {});
      if (coerced.errors) setResultAndStopExecution({ errors: coerced.errors });
    },
  };
  return [variablesCheckedFirst, useGraphQlJit() as Plugin];
}
