import type { HonorAction } from '../honor/honor.machine.js';

/*
 * Wording of the demo's notes, objections and findings, in the committee's register. Every note
 * an action requires is at least REQUIRED_NOTE_MIN characters and every objection reason 5–500,
 * as the service will demand of real input.
 */

/** Notes of the committee's and the units' actions, by what the action means in the scenario. */
export const NOTES = {
  START_MASS_REVIEW: ['组织开展群众评议', '在服务对象和本单位干部职工中开展群众评议', '通过“三亮三比三评”开展群众评议'],
  PUBLICIZE: ['在单位公示栏和市直机关党建网同步公示', '在市直机关党建网公示，接受群众监督'],
  CONFIRM: ['公示期满无异议，经市直机关工委研究确定', '经市直机关工委会议研究确定'],
  CONFIRM_AFTER_OBJECTION: ['公示期间异议经核查不属实，经市直机关工委研究确定'],
  NAME: ['命名授牌，公开悬挂示范牌', '命名授牌'],
  REJECT_AT_REVIEW: ['群众评议满意度未达到示范标准，不予推荐', '群众评议中反映问题较多，暂不推荐'],
  REJECT_DECLARED: ['申报材料不全，经审核不予受理', '申报事迹与示范标准差距较大，不予受理'],
  REJECT_UPHELD: ['公示期间群众异议经核查属实，不予确定'],
  REJECT_INDUSTRY: ['行业整体示范作用尚不突出，本年度不予命名'],
  WITHDRAW: ['因工作调动，单位申请撤回', '本人主动申请撤回', '单位调整推荐人选，申请撤回'],
  COMMEND: ['巩固提升阶段示范作用突出，予以通报表扬', '服务群众成效明显，群众评价高，予以表彰奖励'],
  ORDER_RECTIFICATION: [
    '群众反映服务窗口态度生硬，限期整改',
    '示范牌未公开悬挂，公开承诺事项未兑现，限期整改',
    '工作作风不实，群众意见较多，限期整改',
  ],
  PASS_RECTIFICATION: ['整改到位，经复查合格'],
  FAIL_RECTIFICATION: ['整改不到位，经复查不合格，取消命名'],
  REVOKE: ['受到党纪处分，不再具备示范条件，取消命名'],
} as const satisfies Record<string, readonly string[]>;

export type NoteKind = keyof typeof NOTES;

/** The note kind an action takes when the scenario has nothing more specific to say. */
export const DEFAULT_NOTE: Partial<Record<HonorAction, NoteKind>> = {
  START_MASS_REVIEW: 'START_MASS_REVIEW', PUBLICIZE: 'PUBLICIZE', CONFIRM: 'CONFIRM', NAME: 'NAME', WITHDRAW: 'WITHDRAW',
  COMMEND: 'COMMEND', ORDER_RECTIFICATION: 'ORDER_RECTIFICATION', PASS_RECTIFICATION: 'PASS_RECTIFICATION',
  FAIL_RECTIFICATION: 'FAIL_RECTIFICATION', REVOKE: 'REVOKE',
};

/** What the masses write when they object during a publicity window. */
export const OBJECTION_REASONS = [
  '该同志在窗口办事时态度生硬，群众办事多次被推诿，不符合示范岗标准。',
  '反映该团队公开承诺的便民服务事项至今没有兑现，希望组织核实。',
  '申报材料中的服务群众事迹与实际情况有出入，请予以核查。',
  '该同志工作时间多次不在岗，群众有意见。',
  '听说该单位在精准扶贫结对帮扶中走过场，入户次数不实。',
] as const;

/** The committee's findings once it has checked an objection. */
export const FINDINGS = {
  upheld: ['经核查，反映问题基本属实，已责成所在单位处理。', '经调查核实，申报事迹存在夸大情况，反映属实。'],
  dismissed: ['经核查，反映问题与事实不符，不影响其候选资格。', '经调阅台账并走访服务对象，反映情况不属实。'],
} as const;
