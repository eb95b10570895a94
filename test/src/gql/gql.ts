/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitsDirectoryDocument,
    "\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitWithTeamsDocument,
    "\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": typeof types.CreateIndustryDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
};
const documents: Documents = {
    "\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n": types.UnitsDirectoryDocument,
    "\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.UnitWithTeamsDocument,
    "\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": types.CreateIndustryDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.CreateTeamDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;