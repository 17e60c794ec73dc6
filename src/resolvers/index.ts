import { type NonEmptyArray } from 'type-graphql';
import { ServerInfoResolver } from './server-info.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [ServerInfoResolver];
