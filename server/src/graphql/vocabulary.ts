// GraphQL enums from the shared vocabularies: the values and their Chinese descriptions come from the one
// const array and label record in @zz/shared, so the schema, the columns and the UI never disagree.
import { builder } from '../builder';

export function enumFromVocabulary<const V extends string>(
  name: string,
  values: readonly V[],
  labels?: Readonly<Record<V, string>>,
) {
  return builder.enumType(name, {
    values: Object.fromEntries(values.map((value) => [value, labels ? { description: labels[value] } : {}])) as Record<
      V,
      { description?: string }
    >,
  });
}
