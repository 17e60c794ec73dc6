// Typed documents from schema.graphql for every graphql(`…`) call under web/src (client preset).
// Paths are from the repository root, where the npm scripts run it.
// The output (web/src/gql/) is not committed: `npm run web:codegen` writes it, and build, check
// and the browser tests run it first, so it always matches the schema in the same commit.
import { type CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.tsx', 'web/src/**/*.ts', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      config: {
        // Documents as strings with their types attached: fetch sends them as they are, so the
        // bundle carries no GraphQL parser or printer.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
