// The report's words, zh-CN first (the report's default), English on request. Numbers in the text
// are written without group separators, shares with one decimal, so that a reader (and a test)
// finds each figure exactly as the gateway gave it.
import type { Lang } from './model/types.js';

export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** Whole numbers as digits; other numbers with one decimal at most. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10) / 10);
}

/** A share as a percentage with one decimal: 1.0394 → 103.9%. */
export function pct(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function day(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m! - 1]} ${y}`;
}

function monthOf(yyyyMm: string, lang: Lang): string {
  const [y, m] = yyyyMm.split('-').map(Number);
  return lang === 'zh' ? `${m}月` : `${MONTHS_EN[m! - 1]} ${y}`;
}

const zh = {
  lang: 'zh' as Lang,
  day: (iso: string) => day(iso, 'zh'),
  month: (yyyyMm: string) => monthOf(yyyyMm, 'zh'),
  sep: '、',
  colon: '：',
  semicolon: '；',
  stop: '。',
  todo: '【待撰写】',
  yes: '是',
  no: '否',
  none: '无',
  city: '全市',
  titleCity: (campaign: string) => `${campaign}自查总结`,
  titleUnit: (unit: string, campaign: string) => `${unit}${campaign}自查总结`,
  subtitle: (asOf: string) => `（初稿，数据截至${day(asOf, 'zh')}，由示范行动平台根据网关数据生成）`,
  scopeCity: (participating: number) => `范围：全市参加示范行动的${participating}个市直单位`,
  scopeUnit: (code: string, industry: string) => `范围：本单位（单位代码${code}，${industry}）`,
  sections: {
    basics: '一、基本情况',
    quota: '二、指标完成情况',
    naming: '三、命名情况',
    management: '四、动态管理情况',
    evaluation: '五、评议情况',
    ledger: '六、台账报送情况',
    examples: '七、典型示范',
    issues: '八、存在问题和下步打算',
  },
  sub: (n: number, text: string) => `（${'一二三四五六七八九十'[n - 1]}）${text}`,
  tiers: { POST: '示范岗', TEAM: '示范团队', UNIT: '示范单位', INDUSTRY: '示范行业' } as Record<string, string>,
  statuses: {
    DECLARED: '已申报', MASS_REVIEW: '群众评议', PUBLICIZING: '公示中', CONFIRMED: '组织确定', NAMED: '已命名',
    RECTIFYING: '整改中', REVOKED: '已撤销', REJECTED: '未通过', WITHDRAWN: '已撤回',
  } as Record<string, string>,
  actions: {
    COMMEND: '表彰奖励', ORDER_RECTIFICATION: '限期整改', PASS_RECTIFICATION: '整改合格', FAIL_RECTIFICATION: '整改不合格', REVOKE: '撤销命名',
  } as Record<string, string>,
  outcomes: { OPEN: '整改中', PASSED: '整改合格', FAILED: '整改不合格' } as Record<string, string>,
  ledgerStatus: { ON_TIME: '按时报送', LATE: '逾期报送', MISSING: '未报送' } as Record<string, string>,
  activityTypes: {
    POST_COMPETITION: '岗位竞赛', SKILL_CONTEST: '技能比武', VOLUNTEER_SERVICE: '双报到志愿服务', GRASSROOTS_VISIT: '走基层',
    POVERTY_PAIRING: '精准扶贫结对帮扶', PUBLIC_COMMITMENT: '亮承诺',
  } as Record<string, string>,
  // 一、基本情况
  basicsUnitsHeading: '参与单位',
  basicsCity: (b: { units: number; participating: number; excluded: number; industries: number; members: number; teams: number }) =>
    `全市共有市直单位${b.units}个，分属${b.industries}个系统，其中参加示范行动的单位${b.participating}个，政法、教育、卫计系统和国有企业等另行组织实施的单位${b.excluded}个。参加单位共有党员${b.members}名、团队（内设机构、党支部）${b.teams}个。`,
  basicsUnit: (name: string, industry: string, members: number, teams: number, excluded: boolean) =>
    `${name}属${industry}，共有党员${members}名、团队（内设机构、党支部）${teams}个。${excluded ? '本单位属另行组织实施的单位，不计入全市指标和排名。' : '本单位参加全市示范行动。'}`,
  timelineHeading: '工作进度',
  timeline: (phases: string, ledgerDueOn: string, firstBatchBy: string) =>
    `示范行动分${phases}等阶段推进，台账报送截止${day(ledgerDueOn, 'zh')}，首批命名在${day(firstBatchBy, 'zh')}（七一）前完成。`,
  phaseSpan: (name: string, from: string, to: string) => `${name}（${day(from, 'zh').slice(5)}至${day(to, 'zh').slice(5)}）`,
  activityHeading: '示范活动',
  activity: (count: number, hours: number, personTimes: number) =>
    `全年开展示范活动${count}次，累计${num(hours)}小时，参与党员${personTimes}人次。`,
  activityTop: (list: string) => `按类型分，${list}。`,
  activityTypeCount: (label: string, count: number, hours: number) => `${label}${count}次（${num(hours)}小时）`,
  noActivity: (year: number) => `${year}年度暂无示范活动记录。`,
  // 二、指标完成情况
  quotaIntro: (posts: string, teams: string, units: string, industries: string) =>
    `按照示范行动方案，示范岗申报数不低于各单位党员数的${posts}，示范团队申报数不低于各单位团队数的${teams}，示范单位命名数不低于参加单位数的${units}，示范行业命名${industries}个。`,
  quotaPosts: (q: { count: number; target: number; ratio: number; unitsAttaining: number }, participating: number) =>
    `示范岗：参加单位共申报${q.count}个，目标${q.target}个，完成率${pct(q.ratio)}；${q.unitsAttaining}个单位达到本单位目标，${participating - q.unitsAttaining}个单位未达到。`,
  quotaTeams: (q: { count: number; target: number; ratio: number; unitsAttaining: number }, participating: number) =>
    `示范团队：参加单位共申报${q.count}个，目标${q.target}个，完成率${pct(q.ratio)}；${q.unitsAttaining}个单位达到本单位目标，${participating - q.unitsAttaining}个单位未达到。`,
  quotaUnits: (q: { count: number; target: number; ratio: number; attained: boolean }) =>
    `示范单位：已命名${q.count}个，目标${q.target}个，完成率${pct(q.ratio)}，${q.attained ? '已完成' : '未完成'}。`,
  quotaIndustries: (q: { count: number; min: number; max: number; attained: boolean }) =>
    `示范行业：已命名${q.count}个，要求${q.min}至${q.max}个，${q.attained ? '已完成' : '未完成'}。`,
  quotaUnitPosts: (c: number, t: number, r: number, members: number, attained: boolean) =>
    `示范岗：本单位党员${members}名，申报${c}个，目标${t}个，完成率${pct(r)}，${attained ? '已达标' : `未达标，尚差${t - c}个`}。`,
  quotaUnitTeams: (c: number, t: number, r: number, teams: number, attained: boolean) =>
    `示范团队：本单位团队${teams}个，申报${c}个，目标${t}个，完成率${pct(r)}，${attained ? '已达标' : `未达标，尚差${t - c}个`}。`,
  quotaUnitNamed: (named: boolean): string => (named ? '本单位已被命名为示范单位。' : '本单位本年度未被命名为示范单位。'),
  quotaExcluded: '本单位另行组织实施示范行动，不承担全市示范岗、示范团队申报指标。',
  quotaNote: '“申报”指除未通过、已撤回、已撤销以外的申报；“命名”含整改中的。合计目标为各单位目标之和；“完成”要求每个参加单位都达到本单位目标，一个单位的超额不抵另一个单位的不足。',
  shortHeading: '未完成指标的单位',
  shortCount: (n: number, posts: number, teams: number) => `共有${n}个单位未完成申报指标，其中示范岗未达标${posts}个、示范团队未达标${teams}个，具体如下：`,
  shortNone: '各参加单位均已完成示范岗、示范团队申报指标。',
  shortBrief: (unit: string, posts: number, teams: number) => `${unit}（${[posts ? `示范岗差${posts}个` : '', teams ? `示范团队差${teams}个` : ''].filter(Boolean).join('、')}）`,
  // 三、命名情况
  namingTotals: (total: number, declared: number, named: number, inProgress: number) =>
    `全年共受理申报${total}个，其中有效申报${declared}个；已命名（含整改中）${named}个，仍在评议、公示或确定程序中的${inProgress}个。`,
  namingTier: (label: string, t: { total: number; named: number; rejected: number; withdrawn: number; revoked: number }) =>
    `${label}申报${t.total}个，命名${t.named}个，未通过${t.rejected}个，撤回${t.withdrawn}个，撤销${t.revoked}个`,
  batchesHeading: '命名批次',
  batchLine: (name: string, from: string, to: string, total: number, byTier: string) =>
    `${name}于${from === to ? day(from, 'zh') : `${day(from, 'zh')}至${day(to, 'zh')}`}命名${total}个（${byTier}）`,
  firstBatchOk: (name: string, on: string, by: string) => `首批（${name}）于${day(on, 'zh')}前全部命名，按要求在${day(by, 'zh')}（七一）前完成。`,
  firstBatchLate: (name: string, on: string, by: string) => `首批（${name}）最后一个命名于${day(on, 'zh')}，晚于${day(by, 'zh')}（七一）的要求。`,
  noBatch: (by: string) => `本年度尚无命名，${day(by, 'zh')}（七一）前首批命名的要求未完成。`,
  batchNote: '按命名批次统计本年度命名的全部对象，含此后被限期整改或撤销命名的。',
  noBatchName: '未注明批次',
  // 四、动态管理情况
  managementTotals: (t: Record<string, number>) =>
    `全年表彰奖励${t.COMMEND}次，责令限期整改${t.ORDER_RECTIFICATION}个，整改合格${t.PASS_RECTIFICATION}个、不合格${t.FAIL_RECTIFICATION}个，撤销命名${t.REVOKE}个。`,
  rectHeading: '限期整改',
  rectSummary: (all: number, passed: number, failed: number, open: number, overdue: number, asOf: string) =>
    `截至${day(asOf, 'zh')}，共责令限期整改${all}个，整改合格${passed}个，不合格${failed}个，正在整改${open}个，其中逾期未整改${overdue}个。`,
  rectNone: '本年度未责令限期整改。',
  overdueItem: (subject: string, unit: string, deadline: string) => `${unit}${subject}，整改期限${day(deadline, 'zh')}，逾期未完成整改`,
  commendHeading: '表彰奖励',
  commendNone: '本年度未进行表彰奖励。',
  commendLine: (n: number, perTier: string) => `全年表彰奖励${n}次，其中${perTier}。`,
  tierCount: (tier: string, n: number) => `${tier}${n}个`,
  revokeHeading: '撤销命名',
  revokeNone: '本年度未撤销命名。',
  revokeLine: (list: string) => `被撤销命名的有：${list}。`,
  revokeItem: (unit: string, subject: string, tier: string, on: string, failed: boolean) =>
    `${unit}${subject}（${tier}，${day(on, 'zh')}${failed ? '，整改不合格' : ''}）`,
  // 五、评议情况
  evaluationMissing: (year: number) =>
    `${year}年度评议数据（评议汇总、评议趋势、满意率）目前不能从平台网关获取，本节暂无数据；待评议数据可用后重新生成本报告。`,
  evaluationNone: (year: number) => `${year}年度未组织评议，本节暂无数据。`,
  roundKinds: { MASS_REVIEW: '群众评议', MID_YEAR_REVIEW: '年中评议', YEAR_END_ASSESSMENT: '年终考核' } as Record<string, string>,
  evaluatorKinds: { MASSES: '群众评议', PEERS: '党员互评', LEADERS: '领导点评' } as Record<string, string>,
  grades: { EXCELLENT: '优秀', GOOD: '良好', FAIR: '一般', POOR: '差' } as Record<string, string>,
  evaluationRounds: (n: number, names: string) => `本年度共组织评议${n}轮：${names}。`,
  trendHeading: '评议趋势',
  yearHeading: '年度对比',
  kindsHeading: '按评议主体',
  evaluationYear: (year: number, count: number, score: string, grade: string, rate: string) =>
    `${year}年共收到评议${count}份，加权平均得分${score}分（${grade}），群众满意率${rate}。`,
  evaluationCompare: (prev: number, dScore: number, dRate: number | null) =>
    `与${prev}年相比，加权平均得分${dScore >= 0 ? '提高' : '降低'}${Math.abs(dScore).toFixed(2)}分${dRate === null ? '' : `，满意率${dRate >= 0 ? '提高' : '降低'}${num(Math.abs(dRate))}个百分点`}。`,
  evaluationNoPrev: (prev: number) => `${prev}年无评议数据，不作对比。`,
  evaluationKinds: (round: string, list: string) => `${round}中，${list}。`,
  kindShare: (kind: string, total: number, share: string) => `${kind}${total}份、80分以上占${share}`,
  examplesGraded: (round: string) => `以下列出在${round}中得分最高的示范岗和示范团队及其示范活动。`,
  gradedAs: (round: string, score: string, grade: string) => `，${round}得分${score}（${grade}）`,
  issueLow: (n: number, round: string, list: string) => `${n}个已命名对象在${round}中评为一般或差：${list}。`,
  issueLowNone: (round: string) => `已命名对象在${round}中均评为良好以上。`,
  // 六、台账报送
  ledgerCity: (f: { dueOn: string; participating: number; onTime: number; late: number; missing: number }) =>
    `台账报送截止${day(f.dueOn, 'zh')}。${f.participating}个参加单位中，按时报送${f.onTime}个，逾期报送${f.late}个，未报送${f.missing}个。`,
  ledgerUnit: (status: string, first: string | null, count: number, dueOn: string): string =>
    status === 'MISSING'
      ? `本单位尚未报送台账（截止${day(dueOn, 'zh')}）。`
      : `本单位于${day(first!, 'zh')}首次报送台账，${status === 'ON_TIME' ? '按时' : `晚于${day(dueOn, 'zh')}的截止日期`}，共报送${count}次。`,
  ledgerNone: '本年度台账报送情况无法获取。',
  ledgerLateHeading: '逾期和未报送的单位',
  // 七、典型示范
  examplesIntro: '评议等次数据暂不能从平台网关获取，以下列出本年度受到表彰奖励的示范岗和示范团队及其示范活动。',
  examplesNone: '本年度没有受到表彰奖励的示范岗和示范团队；评议等次数据暂不能获取，典型示范待评议数据可用后补充。',
  exampleLine: (subject: string, unit: string, tier: string, plaque: string | null, count: number, hours: number, titles: string, graded = '') =>
    `${unit}${subject}（${tier}${plaque ? `，牌匾编号${plaque}` : ''}）${graded ? graded.slice(1) + '；' : '：'}全年开展示范活动${count}次、${num(hours)}小时${titles ? `，主要有${titles}` : ''}。`,
  // 八、存在问题和下步打算
  issuesHeading: '存在问题',
  issuesIntro: '根据平台数据，以下情况需要在总结中分析说明：',
  issueShort: (n: number, list: string) => `${n}个单位未完成申报指标：${list}。`,
  issueShortNone: '各参加单位均完成了申报指标。',
  issueOverdue: (n: number, list: string) => `${n}个限期整改逾期未完成：${list}。`,
  issueOverdueNone: '无逾期未完成的限期整改。',
  issueMissing: (n: number, list: string) => `${n}个单位未报送台账：${list}。`,
  issueLate: (n: number) => `${n}个单位逾期报送台账。`,
  issueMissingNone: '各参加单位均已报送台账。',
  issueFirstBatch: '首批命名未在七一前完成。',
  issueGrades: '评议等次偏低的对象：评议数据暂不能获取，待补充。',
  issuesTodo: '结合上述情况，分析存在问题的原因。',
  plansHeading: '下步打算',
  plansTodo: '提出下一年度的工作打算和改进措施。',
  // Tables
  t: {
    item: '指标', count: '完成数', target: '目标', ratio: '完成率', attained: '是否完成', unitsAttaining: '达标单位数',
    unit: '单位', unitCode: '单位代码', industry: '所属系统', members: '党员数', teams: '团队数',
    postsCount: '示范岗申报', postsTarget: '示范岗目标', postsRatio: '示范岗完成率', postsAttained: '示范岗达标', postsLack: '示范岗差额',
    teamsCount: '示范团队申报', teamsTarget: '示范团队目标', teamsRatio: '示范团队完成率', teamsAttained: '示范团队达标', teamsLack: '示范团队差额',
    namedUnit: '命名为示范单位',
    tier: '层级', total: '申报总数', declared: '有效申报', inProgress: '程序中', named: '已命名', rectifying: '其中整改中', rejected: '未通过', withdrawn: '撤回', revoked: '撤销',
    batch: '批次', firstNamedOn: '命名开始', lastNamedOn: '命名结束', byFirstBatchDay: '七一前完成', sum: '合计',
    type: '活动类型', activities: '活动次数', hours: '时长（小时）',
    subject: '对象', reason: '整改原因', orderedOn: '下达日期', deadline: '整改期限', outcome: '结果', closedOn: '办结日期', overdue: '是否逾期',
    status: '状态', declaredOn: '申报日期', publicityStartsOn: '公示开始', publicityEndsOn: '公示结束', namedOn: '命名日期', plaque: '牌匾编号', rectificationDeadline: '整改期限',
    grade: '评议等次', score: '评议得分', position: '岗位/职务', team: '所在团队',
    ledgerStatus: '报送情况', firstSubmittedOn: '首次报送日期', latestSubmittedAt: '最近报送时间', submissions: '报送次数', submittedBy: '报送账号',
    ledgerPosts: '台账示范岗', ledgerTeams: '台账示范团队', ledgerUnits: '台账示范单位', ledgerNamed: '台账已命名',
    month: '月份', action: '动态管理', closedBy: '办结方式', commendedOn: '表彰日期',
    round: '评议轮次', roundKind: '类型', opensOn: '开始', closesOn: '结束', evaluations: '评议份数', weightedScore: '加权得分', massesCount: '群众评议份数', satisfaction: '满意率', year: '年度', evaluator: '评议主体', above80: '80分以上占比',
  },
  tables: {
    quota: '指标完成情况',
    short: '未完成指标的单位',
    activityTypes: '示范活动分类型情况',
    tiers: '各层级申报与命名情况',
    batches: '命名批次情况',
    rectifications: '限期整改情况',
    ledgerLate: '逾期和未报送台账的单位',
    examples: '典型示范',
    commended: '表彰奖励情况',
    evaluationRounds: '各轮评议情况',
    evaluationYears: '评议年度对比',
    evaluationKinds: '按评议主体的得分分布',
    quotaUnit: '本单位指标完成情况',
  },
  charts: {
    industries: '各系统单位数', participating: '参加示范行动', excluded: '另行组织实施', industry: '系统',
    activityMonths: '示范活动按月份', activityTypes: '示范活动按类型', month: '月份', total: '合计', type: '类型', count: '次数', hours: '时长（小时）',
    postsShort: '未达标单位示范岗申报情况', teamsShort: '未达标单位示范团队申报情况',
    quotaName: '单位', quotaCount: '已申报', quotaTarget: '目标', quotaRatio: '完成率', quotaStatus: '是否达标', quotaAttained: '已达标', quotaUnattained: '未达标',
    batches: '各层级命名情况（按批次）', tier: '层级',
    actions: '动态管理按月份',
    trend: '各轮评议得分与满意率', trendPoint: '评议轮次', score: '加权得分', satisfaction: '满意率', evaluations: '评议份数',
    kindScores: '按评议主体的得分分布', evaluator: '评议主体',
    ledger: '台账报送情况', ledgerPart: '报送情况', units: '单位数',
    timeline: '示范行动时间轴', timelineItem: '事项', timelineKind: '类别', startsOn: '开始', endsOn: '结束',
    kinds: { phase: '阶段', milestone: '节点', publicity: '公示' },
    ledgerDue: '台账报送截止', firstBatch: '首批命名（七一前）', publicity: (batch: string) => `公示：${batch}`, yearEnd: '年末',
  },
  files: {
    docx: (year: number, scope: string) => `${year}年示范行动自查总结-${scope}.docx`,
    html: (year: number, scope: string) => `${year}年示范行动自查总结-${scope}.html`,
    xlsx: (year: number, scope: string) => `${year}年示范行动台账汇总-${scope}.xlsx`,
  },
  sheets: { quota: '指标完成', honors: '申报与命名', rectifications: '限期整改', ledgers: '台账报送', actions: '动态管理', summary: '全市汇总' },
  progress: {
    campaign: '读取年度示范行动', management: '读取动态管理', quota: '读取指标完成情况', activities: '读取示范活动', honors: '读取申报与命名',
    ledgers: '读取台账报送', evaluations: '读取评议', examples: '读取典型示范', charts: '绘制图表', write: '生成文件',
  } as Record<string, string>,
};

export type Words = typeof zh;

const en: Words = {
  lang: 'en',
  day: (iso) => day(iso, 'en'),
  month: (yyyyMm) => monthOf(yyyyMm, 'en'),
  sep: ', ',
  colon: ': ',
  semicolon: '; ',
  stop: '.',
  todo: '[TO BE WRITTEN]',
  yes: 'yes',
  no: 'no',
  none: 'none',
  city: 'city',
  titleCity: (campaign) => `${campaign}: year-end self-check summary`,
  titleUnit: (unit, campaign) => `${unit} — ${campaign}: year-end self-check summary`,
  subtitle: (asOf) => `(Draft; data as of ${day(asOf, 'en')}, generated by the platform from the gateway)`,
  scopeCity: (participating) => `Scope: the ${participating} city departments taking part in the action`,
  scopeUnit: (code, industry) => `Scope: this unit (code ${code}, ${industry})`,
  sections: {
    basics: '1. Overview',
    quota: '2. Quotas',
    naming: '3. Naming',
    management: '4. Dynamic management',
    evaluation: '5. Evaluations',
    ledger: '6. Ledgers',
    examples: '7. Typical examples',
    issues: '8. Problems and next steps',
  },
  sub: (n, text) => `(${n}) ${text}`,
  tiers: { POST: 'Demonstration posts', TEAM: 'Demonstration teams', UNIT: 'Demonstration units', INDUSTRY: 'Demonstration industries' },
  statuses: {
    DECLARED: 'Declared', MASS_REVIEW: 'Mass review', PUBLICIZING: 'Publicizing', CONFIRMED: 'Confirmed', NAMED: 'Named',
    RECTIFYING: 'Rectifying', REVOKED: 'Revoked', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn',
  },
  actions: { COMMEND: 'Commended', ORDER_RECTIFICATION: 'Ordered to rectify', PASS_RECTIFICATION: 'Rectification passed', FAIL_RECTIFICATION: 'Rectification failed', REVOKE: 'Revoked' },
  outcomes: { OPEN: 'Open', PASSED: 'Passed', FAILED: 'Failed' },
  ledgerStatus: { ON_TIME: 'On time', LATE: 'Late', MISSING: 'Missing' },
  activityTypes: {
    POST_COMPETITION: 'Post competition', SKILL_CONTEST: 'Skill contest', VOLUNTEER_SERVICE: 'Volunteer service', GRASSROOTS_VISIT: 'Grassroots visit',
    POVERTY_PAIRING: 'Poverty-relief pairing', PUBLIC_COMMITMENT: 'Public commitment',
  },
  basicsUnitsHeading: 'Units',
  basicsCity: (b) =>
    `The city has ${b.units} departments in ${b.industries} systems: ${b.participating} take part in the action and ${b.excluded} (political-legal, education, health systems and state-owned enterprises) run their own. The participating units have ${b.members} Party members and ${b.teams} teams.`,
  basicsUnit: (name, industry, members, teams, excluded) =>
    `${name} (${industry}) has ${members} Party members and ${teams} teams. ${excluded ? 'It runs its own action and is left out of the city quotas and rankings.' : 'It takes part in the city’s action.'}`,
  timelineHeading: 'Timeline',
  timeline: (phases, ledgerDueOn, firstBatchBy) =>
    `The action ran in the phases ${phases}; ledgers were due on ${day(ledgerDueOn, 'en')} and the first batch was to be named by ${day(firstBatchBy, 'en')}.`,
  phaseSpan: (name, from, to) => `${name} (${day(from, 'en')} – ${day(to, 'en')})`,
  activityHeading: 'Activities',
  activity: (count, hours, personTimes) => `${count} demonstration activities were held over the year, ${num(hours)} hours in all, with ${personTimes} member-participations.`,
  activityTop: (list) => `By type: ${list}.`,
  activityTypeCount: (label, count, hours) => `${label} ${count} (${num(hours)} h)`,
  noActivity: (year) => `No demonstration activity was recorded in ${year}.`,
  quotaIntro: (posts, teams, units, industries) =>
    `The plan asks for declared posts of at least ${posts} of each unit’s Party members, declared teams of at least ${teams} of its teams, named units of at least ${units} of the participating units, and ${industries} named industries.`,
  quotaPosts: (q, participating) =>
    `Posts: ${q.count} declared against a target of ${q.target} (${pct(q.ratio)}); ${q.unitsAttaining} units reach their own target, ${participating - q.unitsAttaining} do not.`,
  quotaTeams: (q, participating) =>
    `Teams: ${q.count} declared against a target of ${q.target} (${pct(q.ratio)}); ${q.unitsAttaining} units reach their own target, ${participating - q.unitsAttaining} do not.`,
  quotaUnits: (q) => `Units: ${q.count} named against a target of ${q.target} (${pct(q.ratio)}), ${q.attained ? 'attained' : 'not attained'}.`,
  quotaIndustries: (q) => `Industries: ${q.count} named, ${q.min} to ${q.max} required, ${q.attained ? 'attained' : 'not attained'}.`,
  quotaUnitPosts: (c, t, r, members, attained) =>
    `Posts: ${members} Party members, ${c} declared against a target of ${t} (${pct(r)}), ${attained ? 'attained' : `not attained, ${t - c} short`}.`,
  quotaUnitTeams: (c, t, r, teams, attained) =>
    `Teams: ${teams} teams, ${c} declared against a target of ${t} (${pct(r)}), ${attained ? 'attained' : `not attained, ${t - c} short`}.`,
  quotaUnitNamed: (named) => (named ? 'The unit has been named a demonstration unit.' : 'The unit was not named a demonstration unit this year.'),
  quotaExcluded: 'The unit runs its own action and has no city post or team quota.',
  quotaNote: '“Declared” counts every candidacy not rejected, withdrawn or revoked; “named” includes those rectifying. Targets are the units’ own targets summed; a quota is attained only when every participating unit attains its own.',
  shortHeading: 'Units short of their quotas',
  shortCount: (n, posts, teams) => `${n} units fall short: ${posts} of their post quota and ${teams} of their team quota:`,
  shortNone: 'Every participating unit attains its post and team quotas.',
  shortBrief: (unit, posts, teams) => `${unit} (${[posts ? `${posts} posts short` : '', teams ? `${teams} teams short` : ''].filter(Boolean).join(', ')})`,
  namingTotals: (total, declared, named, inProgress) =>
    `${total} candidacies were received, ${declared} of them valid; ${named} are named (including those rectifying) and ${inProgress} are still in review, publicity or confirmation.`,
  namingTier: (label, t) => `${label}: ${t.total} declared, ${t.named} named, ${t.rejected} rejected, ${t.withdrawn} withdrawn, ${t.revoked} revoked`,
  batchesHeading: 'Naming batches',
  batchLine: (name, from, to, total, byTier) => `${name}: ${total} named ${from === to ? `on ${day(from, 'en')}` : `from ${day(from, 'en')} to ${day(to, 'en')}`} (${byTier})`,
  firstBatchOk: (name, on, by) => `The first batch (${name}) was named by ${day(on, 'en')}, before the ${day(by, 'en')} deadline.`,
  firstBatchLate: (name, on, by) => `The first batch (${name}) was last named on ${day(on, 'en')}, after the ${day(by, 'en')} deadline.`,
  noBatch: (by) => `Nothing has been named this year; the first batch due by ${day(by, 'en')} is missing.`,
  batchNote: 'Every honor named this year, by batch, including those later ordered to rectify or revoked.',
  noBatchName: 'No batch given',
  managementTotals: (t) =>
    `Over the year: ${t.COMMEND} commendations, ${t.ORDER_RECTIFICATION} orders to rectify, ${t.PASS_RECTIFICATION} rectifications passed and ${t.FAIL_RECTIFICATION} failed, ${t.REVOKE} revocations.`,
  rectHeading: 'Rectifications',
  rectSummary: (all, passed, failed, open, overdue, asOf) =>
    `As of ${day(asOf, 'en')}, ${all} honors were ordered to rectify: ${passed} passed, ${failed} failed, ${open} still open, ${overdue} of them overdue.`,
  rectNone: 'No honor was ordered to rectify this year.',
  overdueItem: (subject, unit, deadline) => `${subject} (${unit}), due ${day(deadline, 'en')}, overdue`,
  commendHeading: 'Commendations',
  commendNone: 'No honor was commended this year.',
  commendLine: (n, perTier) => `${n} commendations over the year: ${perTier}.`,
  tierCount: (tier, n) => `${tier.toLowerCase()} ${n}`,
  revokeHeading: 'Revocations',
  revokeNone: 'No honor was revoked this year.',
  revokeLine: (list) => `Revoked: ${list}.`,
  revokeItem: (unit, subject, tier, on, failed) => `${subject} (${unit}, ${tier}, ${day(on, 'en')}${failed ? ', rectification failed' : ''})`,
  evaluationMissing: (year) =>
    `The ${year} evaluation data (summaries, trends, satisfaction) cannot be read from the platform’s gateway yet: this section has no figures; generate the report again once they are available.`,
  evaluationNone: (year) => `No evaluation round was held in ${year}: this section has no figures.`,
  roundKinds: { MASS_REVIEW: 'Mass review', MID_YEAR_REVIEW: 'Mid-year review', YEAR_END_ASSESSMENT: 'Year-end assessment' },
  evaluatorKinds: { MASSES: 'Masses', PEERS: 'Peers', LEADERS: 'Leaders' },
  grades: { EXCELLENT: 'Excellent', GOOD: 'Good', FAIR: 'Fair', POOR: 'Poor' },
  evaluationRounds: (n, names) => `${n} evaluation rounds were held: ${names}.`,
  trendHeading: 'Trend',
  yearHeading: 'Year on year',
  kindsHeading: 'By evaluator',
  evaluationYear: (year, count, score, grade, rate) => `${year}: ${count} evaluations, weighted score ${score} (${grade}), satisfaction ${rate}.`,
  evaluationCompare: (prev, dScore, dRate) =>
    `Against ${prev}, the weighted score is ${dScore >= 0 ? 'up' : 'down'} ${Math.abs(dScore).toFixed(2)} points${dRate === null ? '' : ` and satisfaction ${dRate >= 0 ? 'up' : 'down'} ${num(Math.abs(dRate))} percentage points`}.`,
  evaluationNoPrev: (prev) => `There are no evaluations of ${prev} to compare with.`,
  evaluationKinds: (round, list) => `In the ${round}: ${list}.`,
  kindShare: (kind, total, share) => `${kind} ${total} evaluations, ${share} at 80 or above`,
  examplesGraded: (round) => `The named posts and teams with the highest scores in the ${round}, with their activities.`,
  gradedAs: (round, score, grade) => `, ${round} score ${score} (${grade})`,
  issueLow: (n, round, list) => `${n} named honors were graded fair or poor in the ${round}: ${list}.`,
  issueLowNone: (round) => `Every named honor was graded good or better in the ${round}.`,
  ledgerCity: (f) =>
    `Ledgers were due on ${day(f.dueOn, 'en')}. Of ${f.participating} participating units, ${f.onTime} submitted on time, ${f.late} late and ${f.missing} have not submitted.`,
  ledgerUnit: (status, first, count, dueOn) =>
    status === 'MISSING'
      ? `The unit has not submitted its ledger (due ${day(dueOn, 'en')}).`
      : `The unit first submitted its ledger on ${day(first!, 'en')}, ${status === 'ON_TIME' ? 'on time' : `after the ${day(dueOn, 'en')} deadline`}, ${count} submission(s) in all.`,
  ledgerNone: 'The ledger submissions of the year cannot be read.',
  ledgerLateHeading: 'Late and missing ledgers',
  examplesIntro: 'Evaluation grades cannot be read from the gateway yet; listed are the posts and teams commended this year, with their activities.',
  examplesNone: 'No post or team was commended this year; evaluation grades cannot be read yet, so typical examples are to be added once they are.',
  exampleLine: (subject, unit, tier, plaque, count, hours, titles, graded = '') =>
    `${subject} (${unit}, ${tier}${plaque ? `, plaque ${plaque}` : ''}${graded}): ${count} activities, ${num(hours)} hours${titles ? `, among them ${titles}` : ''}.`,
  issuesHeading: 'Problems',
  issuesIntro: 'The platform’s data show the following, to be explained in the summary:',
  issueShort: (n, list) => `${n} units fall short of their quotas: ${list}.`,
  issueShortNone: 'Every participating unit attains its quotas.',
  issueOverdue: (n, list) => `${n} rectifications are overdue: ${list}.`,
  issueOverdueNone: 'No rectification is overdue.',
  issueMissing: (n, list) => `${n} units have not submitted their ledger: ${list}.`,
  issueLate: (n) => `${n} units submitted their ledger late.`,
  issueMissingNone: 'Every participating unit has submitted its ledger.',
  issueFirstBatch: 'The first batch was not named before 1 July.',
  issueGrades: 'Subjects with low evaluation grades: evaluation data cannot be read yet, to be added.',
  issuesTodo: 'Explain the causes of the problems above.',
  plansHeading: 'Next steps',
  plansTodo: 'Set out next year’s plans and improvements.',
  t: {
    item: 'Quota', count: 'Count', target: 'Target', ratio: 'Ratio', attained: 'Attained', unitsAttaining: 'Units attaining',
    unit: 'Unit', unitCode: 'Unit code', industry: 'System', members: 'Party members', teams: 'Teams',
    postsCount: 'Posts declared', postsTarget: 'Posts target', postsRatio: 'Posts ratio', postsAttained: 'Posts attained', postsLack: 'Posts short',
    teamsCount: 'Teams declared', teamsTarget: 'Teams target', teamsRatio: 'Teams ratio', teamsAttained: 'Teams attained', teamsLack: 'Teams short',
    namedUnit: 'Named demonstration unit',
    tier: 'Tier', total: 'Candidacies', declared: 'Valid', inProgress: 'In procedure', named: 'Named', rectifying: 'of which rectifying', rejected: 'Rejected', withdrawn: 'Withdrawn', revoked: 'Revoked',
    batch: 'Batch', firstNamedOn: 'First named', lastNamedOn: 'Last named', byFirstBatchDay: 'By 1 July', sum: 'Total',
    type: 'Activity type', activities: 'Activities', hours: 'Hours',
    subject: 'Subject', reason: 'Reason', orderedOn: 'Ordered on', deadline: 'Deadline', outcome: 'Outcome', closedOn: 'Closed on', overdue: 'Overdue',
    status: 'Status', declaredOn: 'Declared on', publicityStartsOn: 'Publicity from', publicityEndsOn: 'Publicity to', namedOn: 'Named on', plaque: 'Plaque number', rectificationDeadline: 'Rectification deadline',
    grade: 'Grade', score: 'Score', position: 'Position', team: 'Team',
    ledgerStatus: 'Ledger', firstSubmittedOn: 'First submitted', latestSubmittedAt: 'Latest submission', submissions: 'Submissions', submittedBy: 'Submitted by',
    ledgerPosts: 'Ledger posts', ledgerTeams: 'Ledger teams', ledgerUnits: 'Ledger units', ledgerNamed: 'Ledger named',
    month: 'Month', action: 'Action', closedBy: 'Closed by', commendedOn: 'Commended on',
    round: 'Round', roundKind: 'Kind', opensOn: 'Opens', closesOn: 'Closes', evaluations: 'Evaluations', weightedScore: 'Weighted score', massesCount: 'By the masses', satisfaction: 'Satisfaction', year: 'Year', evaluator: 'Evaluator', above80: 'Share at 80+',
  },
  tables: {
    quota: 'Quota attainment',
    short: 'Units short of their quotas',
    activityTypes: 'Activities by type',
    tiers: 'Candidacies and honors by tier',
    batches: 'Naming batches',
    rectifications: 'Rectifications',
    ledgerLate: 'Late and missing ledgers',
    examples: 'Typical examples',
    commended: 'Commendations',
    evaluationRounds: 'Evaluation rounds',
    evaluationYears: 'Evaluations year on year',
    evaluationKinds: 'Scores by evaluator',
    quotaUnit: 'The unit’s quotas',
  },
  charts: {
    industries: 'Units per system', participating: 'Taking part', excluded: 'Running their own', industry: 'System',
    activityMonths: 'Activities by month', activityTypes: 'Activities by type', month: 'Month', total: 'Total', type: 'Type', count: 'Count', hours: 'Hours',
    postsShort: 'Posts of the units short of their quota', teamsShort: 'Teams of the units short of their quota',
    quotaName: 'Unit', quotaCount: 'Declared', quotaTarget: 'Target', quotaRatio: 'Ratio', quotaStatus: 'Status', quotaAttained: 'Attained', quotaUnattained: 'Short',
    batches: 'Named by tier and batch', tier: 'Tier',
    actions: 'Dynamic management by month',
    trend: 'Score and satisfaction per round', trendPoint: 'Round', score: 'Weighted score', satisfaction: 'Satisfaction', evaluations: 'Evaluations',
    kindScores: 'Scores by evaluator', evaluator: 'Evaluator',
    ledger: 'Ledger submissions', ledgerPart: 'Ledger', units: 'Units',
    timeline: 'Campaign timeline', timelineItem: 'Item', timelineKind: 'Kind', startsOn: 'Starts', endsOn: 'Ends',
    kinds: { phase: 'Phase', milestone: 'Milestone', publicity: 'Publicity' },
    ledgerDue: 'Ledgers due', firstBatch: 'First batch (by 1 July)', publicity: (batch) => `Publicity: ${batch}`, yearEnd: 'Year end',
  },
  files: {
    docx: (year, scope) => `summary-${year}-${scope}.docx`,
    html: (year, scope) => `summary-${year}-${scope}.html`,
    xlsx: (year, scope) => `ledger-${year}-${scope}.xlsx`,
  },
  sheets: { quota: 'Quotas', honors: 'Candidacies', rectifications: 'Rectifications', ledgers: 'Ledgers', actions: 'Management', summary: 'City' },
  progress: {
    campaign: 'reading the campaign', management: 'reading dynamic management', quota: 'reading quotas', activities: 'reading activities', honors: 'reading candidacies',
    ledgers: 'reading ledgers', evaluations: 'reading evaluations', examples: 'reading typical examples', charts: 'drawing charts', write: 'writing the file',
  },
};

export const WORDS: Record<Lang, Words> = { zh, en };
