import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type GraphQLArgument, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { buildAppSchema, printAppSchema } from '../../src/schema/build-schema';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run npm run schema:update after changing the API)', async () => {
    const committed = await readFile(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(await printAppSchema()).toBe(committed);
  });

  it('describes every type, field and argument', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        const fields: Record<
          string,
          { name: string; description?: string | null; args?: readonly GraphQLArgument[] }
        > = type.getFields();
        for (const field of Object.values(fields)) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args ?? []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
