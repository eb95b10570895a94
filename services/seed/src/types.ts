import type { ActivityType } from './names.js';

export type { ActivityType };

/** 行业/系统 — a group of related units, e.g. IND-01 发展改革系统. */
export interface SeedIndustry {
  id: string;
  code: string;
  name: string;
}

/** 部门/单位. Excluded units belong to systems that run their own demonstration action. */
export interface SeedUnit {
  id: string;
  code: string;
  name: string;
  industryId: string;
  excluded: boolean;
}

/** 内设团队 — an internal office, section or Party branch of a unit. */
export interface SeedTeam {
  id: string;
  unitId: string;
  name: string;
}

export interface SeedMember {
  id: string;
  unitId: string;
  teamId: string | null;
  name: string;
  gender: 'MALE' | 'FEMALE';
  /** YYYY-MM-DD */
  birthDate: string;
  /** YYYY-MM-DD */
  joinedPartyOn: string;
  status: 'FULL' | 'PROBATIONARY';
  /** 岗位/职务 */
  position: string;
  /** 11-digit mainland mobile number, unique within a data set. */
  phone: string;
}

export interface SeedActivity {
  id: string;
  memberId: string;
  type: ActivityType;
  /** YYYY-MM-DD */
  date: string;
  /** 1–8 in steps of 0.5 */
  hours: number;
  title: string;
  description: string;
}

export interface SeedData {
  industries: SeedIndustry[];
  units: SeedUnit[];
  teams: SeedTeam[];
  members: SeedMember[];
  activities: SeedActivity[];
}

export interface SeedOptions {
  /** Default 2016. */
  seed?: number;
  /** Default 100. */
  units?: number;
  /** Average; the total is exactly round(units × membersPerUnit). Default 50. */
  membersPerUnit?: number;
  /** Campaign year; activities fall in May–November of it. Default 2016. */
  year?: number;
  /** Average; the total is exactly round(members × activitiesPerMember). Default 2. */
  activitiesPerMember?: number;
}
