import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the product's own clients, generated from the gateway's API schema
// (never the raw supergraph, whose join__/link__ types are not the client contract).
const config: CodegenConfig = {
  schema: 'api.graphql',
  documents: ['../test/src/**/*.ts', '!../test/src/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    '../test/src/gql/': {
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string', ID: 'string' } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
