import { describe, expect, it } from 'vitest';
import * as evaluations from './index.js';

describe('the package entry', () => {
  it('exports the criteria, score, summary, ballot and histogram rules', () => {
    for (const name of [
      'CRITERIA', 'CRITERION_LABELS', 'EVALUATOR_KINDS', 'ROUND_KINDS', 'criteriaOf', 'roundAdmits', 'checkScores', 'checkComment',
      'normalizeComment', 'checkWeights', 'summarize', 'gradeOf', 'expectedKinds', 'generateBallotCodes', 'normalizeBallotCode',
      'isWellFormedBallotCode', 'checkBallotCode', 'hashBallotCode', 'scoreHistogram', 'SCORE_BUCKETS',
    ]) {
      expect(evaluations, name).toHaveProperty(name);
    }
  });

  it('takes a paper ballot from its typed code to the subject’s summary', () => {
    const [code] = evaluations.generateBallotCodes(1);
    const typed = ` ${code.toLowerCase()} `;
    expect(evaluations.checkBallotCode(typed)).toEqual([]);
    expect(evaluations.hashBallotCode(typed, 'a-server-side-pepper')).toBe(evaluations.hashBallotCode(code, 'a-server-side-pepper'));

    const scores = evaluations.criteriaOf('UNIT').map((criterion) => ({ criterion, score: 92 }));
    expect(evaluations.checkScores('UNIT', scores)).toEqual([]);
    expect(evaluations.checkComment('班子团结，服务热情。')).toEqual([]);
    const summary = evaluations.summarize({ kind: 'MASS_REVIEW', weights: { masses: 0.4, peers: 0.3, leaders: 0.3 } }, 'UNIT', [{ kind: 'MASSES', scores }]);
    expect(summary).toMatchObject({ weightedScore: 92, grade: 'EXCELLENT', complete: true, satisfaction: { rate: 1 } });
    expect(evaluations.scoreHistogram([{ kind: 'MASSES', scores }])[0].counts).toEqual([0, 0, 0, 0, 1]);
  });
});
