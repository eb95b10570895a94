import { graphql } from './gql/index.js';

// Every operation the dashboard sends, typed by codegen from schema/api.graphql
// (`npm run schema:write` regenerates ./gql; `npm run schema:check` fails when it is stale).

/** The public directory: what an anonymous visitor may read. */
export const DirectoryUnits = graphql(`
  query DirectoryUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
      teamCount
      industry {
        id
        code
        name
      }
    }
  }
`);

/** Every unit with its per-unit aggregates (signed-in roles). Cost about 1,000 of the 5,000 allowed. */
export const OverviewUnits = graphql(`
  query OverviewUnits {
    units(includeExcluded: true) {
      id
      code
      name
      excluded
      teamCount
      partyMemberCount
      industry {
        id
        code
        name
      }
    }
  }
`);

/**
 * Activity totals of ten units at once. `units { activityTotals }` is estimated at 100 units ×
 * 72 rows and refused by the gateway's cost limit, one request per unit would be a hundred
 * requests; ten aliased units cost about 2,900 and the members subgraph loads them in one
 * statement. The last batch repeats its last id to fill the ten places.
 */
export const UnitActivityTotalsBatch = graphql(`
  query UnitActivityTotalsBatch(
    $year: Int!
    $u0: ID!
    $u1: ID!
    $u2: ID!
    $u3: ID!
    $u4: ID!
    $u5: ID!
    $u6: ID!
    $u7: ID!
    $u8: ID!
    $u9: ID!
  ) {
    u0: unit(id: $u0) { ...UnitActivityTotals }
    u1: unit(id: $u1) { ...UnitActivityTotals }
    u2: unit(id: $u2) { ...UnitActivityTotals }
    u3: unit(id: $u3) { ...UnitActivityTotals }
    u4: unit(id: $u4) { ...UnitActivityTotals }
    u5: unit(id: $u5) { ...UnitActivityTotals }
    u6: unit(id: $u6) { ...UnitActivityTotals }
    u7: unit(id: $u7) { ...UnitActivityTotals }
    u8: unit(id: $u8) { ...UnitActivityTotals }
    u9: unit(id: $u9) { ...UnitActivityTotals }
  }

  fragment UnitActivityTotals on Unit {
    id
    activityTotals(year: $year) {
      type
      month
      count
      hours
    }
  }
`);

/** One department's page: its aggregates, teams and activities of the year. */
export const UnitDetail = graphql(`
  query UnitDetail($id: ID!, $year: Int!) {
    unit(id: $id) {
      id
      code
      name
      excluded
      partyMemberCount
      teamCount
      industry {
        id
        code
        name
      }
      teams {
        id
        name
        memberCount
      }
      activityTotals(year: $year) {
        type
        month
        count
        hours
        members
      }
    }
  }
`);

/** A page of a unit's members; personal fields only for the roles that may see them. */
export const UnitMembersPage = graphql(`
  query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {
    members(unitId: $unitId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          gender
          position
          status
          joinedPartyOn
          birthDate @include(if: $personal)
          phone @include(if: $personal)
          team {
            id
            name
          }
        }
      }
    }
  }
`);

/** Every year's campaign (newest first): the year selector's years, each year's timeline and ratios. */
export const Campaigns = graphql(`
  query Campaigns {
    campaigns {
      id
      year
      name
      phases {
        name
        startsOn
        endsOn
      }
      ledgerDueOn
      firstBatchBy
      postRatio
      teamRatio
      unitRatio
      industryMin
      industryMax
      publicityWorkingDays
    }
  }
`);

/**
 * Every participating unit's post and team quota in a campaign, in one request: the gateway
 * estimates `units` at 100 rows × 20 fields, a cost of about 2,000 of the 5,000 allowed, and the
 * honors subgraph counts every unit's candidacies in one statement (members and units give the
 * bases through @requires). Excluded units have no quota and are not asked for.
 */
