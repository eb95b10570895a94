import { graphql } from './gql/index.js';

// The operations the cross-service tests send, typed by codegen from schema/api.graphql.

export const UnitsDirectory = graphql(`
  query UnitsDirectory($includeExcluded: Boolean) {
    units(includeExcluded: $includeExcluded) {
      id
      code
      name
      excluded
      teamCount
      industry {
        id
        name
      }
    }
  }
`);

export const UnitWithTeams = graphql(`
  query UnitWithTeams($id: ID!) {
    unit(id: $id) {
      id
      name
      version
      teams {
        id
        name
      }
    }
  }
`);

export const Industries = graphql(`
  query Industries {
    industries {
      id
      code
      name
      units {
        code
      }
    }
  }
`);

export const CreateIndustry = graphql(`
  mutation CreateIndustry($input: CreateIndustryInput!) {
    createIndustry(input: $input) {
      id
      code
      name
      version
    }
  }
`);

export const CreateUnit = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
      code
      name
      excluded
      version
      industry {
        name
      }
    }
  }
`);

export const UpdateUnit = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
      version
    }
  }
`);

export const CreateTeam = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
      unit {
        id
        name
      }
    }
  }
`);
