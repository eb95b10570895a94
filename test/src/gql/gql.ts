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
    "\n  query UnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n": typeof types.UnitQuotaDocument,
    "\n  mutation Step($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      publicityStartsOn\n      publicityEndsOn\n      plaqueNumber\n      batch\n      namedOn\n      events {\n        action\n        fromStatus\n        toStatus\n      }\n    }\n  }\n": typeof types.StepDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n": typeof types.LodgeObjectionDocument,
    "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      resolved\n      upheld\n      finding\n    }\n  }\n": typeof types.ResolveObjectionDocument,
    "\n  query HonorObjections($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      objections {\n        id\n        reason\n        contact\n        resolved\n        upheld\n      }\n    }\n  }\n": typeof types.HonorObjectionsDocument,
    "\n  query UnitHonorObjections($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      honors(campaignId: $campaignId) {\n        id\n        objections {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UnitHonorObjectionsDocument,
    "\n  query PlaqueByCode($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n": typeof types.PlaqueByCodeDocument,
    "\n  query PlaqueQr($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n      url\n      svg\n    }\n  }\n": typeof types.PlaqueQrDocument,
    "\n  query HolidaySchedules {\n    holidaySchedules {\n      year\n      source\n    }\n  }\n": typeof types.HolidaySchedulesDocument,
    "\n  mutation AddHolidaySchedule($input: AddHolidayScheduleInput!) {\n    addHolidaySchedule(input: $input) {\n      year\n      source\n    }\n  }\n": typeof types.AddHolidayScheduleDocument,
    "\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitsDirectoryDocument,
    "\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitWithTeamsDocument,
    "\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n": typeof types.IndustriesDocument,
    "\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": typeof types.CreateIndustryDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  query UnitsWithMemberCounts {\n    units {\n      name\n      partyMemberCount\n      teams {\n        name\n        memberCount\n      }\n    }\n  }\n": typeof types.UnitsWithMemberCountsDocument,
    "\n  query UnitMemberCounts {\n    units {\n      id\n      partyMemberCount\n    }\n  }\n": typeof types.UnitMemberCountsDocument,
    "\n  query UnitMembers($unitId: ID, $search: String, $first: Int!, $after: String) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate\n          phone\n          version\n          unit {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UnitMembersDocument,
    "\n  query MemberDetail($id: ID!, $year: Int) {\n    member(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      activities(year: $year) {\n        type\n        date\n        hours\n        title\n      }\n    }\n  }\n": typeof types.MemberDetailDocument,
    "\n  query UnitMemberPhones($id: ID!) {\n    unit(id: $id) {\n      id\n      partyMemberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            phone\n          }\n        }\n      }\n    }\n  }\n": typeof types.UnitMemberPhonesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      phone\n      version\n      team {\n        name\n      }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      phone\n      version\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TransferMemberDocument,
    "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      type\n      date\n      hours\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordActivityDocument,
    "\n  query UnitActivityTotals($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n": typeof types.UnitActivityTotalsDocument,
    "\n  query ExportRoster($unitId: ID!) {\n    exportRoster(unitId: $unitId) {\n      filename\n      contentType\n      contentBase64\n      rows\n    }\n  }\n": typeof types.ExportRosterDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        row\n        column\n        cell\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query DashboardUnitFacts {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.DashboardUnitFactsDocument,
    "\n  query DashboardUnitActivity($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      teams {\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n      }\n    }\n  }\n": typeof types.DashboardUnitActivityDocument,
    "\n  query DashboardCampaign($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n    }\n  }\n": typeof types.DashboardCampaignDocument,
    "\n  query DashboardUnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n": typeof types.DashboardUnitQuotaDocument,
    "\n  query DashboardPublicity($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n        }\n      }\n    }\n  }\n": typeof types.DashboardPublicityDocument,
    "\n  query DashboardCityFigures($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      units {\n        count\n        target\n        attained\n      }\n      industries {\n        count\n        min\n        max\n        attained\n      }\n    }\n    ledgerSubmissions(campaignId: $campaignId) {\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n": typeof types.DashboardCityFiguresDocument,
    "\n  query DashboardManagement($campaignId: ID!, $asOf: Date) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        name\n      }\n    }\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      deadline\n      outcome\n      overdue\n    }\n  }\n": typeof types.DashboardManagementDocument,
    "\n  query DashboardPlaqueCode($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n    }\n  }\n": typeof types.DashboardPlaqueCodeDocument,
    "\n  query DashboardPublicRecords($code: String!, $year: Int!) {\n    plaque(code: $code) {\n      name\n      status\n      revokedOn\n    }\n    honorRoll(year: $year) {\n      named {\n        tier\n        name\n        unitName\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        name\n      }\n    }\n  }\n": typeof types.DashboardPublicRecordsDocument,
    "\n  query DashboardObjections($id: ID!) {\n    honor(id: $id) {\n      objections {\n        id\n        reason\n        contact\n      }\n    }\n  }\n": typeof types.DashboardObjectionsDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      weights {\n        masses\n        peers\n        leaders\n      }\n      publicityWorkingDays\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query CampaignByYear($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      year\n      name\n      version\n      publicityWorkingDays\n    }\n  }\n": typeof types.CampaignByYearDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      year\n      name\n      version\n      ledgerDueOn\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      version\n      publicityWorkingDays\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  query CampaignHonors($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {\n    honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tier\n          status\n          plaqueNumber\n          batch\n          unit {\n            id\n            name\n          }\n          subject {\n            __typename\n            ... on Member {\n              id\n              name\n            }\n            ... on Team {\n              id\n              name\n            }\n            ... on Unit {\n              id\n              name\n            }\n            ... on Industry {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignHonorsDocument,
    "\n  query HonorDetail($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      version\n      overdue\n      campaign {\n        year\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        actor\n      }\n    }\n  }\n": typeof types.HonorDetailDocument,
    "\n  query UnitsWithHonors($campaignId: ID) {\n    units {\n      id\n      name\n      honors(campaignId: $campaignId) {\n        id\n        tier\n        status\n      }\n    }\n  }\n": typeof types.UnitsWithHonorsDocument,
    "\n  mutation DeclareHonor($input: DeclareHonorInput!) {\n    declareHonor(input: $input) {\n      id\n      tier\n      status\n      version\n      unit {\n        id\n      }\n      subject {\n        __typename\n        ... on Member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeclareHonorDocument,
    "\n  mutation TransitionHonor($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      events {\n        action\n        actor\n      }\n    }\n  }\n": typeof types.TransitionHonorDocument,
    "\n  query UnitsWithQuota($campaignId: ID!) {\n    units(includeExcluded: true) {\n      id\n      excluded\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n": typeof types.UnitsWithQuotaDocument,
    "\n  query LedgerSubmissions($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n      units {\n        unit {\n          id\n          code\n          name\n        }\n        status\n        onTime\n        late\n        submissionCount\n        latest {\n          id\n          submittedOn\n          onTime\n          contents {\n            posts\n            teams\n            units\n            named\n          }\n        }\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LedgerSubmissionsDocument,
    "\n  mutation SubmitLedger($campaignId: ID!, $unitId: ID) {\n    submitLedger(campaignId: $campaignId, unitId: $unitId) {\n      id\n      submittedOn\n      onTime\n      late\n      unit {\n        id\n        name\n      }\n      contents {\n        posts\n        teams\n        units\n        named\n      }\n    }\n  }\n": typeof types.SubmitLedgerDocument,
    "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      campaign { year }\n      participatingUnits\n      posts { count target ratio attained unitsAttaining }\n      teams { count target ratio attained unitsAttaining }\n      units { count target ratio attained }\n      industries { count target ratio attained min max }\n    }\n  }\n": typeof types.CityAttainmentDocument,
    "\n  query CityManagementActions($campaignId: ID!, $unitId: ID) {\n    managementActions(campaignId: $campaignId, unitId: $unitId) {\n      action\n      month\n      count\n      unitId\n      unit { id name industry { name } }\n    }\n  }\n": typeof types.CityManagementActionsDocument,
    "\n  query CityHonorCounts($campaignId: ID!) {\n    honorCounts(campaignId: $campaignId) {\n      unitId\n      unit { name industry { name } }\n      tier\n      status\n      count\n    }\n  }\n": typeof types.CityHonorCountsDocument,
    "\n  query CityRectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      unit { name industry { name } }\n      honor { id status plaqueNumber batch subject { __typename ... on Member { name } ... on Team { name } ... on Unit { name } ... on Industry { name } } }\n    }\n  }\n": typeof types.CityRectificationsDocument,
};
const documents: Documents = {
    "\n  query UnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n": types.UnitQuotaDocument,
    "\n  mutation Step($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      publicityStartsOn\n      publicityEndsOn\n      plaqueNumber\n      batch\n      namedOn\n      events {\n        action\n        fromStatus\n        toStatus\n      }\n    }\n  }\n": types.StepDocument,
    "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n": types.LodgeObjectionDocument,
    "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      resolved\n      upheld\n      finding\n    }\n  }\n": types.ResolveObjectionDocument,
    "\n  query HonorObjections($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      objections {\n        id\n        reason\n        contact\n        resolved\n        upheld\n      }\n    }\n  }\n": types.HonorObjectionsDocument,
    "\n  query UnitHonorObjections($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      honors(campaignId: $campaignId) {\n        id\n        objections {\n          id\n        }\n      }\n    }\n  }\n": types.UnitHonorObjectionsDocument,
    "\n  query PlaqueByCode($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n": types.PlaqueByCodeDocument,
    "\n  query PlaqueQr($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n      url\n      svg\n    }\n  }\n": types.PlaqueQrDocument,
    "\n  query HolidaySchedules {\n    holidaySchedules {\n      year\n      source\n    }\n  }\n": types.HolidaySchedulesDocument,
    "\n  mutation AddHolidaySchedule($input: AddHolidayScheduleInput!) {\n    addHolidaySchedule(input: $input) {\n      year\n      source\n    }\n  }\n": types.AddHolidayScheduleDocument,
    "\n  query UnitsDirectory($includeExcluded: Boolean) {\n    units(includeExcluded: $includeExcluded) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      industry {\n        id\n        name\n      }\n    }\n  }\n": types.UnitsDirectoryDocument,
    "\n  query UnitWithTeams($id: ID!) {\n    unit(id: $id) {\n      id\n      name\n      version\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.UnitWithTeamsDocument,
    "\n  query Industries {\n    industries {\n      id\n      code\n      name\n      units {\n        code\n      }\n    }\n  }\n": types.IndustriesDocument,
    "\n  mutation CreateIndustry($input: CreateIndustryInput!) {\n    createIndustry(input: $input) {\n      id\n      code\n      name\n      version\n    }\n  }\n": types.CreateIndustryDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      id\n      code\n      name\n      excluded\n      version\n      industry {\n        name\n      }\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($input: UpdateUnitInput!) {\n    updateUnit(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  query UnitsWithMemberCounts {\n    units {\n      name\n      partyMemberCount\n      teams {\n        name\n        memberCount\n      }\n    }\n  }\n": types.UnitsWithMemberCountsDocument,
    "\n  query UnitMemberCounts {\n    units {\n      id\n      partyMemberCount\n    }\n  }\n": types.UnitMemberCountsDocument,
    "\n  query UnitMembers($unitId: ID, $search: String, $first: Int!, $after: String) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate\n          phone\n          version\n          unit {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UnitMembersDocument,
    "\n  query MemberDetail($id: ID!, $year: Int) {\n    member(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      activities(year: $year) {\n        type\n        date\n        hours\n        title\n      }\n    }\n  }\n": types.MemberDetailDocument,
    "\n  query UnitMemberPhones($id: ID!) {\n    unit(id: $id) {\n      id\n      partyMemberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            phone\n          }\n        }\n      }\n    }\n  }\n": types.UnitMemberPhonesDocument,
    "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      phone\n      version\n      team {\n        name\n      }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      phone\n      version\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n": types.TransferMemberDocument,
    "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      type\n      date\n      hours\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.RecordActivityDocument,
    "\n  query UnitActivityTotals($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n": types.UnitActivityTotalsDocument,
    "\n  query ExportRoster($unitId: ID!) {\n    exportRoster(unitId: $unitId) {\n      filename\n      contentType\n      contentBase64\n      rows\n    }\n  }\n": types.ExportRosterDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        row\n        column\n        cell\n        message\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query DashboardUnitFacts {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.DashboardUnitFactsDocument,
    "\n  query DashboardUnitActivity($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      teams {\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n      }\n    }\n  }\n": types.DashboardUnitActivityDocument,
    "\n  query DashboardCampaign($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n    }\n  }\n": types.DashboardCampaignDocument,
    "\n  query DashboardUnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n": types.DashboardUnitQuotaDocument,
    "\n  query DashboardPublicity($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n        }\n      }\n    }\n  }\n": types.DashboardPublicityDocument,
    "\n  query DashboardCityFigures($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      units {\n        count\n        target\n        attained\n      }\n      industries {\n        count\n        min\n        max\n        attained\n      }\n    }\n    ledgerSubmissions(campaignId: $campaignId) {\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n": types.DashboardCityFiguresDocument,
    "\n  query DashboardManagement($campaignId: ID!, $asOf: Date) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        name\n      }\n    }\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      deadline\n      outcome\n      overdue\n    }\n  }\n": types.DashboardManagementDocument,
    "\n  query DashboardPlaqueCode($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n    }\n  }\n": types.DashboardPlaqueCodeDocument,
    "\n  query DashboardPublicRecords($code: String!, $year: Int!) {\n    plaque(code: $code) {\n      name\n      status\n      revokedOn\n    }\n    honorRoll(year: $year) {\n      named {\n        tier\n        name\n        unitName\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        name\n      }\n    }\n  }\n": types.DashboardPublicRecordsDocument,
    "\n  query DashboardObjections($id: ID!) {\n    honor(id: $id) {\n      objections {\n        id\n        reason\n        contact\n      }\n    }\n  }\n": types.DashboardObjectionsDocument,
    "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      weights {\n        masses\n        peers\n        leaders\n      }\n      publicityWorkingDays\n    }\n  }\n": types.CampaignsDocument,
    "\n  query CampaignByYear($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      year\n      name\n      version\n      publicityWorkingDays\n    }\n  }\n": types.CampaignByYearDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      year\n      name\n      version\n      ledgerDueOn\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      version\n      publicityWorkingDays\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  query CampaignHonors($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {\n    honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tier\n          status\n          plaqueNumber\n          batch\n          unit {\n            id\n            name\n          }\n          subject {\n            __typename\n            ... on Member {\n              id\n              name\n            }\n            ... on Team {\n              id\n              name\n            }\n            ... on Unit {\n              id\n              name\n            }\n            ... on Industry {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CampaignHonorsDocument,
    "\n  query HonorDetail($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      version\n      overdue\n      campaign {\n        year\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        actor\n      }\n    }\n  }\n": types.HonorDetailDocument,
    "\n  query UnitsWithHonors($campaignId: ID) {\n    units {\n      id\n      name\n      honors(campaignId: $campaignId) {\n        id\n        tier\n        status\n      }\n    }\n  }\n": types.UnitsWithHonorsDocument,
    "\n  mutation DeclareHonor($input: DeclareHonorInput!) {\n    declareHonor(input: $input) {\n      id\n      tier\n      status\n      version\n      unit {\n        id\n      }\n      subject {\n        __typename\n        ... on Member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeclareHonorDocument,
    "\n  mutation TransitionHonor($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      events {\n        action\n        actor\n      }\n    }\n  }\n": types.TransitionHonorDocument,
    "\n  query UnitsWithQuota($campaignId: ID!) {\n    units(includeExcluded: true) {\n      id\n      excluded\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n": types.UnitsWithQuotaDocument,
    "\n  query LedgerSubmissions($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n      units {\n        unit {\n          id\n          code\n          name\n        }\n        status\n        onTime\n        late\n        submissionCount\n        latest {\n          id\n          submittedOn\n          onTime\n          contents {\n            posts\n            teams\n            units\n            named\n          }\n        }\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n": types.LedgerSubmissionsDocument,
    "\n  mutation SubmitLedger($campaignId: ID!, $unitId: ID) {\n    submitLedger(campaignId: $campaignId, unitId: $unitId) {\n      id\n      submittedOn\n      onTime\n      late\n      unit {\n        id\n        name\n      }\n      contents {\n        posts\n        teams\n        units\n        named\n      }\n    }\n  }\n": types.SubmitLedgerDocument,
    "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      campaign { year }\n      participatingUnits\n      posts { count target ratio attained unitsAttaining }\n      teams { count target ratio attained unitsAttaining }\n      units { count target ratio attained }\n      industries { count target ratio attained min max }\n    }\n  }\n": types.CityAttainmentDocument,
    "\n  query CityManagementActions($campaignId: ID!, $unitId: ID) {\n    managementActions(campaignId: $campaignId, unitId: $unitId) {\n      action\n      month\n      count\n      unitId\n      unit { id name industry { name } }\n    }\n  }\n": types.CityManagementActionsDocument,
    "\n  query CityHonorCounts($campaignId: ID!) {\n    honorCounts(campaignId: $campaignId) {\n      unitId\n      unit { name industry { name } }\n      tier\n      status\n      count\n    }\n  }\n": types.CityHonorCountsDocument,
    "\n  query CityRectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      unit { name industry { name } }\n      honor { id status plaqueNumber batch subject { __typename ... on Member { name } ... on Team { name } ... on Unit { name } ... on Industry { name } } }\n    }\n  }\n": types.CityRectificationsDocument,
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
export function graphql(source: "\n  query UnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Step($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      publicityStartsOn\n      publicityEndsOn\n      plaqueNumber\n      batch\n      namedOn\n      events {\n        action\n        fromStatus\n        toStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Step($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      publicityStartsOn\n      publicityEndsOn\n      plaqueNumber\n      batch\n      namedOn\n      events {\n        action\n        fromStatus\n        toStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation LodgeObjection($input: LodgeObjectionInput!) {\n    lodgeObjection(input: $input) {\n      id\n      lodgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      resolved\n      upheld\n      finding\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveObjection($input: ResolveObjectionInput!) {\n    resolveObjection(input: $input) {\n      id\n      resolved\n      upheld\n      finding\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonorObjections($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      objections {\n        id\n        reason\n        contact\n        resolved\n        upheld\n      }\n    }\n  }\n"): (typeof documents)["\n  query HonorObjections($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      objections {\n        id\n        reason\n        contact\n        resolved\n        upheld\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHonorObjections($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      honors(campaignId: $campaignId) {\n        id\n        objections {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitHonorObjections($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      honors(campaignId: $campaignId) {\n        id\n        objections {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaqueByCode($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n"): (typeof documents)["\n  query PlaqueByCode($code: String!) {\n    plaque(code: $code) {\n      name\n      unitName\n      tier\n      year\n      batch\n      namedOn\n      status\n      revokedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaqueQr($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n      url\n      svg\n    }\n  }\n"): (typeof documents)["\n  query PlaqueQr($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n      url\n      svg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HolidaySchedules {\n    holidaySchedules {\n      year\n      source\n    }\n  }\n"): (typeof documents)["\n  query HolidaySchedules {\n    holidaySchedules {\n      year\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHolidaySchedule($input: AddHolidayScheduleInput!) {\n    addHolidaySchedule(input: $input) {\n      year\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation AddHolidaySchedule($input: AddHolidayScheduleInput!) {\n    addHolidaySchedule(input: $input) {\n      year\n      source\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsWithMemberCounts {\n    units {\n      name\n      partyMemberCount\n      teams {\n        name\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsWithMemberCounts {\n    units {\n      name\n      partyMemberCount\n      teams {\n        name\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMemberCounts {\n    units {\n      id\n      partyMemberCount\n    }\n  }\n"): (typeof documents)["\n  query UnitMemberCounts {\n    units {\n      id\n      partyMemberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMembers($unitId: ID, $search: String, $first: Int!, $after: String) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate\n          phone\n          version\n          unit {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitMembers($unitId: ID, $search: String, $first: Int!, $after: String) {\n    members(unitId: $unitId, search: $search, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          position\n          status\n          joinedPartyOn\n          birthDate\n          phone\n          version\n          unit {\n            id\n            name\n          }\n          team {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDetail($id: ID!, $year: Int) {\n    member(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      activities(year: $year) {\n        type\n        date\n        hours\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDetail($id: ID!, $year: Int) {\n    member(id: $id) {\n      id\n      name\n      phone\n      birthDate\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      activities(year: $year) {\n        type\n        date\n        hours\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitMemberPhones($id: ID!) {\n    unit(id: $id) {\n      id\n      partyMemberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            phone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitMemberPhones($id: ID!) {\n    unit(id: $id) {\n      id\n      partyMemberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            phone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      phone\n      version\n      team {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: CreateMemberInput!) {\n    createMember(input: $input) {\n      id\n      name\n      phone\n      version\n      team {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      phone\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      id\n      phone\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferMember($input: TransferMemberInput!) {\n    transferMember(input: $input) {\n      id\n      version\n      unit {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      type\n      date\n      hours\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordActivity($input: RecordActivityInput!) {\n    recordActivity(input: $input) {\n      id\n      type\n      date\n      hours\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitActivityTotals($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitActivityTotals($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n        members\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRoster($unitId: ID!) {\n    exportRoster(unitId: $unitId) {\n      filename\n      contentType\n      contentBase64\n      rows\n    }\n  }\n"): (typeof documents)["\n  query ExportRoster($unitId: ID!) {\n    exportRoster(unitId: $unitId) {\n      filename\n      contentType\n      contentBase64\n      rows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        row\n        column\n        cell\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      applied\n      created\n      updated\n      unchanged\n      errors {\n        row\n        column\n        cell\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardUnitFacts {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardUnitFacts {\n    units(includeExcluded: true) {\n      id\n      code\n      name\n      excluded\n      teamCount\n      partyMemberCount\n      industry {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardUnitActivity($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      teams {\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardUnitActivity($id: ID!, $year: Int!) {\n    unit(id: $id) {\n      id\n      teams {\n        name\n        memberCount\n      }\n      activityTotals(year: $year) {\n        type\n        month\n        count\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCampaign($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n    }\n  }\n"): (typeof documents)["\n  query DashboardCampaign($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardUnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardUnitQuota($id: ID!, $campaignId: ID!) {\n    unit(id: $id) {\n      id\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          ratio\n          attained\n        }\n        teamQuota {\n          count\n          target\n          ratio\n          attained\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPublicity($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPublicity($campaignId: ID!, $after: String) {\n    honors(campaignId: $campaignId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          publicityStartsOn\n          publicityEndsOn\n          namedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCityFigures($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      units {\n        count\n        target\n        attained\n      }\n      industries {\n        count\n        min\n        max\n        attained\n      }\n    }\n    ledgerSubmissions(campaignId: $campaignId) {\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardCityFigures($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      participatingUnits\n      units {\n        count\n        target\n        attained\n      }\n      industries {\n        count\n        min\n        max\n        attained\n      }\n    }\n    ledgerSubmissions(campaignId: $campaignId) {\n      onTimeCount\n      lateCount\n      missingCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardManagement($campaignId: ID!, $asOf: Date) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        name\n      }\n    }\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      deadline\n      outcome\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query DashboardManagement($campaignId: ID!, $asOf: Date) {\n    managementActions(campaignId: $campaignId) {\n      action\n      month\n      count\n      unitId\n      unit {\n        name\n      }\n    }\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      unitId\n      deadline\n      outcome\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPlaqueCode($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n    }\n  }\n"): (typeof documents)["\n  query DashboardPlaqueCode($honorId: ID!) {\n    plaqueQr(honorId: $honorId) {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPublicRecords($code: String!, $year: Int!) {\n    plaque(code: $code) {\n      name\n      status\n      revokedOn\n    }\n    honorRoll(year: $year) {\n      named {\n        tier\n        name\n        unitName\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardPublicRecords($code: String!, $year: Int!) {\n    plaque(code: $code) {\n      name\n      status\n      revokedOn\n    }\n    honorRoll(year: $year) {\n      named {\n        tier\n        name\n        unitName\n        status\n        verificationCode\n      }\n      publicizing {\n        honorId\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardObjections($id: ID!) {\n    honor(id: $id) {\n      objections {\n        id\n        reason\n        contact\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardObjections($id: ID!) {\n    honor(id: $id) {\n      objections {\n        id\n        reason\n        contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      weights {\n        masses\n        peers\n        leaders\n      }\n      publicityWorkingDays\n    }\n  }\n"): (typeof documents)["\n  query Campaigns {\n    campaigns {\n      id\n      year\n      name\n      phases {\n        name\n        startsOn\n        endsOn\n      }\n      ledgerDueOn\n      firstBatchBy\n      postRatio\n      teamRatio\n      unitRatio\n      industryMin\n      industryMax\n      weights {\n        masses\n        peers\n        leaders\n      }\n      publicityWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignByYear($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      year\n      name\n      version\n      publicityWorkingDays\n    }\n  }\n"): (typeof documents)["\n  query CampaignByYear($year: Int!) {\n    campaignByYear(year: $year) {\n      id\n      year\n      name\n      version\n      publicityWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      year\n      name\n      version\n      ledgerDueOn\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      id\n      year\n      name\n      version\n      ledgerDueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      version\n      publicityWorkingDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($input: UpdateCampaignInput!) {\n    updateCampaign(input: $input) {\n      id\n      version\n      publicityWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignHonors($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {\n    honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tier\n          status\n          plaqueNumber\n          batch\n          unit {\n            id\n            name\n          }\n          subject {\n            __typename\n            ... on Member {\n              id\n              name\n            }\n            ... on Team {\n              id\n              name\n            }\n            ... on Unit {\n              id\n              name\n            }\n            ... on Industry {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignHonors($campaignId: ID!, $tier: HonorTier, $status: HonorStatus, $unitId: ID, $first: Int, $after: String) {\n    honors(campaignId: $campaignId, tier: $tier, status: $status, unitId: $unitId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          tier\n          status\n          plaqueNumber\n          batch\n          unit {\n            id\n            name\n          }\n          subject {\n            __typename\n            ... on Member {\n              id\n              name\n            }\n            ... on Team {\n              id\n              name\n            }\n            ... on Unit {\n              id\n              name\n            }\n            ... on Industry {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HonorDetail($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      version\n      overdue\n      campaign {\n        year\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        actor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HonorDetail($id: ID!) {\n    honor(id: $id) {\n      id\n      status\n      version\n      overdue\n      campaign {\n        year\n      }\n      events {\n        action\n        fromStatus\n        toStatus\n        actor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsWithHonors($campaignId: ID) {\n    units {\n      id\n      name\n      honors(campaignId: $campaignId) {\n        id\n        tier\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsWithHonors($campaignId: ID) {\n    units {\n      id\n      name\n      honors(campaignId: $campaignId) {\n        id\n        tier\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareHonor($input: DeclareHonorInput!) {\n    declareHonor(input: $input) {\n      id\n      tier\n      status\n      version\n      unit {\n        id\n      }\n      subject {\n        __typename\n        ... on Member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareHonor($input: DeclareHonorInput!) {\n    declareHonor(input: $input) {\n      id\n      tier\n      status\n      version\n      unit {\n        id\n      }\n      subject {\n        __typename\n        ... on Member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionHonor($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      events {\n        action\n        actor\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionHonor($input: TransitionHonorInput!) {\n    transitionHonor(input: $input) {\n      id\n      status\n      version\n      events {\n        action\n        actor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsWithQuota($campaignId: ID!) {\n    units(includeExcluded: true) {\n      id\n      excluded\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsWithQuota($campaignId: ID!) {\n    units(includeExcluded: true) {\n      id\n      excluded\n      quota(campaignId: $campaignId) {\n        partyMembers\n        teams\n        posts {\n          count\n          target\n          attained\n        }\n        teamQuota {\n          count\n          target\n          attained\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerSubmissions($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n      units {\n        unit {\n          id\n          code\n          name\n        }\n        status\n        onTime\n        late\n        submissionCount\n        latest {\n          id\n          submittedOn\n          onTime\n          contents {\n            posts\n            teams\n            units\n            named\n          }\n        }\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerSubmissions($campaignId: ID!) {\n    ledgerSubmissions(campaignId: $campaignId) {\n      dueOn\n      participatingCount\n      onTimeCount\n      lateCount\n      missingCount\n      units {\n        unit {\n          id\n          code\n          name\n        }\n        status\n        onTime\n        late\n        submissionCount\n        latest {\n          id\n          submittedOn\n          onTime\n          contents {\n            posts\n            teams\n            units\n            named\n          }\n        }\n      }\n      missing {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLedger($campaignId: ID!, $unitId: ID) {\n    submitLedger(campaignId: $campaignId, unitId: $unitId) {\n      id\n      submittedOn\n      onTime\n      late\n      unit {\n        id\n        name\n      }\n      contents {\n        posts\n        teams\n        units\n        named\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLedger($campaignId: ID!, $unitId: ID) {\n    submitLedger(campaignId: $campaignId, unitId: $unitId) {\n      id\n      submittedOn\n      onTime\n      late\n      unit {\n        id\n        name\n      }\n      contents {\n        posts\n        teams\n        units\n        named\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      campaign { year }\n      participatingUnits\n      posts { count target ratio attained unitsAttaining }\n      teams { count target ratio attained unitsAttaining }\n      units { count target ratio attained }\n      industries { count target ratio attained min max }\n    }\n  }\n"): (typeof documents)["\n  query CityAttainment($campaignId: ID!) {\n    quotaAttainment(campaignId: $campaignId) {\n      campaign { year }\n      participatingUnits\n      posts { count target ratio attained unitsAttaining }\n      teams { count target ratio attained unitsAttaining }\n      units { count target ratio attained }\n      industries { count target ratio attained min max }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityManagementActions($campaignId: ID!, $unitId: ID) {\n    managementActions(campaignId: $campaignId, unitId: $unitId) {\n      action\n      month\n      count\n      unitId\n      unit { id name industry { name } }\n    }\n  }\n"): (typeof documents)["\n  query CityManagementActions($campaignId: ID!, $unitId: ID) {\n    managementActions(campaignId: $campaignId, unitId: $unitId) {\n      action\n      month\n      count\n      unitId\n      unit { id name industry { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityHonorCounts($campaignId: ID!) {\n    honorCounts(campaignId: $campaignId) {\n      unitId\n      unit { name industry { name } }\n      tier\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query CityHonorCounts($campaignId: ID!) {\n    honorCounts(campaignId: $campaignId) {\n      unitId\n      unit { name industry { name } }\n      tier\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityRectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      unit { name industry { name } }\n      honor { id status plaqueNumber batch subject { __typename ... on Member { name } ... on Team { name } ... on Unit { name } ... on Industry { name } } }\n    }\n  }\n"): (typeof documents)["\n  query CityRectifications($campaignId: ID!, $asOf: Date) {\n    rectifications(campaignId: $campaignId, asOf: $asOf) {\n      honorId\n      tier\n      reason\n      orderedOn\n      deadline\n      outcome\n      closedBy\n      closedOn\n      overdue\n      unit { name industry { name } }\n      honor { id status plaqueNumber batch subject { __typename ... on Member { name } ... on Team { name } ... on Unit { name } ... on Industry { name } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;