export const QuotaUnits = graphql(`
  query QuotaUnits($campaignId: ID!) {
    units(includeExcluded: false) {
      id
      code
      name
      industry {
        id
        code
        name
      }
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
          ratio
          attained
        }
      }
    }
  }
`);

/**
 * A page of a campaign's candidacies with their publicity windows (公示), naming day and batch:
 * the timeline's windows and whether the first batch was named by 七一.
 */
export const CampaignHonorDates = graphql(`
  query CampaignHonorDates($campaignId: ID!, $after: String) {
    honors(campaignId: $campaignId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          publicityStartsOn
          publicityEndsOn
          namedOn
          batch
        }
      }
    }
  }
`);

/**
 * The city-wide attainment of a campaign in one request (the honors subgraph's
 * `quotaAttainment`): posts and teams summed over the participating units, units named against
 * the unit ratio, industries named against their range.
 */
export const CityAttainment = graphql(`
  query CityAttainment($campaignId: ID!) {
    quotaAttainment(campaignId: $campaignId) {
      participatingUnits
      posts {
        count
        target
        ratio
        attained
        unitsAttaining
      }
      teams {
        count
        target
        ratio
        attained
        unitsAttaining
      }
      units {
        count
        target
        ratio
        attained
      }
      industries {
        count
        target
        attained
        min
        max
      }
    }
  }
`);

/** How many participating units submitted their ledger (台账) on time, late, or not at all. */
export const LedgerCounts = graphql(`
  query LedgerCounts($campaignId: ID!) {
    ledgerSubmissions(campaignId: $campaignId) {
      dueOn
      participatingCount
      onTimeCount
      lateCount
      missingCount
    }
  }
`);

/**
 * 动态管理: every commendation, rectification ordered, passed or failed and revocation of a
 * campaign, counted per action, unit and month (one statement in the honors subgraph; the gateway
 * assumes 200 rows, a cost of about 1,600).
 */
export const ManagementActions = graphql(`
  query ManagementActions($campaignId: ID!) {
    managementActions(campaignId: $campaignId) {
      action
      month
      count
      unitId
      unit {
        id
        code
        name
      }
    }
  }
`);

/** A campaign's orders to rectify as they stood on a day, with whose honor each is (a UNIT_ADMIN: its own unit's). */
export const Rectifications = graphql(`
  query Rectifications($campaignId: ID!, $asOf: Date) {
    rectifications(campaignId: $campaignId, asOf: $asOf) {
      honorId
      unitId
      unit {
        id
        name
      }
      tier
      reason
      orderedOn
      deadline
      outcome
      closedBy
      closedOn
      overdue
      honor {
        id
        subject {
          __typename
          ... on Member {
            name
          }
          ... on Team {
            name
          }
          ... on Unit {
            name
          }
          ... on Industry {
            name
          }
        }
      }
    }
  }
`);

/** The cheapest question the gateway answers: a token that does not verify gets HTTP 401. */
export const SignInCheck = graphql(`
  query SignInCheck {
    industries {
      id
    }
  }
`);

/**
 * 牌匾验证: the public record of the plaque with a verification code, for anyone (sent without a
 * token). The dashboard's server asks the same before it serves `/verify/<code>`, to answer
 * 200, 410 or 404.
 */
export const PlaqueRecord = graphql(`
  query PlaqueRecord($code: String!) {
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

/** 光荣榜: a year's named honors by batch and the candidacies in publicity, for anyone. */
export const HonorRollOfYear = graphql(`
  query HonorRollOfYear($year: Int!) {
    honorRoll(year: $year) {
      year
      campaignName
      named {
        tier
        name
        unitName
        batch
        namedOn
        status
        verificationCode
      }
      publicizing {
        honorId
        tier
        name
        unitName
        publicityStartsOn
        publicityEndsOn
      }
    }
  }
`);

/** 提出异议 about a candidacy in publicity, by anyone: the answer is a receipt only. */
export const LodgeObjection = graphql(`
  mutation LodgeObjection($input: LodgeObjectionInput!) {
    lodgeObjection(input: $input) {
      id
      lodgedAt
    }
  }
`);
