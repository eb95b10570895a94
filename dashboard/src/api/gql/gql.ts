/* eslint-disable */
import * as types from './graphql.js';



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
    "\n  query BallotFormOfCode($code: String!) {\n    ballot(code: $code) {\n      code\n      evaluatorKind\n      evaluatorKindName\n      unitName\n      round {\n        id\n        name\n        kind\n        kindName\n        opensOn\n        closesOn\n        status\n        open\n      }\n      subjects {\n        id\n        tier\n        tierName\n        name\n        unitName\n        evaluated\n        criteria {\n          criterion\n          name\n          nameEn\n          hint\n          hintEn\n          minScore\n          maxScore\n        }\n      }\n    }\n  }\n": typeof types.BallotFormOfCodeDocument,
    "\n  mutation SubmitBallotEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      id\n      submittedAt\n    }\n  }\n": typeof types.SubmitBallotEvaluationDocument,
    "\n  query DirectoryUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.DirectoryUnitsDocument,
    "\n  query OverviewUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.OverviewUnitsDocument,
    "\n  query UnitActivityTotalsBatch(\n    $year: Int!\n    $u0: ID!\n    $u1: ID!\n    $u2: ID!\n    $u3: ID!\n    $u4: ID!\n    $u5: ID!\n    $u6: ID!\n    $u7: ID!\n    $u8: ID!\n    $u9: ID!\n  ) {\n    u0: unit(id: $u0) { ...UnitActivityTotals }\n    u1: unit(id: $u1) { ...UnitActivityTotals }\n    u2: unit(id: $u2) { ...UnitActivityTotals }\n    u3: unit(id: $u3) { ...UnitActivityTotals }\n    u4: unit(id: $u4) { ...UnitActivityTotals }\n    u5: unit(id: $u5) { ...UnitActivityTotals }\n    u6: unit(id: $u6) { ...UnitActivityTotals }\n    u7: unit(id: $u7) { ...UnitActivityTotals }\n    u8: unit(id: $u8) { ...UnitActivityTotals }\n    u9: unit(id: $u9) { ...UnitActivityTotals }\n  }\n\n  fragment UnitActivityTotals on Unit {\n    id\n    activityTotals(year: $year) {\n      type\n      month\n      count\n      hours\n    }\n  }\n": typeof types.UnitActivityTotalsBatchDocument,
    "\n  query UnitDetail($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      excluded\n      partyMemberCount\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n      teams {\n        id\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n": typeof types.UnitDetailDocument,
    "\n  query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate @include(if: $personal)\n          phone @include(if: $personal)\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitMembersPageDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      publicityWorkingDays\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query QuotaUnits($campaignId: ID!) {\n    units(includeExcluded: false) {\n      id\n      code\n      name\n      industry {\n        id\n        code\n        name\n      }\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n": typeof types.QuotaUnitsDocument,
    "\n  query CampaignHonorDates($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n          batch\n        }\n      }\n    }\n  }\n": typeof types.CampaignHonorDatesDocument,
    "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      posts {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      teams {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      units {\n        count\n        target\n        ratio\n        attained\n      }\n      industries {\n        count\n        target\n        attained\n        min\n        max\n      }\n    }\n  }\n": typeof types.CityAttainmentDocument,
    "\n  query LedgerCounts($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n": typeof types.LedgerCountsDocument,
    "\n  query ManagementActions($campaignId: ID!) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ManagementActionsDocument,
    "\n  query Rectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      unit {\n        id\n        name\n      }\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      honor {\n        id\n        subject {\n          __typename\n          ... on Member {\n            name\n          }\n          ... on Team {\n            name\n          }\n          ... on Unit {\n            name\n          }\n          ... on Industry {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RectificationsDocument,
    "\n  query SignInCheck {\n    industries {\n      id\n    }\n  }\n": typeof types.SignInCheckDocument,
    "\n  query PlaqueRecord($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n": typeof types.PlaqueRecordDocument,
    "\n  query HonorRollOfYear($year: Int!) {\n    honorRoll(year: $year) {\n      year\n      campaignName\n      named {\n        tier\n        name\n        unitName\n        batch\n        namedOn\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        tier\n        name\n        unitName\n        publicityStartsOn\n        publicityEndsOn\n      }\n    }\n  }\n": typeof types.HonorRollOfYearDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n": typeof types.LodgeObjectionDocument,
};
const documents: Documents = {
    "\n  query BallotFormOfCode($code: String!) {\n    ballot(code: $code) {\n      code\n      evaluatorKind\n      evaluatorKindName\n      unitName\n      round {\n        id\n        name\n        kind\n        kindName\n        opensOn\n        closesOn\n        status\n        open\n      }\n      subjects {\n        id\n        tier\n        tierName\n        name\n        unitName\n        evaluated\n        criteria {\n          criterion\n          name\n          nameEn\n          hint\n          hintEn\n          minScore\n          maxScore\n        }\n      }\n    }\n  }\n": types.BallotFormOfCodeDocument,
    "\n  mutation SubmitBallotEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      id\n      submittedAt\n    }\n  }\n": types.SubmitBallotEvaluationDocument,
    "\n  query DirectoryUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.DirectoryUnitsDocument,
    "\n  query OverviewUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.OverviewUnitsDocument,
    "\n  query UnitActivityTotalsBatch(\n    $year: Int!\n    $u0: ID!\n    $u1: ID!\n    $u2: ID!\n    $u3: ID!\n    $u4: ID!\n    $u5: ID!\n    $u6: ID!\n    $u7: ID!\n    $u8: ID!\n    $u9: ID!\n  ) {\n    u0: unit(id: $u0) { ...UnitActivityTotals }\n    u1: unit(id: $u1) { ...UnitActivityTotals }\n    u2: unit(id: $u2) { ...UnitActivityTotals }\n    u3: unit(id: $u3) { ...UnitActivityTotals }\n    u4: unit(id: $u4) { ...UnitActivityTotals }\n    u5: unit(id: $u5) { ...UnitActivityTotals }\n    u6: unit(id: $u6) { ...UnitActivityTotals }\n    u7: unit(id: $u7) { ...UnitActivityTotals }\n    u8: unit(id: $u8) { ...UnitActivityTotals }\n    u9: unit(id: $u9) { ...UnitActivityTotals }\n  }\n\n  fragment UnitActivityTotals on Unit {\n    id\n    activityTotals(year: $year) {\n      type\n      month\n      count\n      hours\n    }\n  }\n": types.UnitActivityTotalsBatchDocument,
    "\n  query UnitDetail($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      excluded\n      partyMemberCount\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n      teams {\n        id\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n": types.UnitDetailDocument,
    "\n  query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate @include(if: $personal)\n          phone @include(if: $personal)\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.UnitMembersPageDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      publicityWorkingDays\n    }\n  }\n": types.CampaignsDocument,
    "\n  query QuotaUnits($campaignId: ID!) {\n    units(includeExcluded: false) {\n      id\n      code\n      name\n      industry {\n        id\n        code\n        name\n      }\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n": types.QuotaUnitsDocument,
    "\n  query CampaignHonorDates($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n          batch\n        }\n      }\n    }\n  }\n": types.CampaignHonorDatesDocument,
    "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      posts {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      teams {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      units {\n        count\n        target\n        ratio\n        attained\n      }\n      industries {\n        count\n        target\n        attained\n        min\n        max\n      }\n    }\n  }\n": types.CityAttainmentDocument,
    "\n  query LedgerCounts($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n": types.LedgerCountsDocument,
    "\n  query ManagementActions($campaignId: ID!) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ManagementActionsDocument,
    "\n  query Rectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      unit {\n        id\n        name\n      }\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      honor {\n        id\n        subject {\n          __typename\n          ... on Member {\n            name\n          }\n          ... on Team {\n            name\n          }\n          ... on Unit {\n            name\n          }\n          ... on Industry {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RectificationsDocument,
    "\n  query SignInCheck {\n    industries {\n      id\n    }\n  }\n": types.SignInCheckDocument,
    "\n  query PlaqueRecord($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n": types.PlaqueRecordDocument,
    "\n  query HonorRollOfYear($year: Int!) {\n    honorRoll(year: $year) {\n      year\n      campaignName\n      named {\n        tier\n        name\n        unitName\n        batch\n        namedOn\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        tier\n        name\n        unitName\n        publicityStartsOn\n        publicityEndsOn\n      }\n    }\n  }\n": types.HonorRollOfYearDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n": types.LodgeObjectionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BallotFormOfCode($code: String!) {\n    ballot(code: $code) {\n      code\n      evaluatorKind\n      evaluatorKindName\n      unitName\n      round {\n        id\n        name\n        kind\n        kindName\n        opensOn\n        closesOn\n        status\n        open\n      }\n      subjects {\n        id\n        tier\n        tierName\n        name\n        unitName\n        evaluated\n        criteria {\n          criterion\n          name\n          nameEn\n          hint\n          hintEn\n          minScore\n          maxScore\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').BallotFormOfCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBallotEvaluation($input: SubmitEvaluationInput!) {\n    submitEvaluation(input: $input) {\n      id\n      submittedAt\n    }\n  }\n"): typeof import('./graphql.js').SubmitBallotEvaluationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').DirectoryUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewUnits {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').OverviewUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitActivityTotalsBatch(\n    $year: Int!\n    $u0: ID!\n    $u1: ID!\n    $u2: ID!\n    $u3: ID!\n    $u4: ID!\n    $u5: ID!\n    $u6: ID!\n    $u7: ID!\n    $u8: ID!\n    $u9: ID!\n  ) {\n    u0: unit(id: $u0) { ...UnitActivityTotals }\n    u1: unit(id: $u1) { ...UnitActivityTotals }\n    u2: unit(id: $u2) { ...UnitActivityTotals }\n    u3: unit(id: $u3) { ...UnitActivityTotals }\n    u4: unit(id: $u4) { ...UnitActivityTotals }\n    u5: unit(id: $u5) { ...UnitActivityTotals }\n    u6: unit(id: $u6) { ...UnitActivityTotals }\n    u7: unit(id: $u7) { ...UnitActivityTotals }\n    u8: unit(id: $u8) { ...UnitActivityTotals }\n    u9: unit(id: $u9) { ...UnitActivityTotals }\n  }\n\n  fragment UnitActivityTotals on Unit {\n    id\n    activityTotals(year: $year) {\n      type\n      month\n      count\n      hours\n    }\n  }\n"): typeof import('./graphql.js').UnitActivityTotalsBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDetail($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      code\n      name\n      excluded\n      partyMemberCount\n      teamCount\n      industry {\n        id\n        code\n        name\n      }\n      teams {\n        id\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n"): typeof import('./graphql.js').UnitDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate @include(if: $personal)\n          phone @include(if: $personal)\n          team {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').UnitMembersPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      publicityWorkingDays\n    }\n  }\n"): typeof import('./graphql.js').CampaignsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaUnits($campaignId: ID!) {\n    units(includeExcluded: false) {\n      id\n      code\n      name\n      industry {\n        id\n        code\n        name\n      }\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').QuotaUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignHonorDates($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n          batch\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CampaignHonorDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      posts {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      teams {\n        count\n        target\n        ratio\n        attained\n        unitsAttaining\n      }\n      units {\n        count\n        target\n        ratio\n        attained\n      }\n      industries {\n        count\n        target\n        attained\n        min\n        max\n      }\n    }\n  }\n"): typeof import('./graphql.js').CityAttainmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCounts($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n"): typeof import('./graphql.js').LedgerCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagementActions($campaignId: ID!) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').ManagementActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      unit {\n        id\n        name\n      }\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      honor {\n        id\n        subject {\n          __typename\n          ... on Member {\n            name\n          }\n          ... on Team {\n            name\n          }\n          ... on Unit {\n            name\n          }\n          ... on Industry {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').RectificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInCheck {\n    industries {\n      id\n    }\n  }\n"): typeof import('./graphql.js').SignInCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaqueRecord($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n"): typeof import('./graphql.js').PlaqueRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonorRollOfYear($year: Int!) {\n    honorRoll(year: $year) {\n      year\n      campaignName\n      named {\n        tier\n        name\n        unitName\n        batch\n        namedOn\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        tier\n        name\n        unitName\n        publicityStartsOn\n        publicityEndsOn\n      }\n    }\n  }\n"): typeof import('./graphql.js').HonorRollOfYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n"): typeof import('./graphql.js').LodgeObjectionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
