// Execution compiled per document by graphql-jit: graphql-js walks the document for every field of every row
// (a tenth of a feed page's time went to resolving and completing its 130 fields, and as much to the promise and
// type checks around them); a compiled query is plain code for that one document, kept with the parsed document
// Yoga already caches. Lists of rows gain most: it took the bench's uncached feed from 0.27 to 0.34 of bare Yoga.
// A new document costs a compilation once (a few milliseconds); the limits in limits.ts bound what one can be.
//
// Variables are still checked by graphql-js first, with its own coercion: its messages are what error-values.ts
// knows how to strip of values (graphql-jit words them differently and quotes inputs), and a request whose
// variables are refused never reaches the compiled code. graphql-jit then coerces the variables again (the same
// scalars' parseValue), but it refuses an omitted input field that is non-null with a default (VisitorInput's
// documentType) where graphql-js uses the default: the defaults are written into the variables it gets, in their
// external form, so both coercions see the same input.
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  astFromValue,
  type GraphQLInputType,
  type GraphQLSchema,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  type VariableDefinitionNode,
  valueFromASTUntyped,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useCompiledExecution(): Plugin[] {
  const variablesCheckedFirst: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const definitions = operation?.variableDefinitions;
      if (!definitions?.length) return;
      const given = (args.variableValues ?? {}) as Record<string, unknown>;
      const coerced = getVariableValues(args.schema, definitions, given);
      if (coerced.errors) {
        setResultAndStopExecution({ errors: coerced.errors });
        return;
      }
      // Envelop spreads these args into the execute call it makes after the onExecute hooks.
      args.variableValues = withInputDefaults(args.schema, definitions, given);
    },
  };
  return [variablesCheckedFirst, useGraphQlJit() as Plugin];
}

/** The variables as given, with every omitted input-object field that has a default filled in (copies only). */
export function withInputDefaults(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  given: Record<string, unknown>,
): Record<string, unknown> {
  const filled = { ...given };
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && filled[name] !== undefined) filled[name] = fillDefaults(filled[name], type);
  }
  return filled;
}

function fillDefaults(value: unknown, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return fillDefaults(value, type.ofType);
  if (value === null || value === undefined) return value;
  if (isListType(type)) {
    // A single value where a list goes is a list of one (input coercion), filled as its item.
    return Array.isArray(value)
      ? value.map((item) => fillDefaults(item, type.ofType))
      : fillDefaults(value, type.ofType);
  }
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const fields = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (fields[field.name] !== undefined) {
      fields[field.name] = fillDefaults(fields[field.name], field.type);
    } else if (field.defaultValue !== undefined) {
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) fields[field.name] = valueFromASTUntyped(literal);
    }
  }
  return fields;
}
