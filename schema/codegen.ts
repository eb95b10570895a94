import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the product's own clients, generated from the gateway's API schema
// (never the raw supergraph, whose join__/link__ types are not the client contract).
const typedDocuments = { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string', ID: 'string' } };

const config: CodegenConfig = {
  schema: 'api.graphql',
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    '../test/src/gql/': {
      documents: ['../test/src/**/*.ts', '!../test/src/gql/**'],
      preset: 'client',
      config: typedDocuments,
      presetConfig: { fragmentMasking: false },
    },
    // The browser bundle sends documents as strings: no graphql-js parser or printer in it.
    '../dashboard/src/api/gql/': {
      documents: ['../dashboard/src/**/*.ts', '!../dashboard/src/api/gql/**', '!../dashboard/src/**/*.test.ts'],
      preset: 'client',
      config: { ...typedDocuments, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
    // The year-end report (services/report) posts documents as strings too: no parser in its command line.
    '../services/report/src/api/gql/': {
      documents: ['../services/report/src/**/*.ts', '!../services/report/src/api/gql/**', '!../services/report/src/**/*.test.ts'],
      preset: 'client',
      config: { ...typedDocuments, documentMode: 'string' },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
