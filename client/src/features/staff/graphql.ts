// The staff tools' generated operations and types, from their own codegen output so that they ship in the
// staff subpackage rather than the main package's common chunk.
export * from '../../graphql/generated/staff/operations';
