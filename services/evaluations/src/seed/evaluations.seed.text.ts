import type { EvaluatorKind } from '../criteria/criteria.names.js';

/*
 * Wording of the demo's evaluation comments: short, plain, in the voice of each evaluator kind.
 * Which list a comment comes from follows the evaluation's own mean, so that a comment never
 * praises a ballot that scored low or complains on one that scored high.
 */

export type CommentTone = 'praise' | 'neutral' | 'critical';

export const COMMENTS: Readonly<Record<EvaluatorKind, Readonly<Record<CommentTone, readonly string[]>>>> = {
  MASSES: {
    praise: [
      '服务热情，办事效率高',
      '耐心细致，群众满意',
      '说到做到，承诺事项件件有落实',
      '办事规范，一次就办好了',
      '为群众办实事，值得点赞',
      '示范带头作用明显',
      '主动上门服务，解决了实际困难',
    ],
    neutral: [
      '总体满意',
      '希望继续保持',
      '办事流程还可以再简化',
      '建议进一步公开办事指南',
      '服务时间可以更灵活一些',
      '希望多听听群众意见',
    ],
    critical: [
      '办事拖拉，效率不高',
      '态度生硬，解释不耐心',
      '承诺事项没有兑现',
      '反映的问题迟迟没有回复',
      '找人难，经常不在岗',
    ],
  },
  PEERS: {
    praise: ['工作扎实，乐于助人', '业务精通，带头攻坚', '团结同志，作风过硬', '学习认真，发挥了表率作用'],
    neutral: ['还有提升空间', '理论学习还需加强', '要在创新上多下功夫'],
    critical: ['工作作风有待改进', '示范作用发挥不够', '群众意见较多，需要认真反思'],
  },
  LEADERS: {
    praise: ['示范作用突出，继续保持', '履职尽责，成效明显', '服务群众成效明显，群众认可度高', '敢于担当，攻坚破难有办法'],
    neutral: ['总体良好，要在创新上下功夫', '要进一步提高服务质量', '要把承诺事项逐项抓落实'],
    critical: ['群众意见较多，要认真整改', '示范作用不明显，限期改进', '工作作风不实，要立行立改'],
  },
};
