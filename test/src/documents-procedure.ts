import { graphql } from './gql/index.js';

// The naming procedure's operations (objections, plaques, holiday schedules) the cross-service
// tests send, typed by codegen from schema/api.graphql.

export const UnitQuota = graphql(`
  query UnitQuota($id: ID!, $campaignId: ID!) {
    unit(id: $id) {
      id
      quota(campaignId: $campaignId) {
        partyMembers
        teams
        posts {
          count
          target
          ratio
          attained
        }
        teamQuota {
          count
          target
          attained
        }
      }
    }
  }
`);

export const Step = graphql(`
  mutation Step($input: TransitionHonorInput!) {
    transitionHonor(input: $input) {
      id
      status
      version
      publicityStartsOn
      publicityEndsOn
      plaqueNumber
      batch
      namedOn
      events {
        action
        fromStatus
        toStatus
      }
    }
  }
`);

export const LodgeObjection = graphql(`
  mutation LodgeObjection($input: LodgeObjectionInput!) {
    lodgeObjection(input: $input) {
      id
      lodgedAt
    }
  }
`);

export const ResolveObjection = graphql(`
  mutation ResolveObjection($input: ResolveObjectionInput!) {
    resolveObjection(input: $input) {
      id
      resolved
      upheld
      finding
    }
  }
`);

export const HonorObjections = graphql(`
  query HonorObjections($id: ID!) {
    honor(id: $id) {
      id
      status
      objections {
        id
        reason
        contact
        resolved
        upheld
      }
    }
  }
`);

export const UnitHonorObjections = graphql(`
  query UnitHonorObjections($id: ID!, $campaignId: ID!) {
    unit(id: $id) {
      id
      honors(campaignId: $campaignId) {
        id
        objections {
          id
        }
      }
    }
  }
`);

export const PlaqueByCode = graphql(`
  query PlaqueByCode($code: String!) {
    plaque(code: $code) {
      name
      unitName
      tier
      year
      batch
      namedOn
      status
      revokedOn
    }
  }
`);

export const PlaqueQr = graphql(`
  query PlaqueQr($honorId: ID!) {
    plaqueQr(honorId: $honorId) {
      code
      url
      svg
    }
  }
`);

export const HolidaySchedules = graphql(`
  query HolidaySchedules {
    holidaySchedules {
      year
      source
    }
  }
`);

export const AddHolidaySchedule = graphql(`
  mutation AddHolidaySchedule($input: AddHolidayScheduleInput!) {
    addHolidaySchedule(input: $input) {
      year
      source
    }
  }
`);
