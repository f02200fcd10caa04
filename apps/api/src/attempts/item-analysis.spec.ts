import { flagQuestion, MIN_ATTEMPTS_FOR_FLAGS, type OptionStatistics, type QuestionStatistics } from './item-analysis';

const question = (changes: Partial<QuestionStatistics> = {}): QuestionStatistics => ({
  attempts: 40,
  shareCorrect: 0.6,
  discrimination: 0.35,
  upperLowerIndex: 0.4,
  ...changes,
});

const option = (changes: Partial<OptionStatistics> = {}): OptionStatistics => ({
  optionId: 'b',
  correct: false,
  chosenShare: 0.2,
  upperChosenShare: 0.05,
  lowerChosenShare: 0.4,
  ...changes,
});

describe('flagging questions in item analysis', () => {
  it('flags nothing on a question that separates strong from weak learners', () => {
    expect(flagQuestion(question(), [option()])).toEqual([]);
  });

  it('flags a question that strong learners miss more often than weak ones', () => {
    expect(flagQuestion(question({ discrimination: -0.2 }), [option()])).toEqual(['MISLEADS_STRONG_LEARNERS']);
    expect(flagQuestion(question({ upperLowerIndex: -0.1 }), [option()])).toEqual(['MISLEADS_STRONG_LEARNERS']);
  });

  it('flags a wrong option that the top group picks more often than the bottom group', () => {
    expect(flagQuestion(question(), [option({ upperChosenShare: 0.5, lowerChosenShare: 0.1 })])).toEqual([
      'DISTRACTOR_ATTRACTS_STRONG_LEARNERS',
    ]);
  });

  it('flags questions nearly everyone or almost no one answers correctly', () => {
    expect(flagQuestion(question({ shareCorrect: 0.97 }), [])).toEqual(['TOO_EASY']);
    expect(flagQuestion(question({ shareCorrect: 0.1 }), [])).toEqual(['TOO_HARD']);
  });

  it(`says nothing until ${MIN_ATTEMPTS_FOR_FLAGS} attempts, when a correlation is mostly chance`, () => {
    expect(flagQuestion(question({ attempts: MIN_ATTEMPTS_FOR_FLAGS - 1, discrimination: -0.9 }), [])).toEqual([]);
  });
});
