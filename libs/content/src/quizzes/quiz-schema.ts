import { z } from 'zod';
import type { FeedbackPolicy, NumericAnswer, QuestionDefinition, QuizDefinition, ScoringRule } from '../model';
import { slug, text } from '../schema-fields';

const feedbackPolicies: Record<'none' | 'after-submit' | 'after-pass', FeedbackPolicy> = {
  none: 'NONE',
  'after-submit': 'AFTER_SUBMIT',
  'after-pass': 'AFTER_PASS',
};
const scoringRules: Record<'all-or-nothing' | 'partial-credit', ScoringRule> = {
  'all-or-nothing': 'ALL_OR_NOTHING',
  'partial-credit': 'PARTIAL_CREDIT',
};

const option = z.strictObject({ id: slug, text, correct: z.boolean().default(false) });
const options = z.array(option).min(2, 'a choice question needs at least two options');

const questionFields = {
  id: slug,
  prompt: text,
  passage: slug.nullish(),
  references: z.array(slug).default([]),
  explanation: text,
};

/** A question names what supports its key: a source passage, references, or both. */
function citesSupport(q: { passage?: string | null; references: string[] }, context: z.RefinementCtx) {
  if (q.passage || q.references.length > 0) return;
  const message = 'a question needs a passage, references, or both: name what supports its key';
  context.addIssue({ code: 'custom', path: [], message });
}

const singleChoice = z
  .strictObject({ ...questionFields, type: z.literal('single-choice'), options })
  .superRefine((q, context) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 1) return;
    const message = `a single-choice question needs exactly one correct option, not ${correct}`;
    context.addIssue({ code: 'custom', path: ['options'], message });
  });

const multipleChoice = z
  .strictObject({ ...questionFields, type: z.literal('multiple-choice'), options })
  .superRefine((q, context) => {
    if (q.options.some((o) => o.correct)) return;
    const message = 'a multiple-choice question needs at least one correct option';
    context.addIssue({ code: 'custom', path: ['options'], message });
  });

const trueFalse = z.strictObject({ ...questionFields, type: z.literal('true-false'), answer: z.boolean() });

const numericAnswer = z
  .strictObject({
    value: z.number().optional(),
    tolerance: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine(({ value, tolerance, min, max }, context) => {
    const fail = (message: string, field?: string) =>
      context.addIssue({ code: 'custom', path: field ? [field] : [], message });
    if (value !== undefined) {
      if (min !== undefined || max !== undefined) fail('give either value and tolerance, or min and max, not both');
      if (tolerance !== undefined && tolerance < 0) fail('tolerance must not be negative', 'tolerance');
    } else if (min === undefined || max === undefined) {
      fail('a numeric answer needs { value, tolerance } or { min, max }');
    } else if (min > max) {
      fail(`min ${min} is greater than max ${max}`, 'min');
    }
  })
  .transform(({ value, tolerance, min, max }): NumericAnswer =>
    value !== undefined ? { value, tolerance: tolerance ?? 0 } : { min: min ?? 0, max: max ?? 0 },
  );

const numeric = z.strictObject({ ...questionFields, type: z.literal('numeric'), answer: numericAnswer });

const shortText = z.strictObject({
  ...questionFields,
  type: z.literal('short-text'),
  acceptedAnswers: z.array(text).min(1, 'a short-text question needs at least one accepted answer'),
});

const question = z
  .discriminatedUnion('type', [singleChoice, multipleChoice, trueFalse, numeric, shortText])
  .superRefine(citesSupport)
  .transform((q): QuestionDefinition => {
    const common = {
      key: q.id,
      prompt: q.prompt,
      explanation: q.explanation,
      passageAnchor: q.passage ?? null,
      referenceIds: [...new Set(q.references)],
    };
    const none = { options: [], numericAnswer: null, acceptedAnswers: [] };
    switch (q.type) {
      case 'single-choice':
        return { ...common, ...none, type: 'SINGLE_CHOICE', options: q.options };
      case 'multiple-choice':
        return { ...common, ...none, type: 'MULTIPLE_CHOICE', options: q.options };
      case 'true-false':
        return {
          ...common,
          ...none,
          type: 'TRUE_FALSE',
          options: [
            { id: 'true', text: 'True', correct: q.answer === true },
            { id: 'false', text: 'False', correct: q.answer === false },
          ],
        };
      case 'numeric':
        return { ...common, ...none, type: 'NUMERIC', numericAnswer: q.answer };
      case 'short-text':
        return { ...common, ...none, type: 'SHORT_TEXT', acceptedAnswers: q.acceptedAnswers };
    }
  });

const wholeNumber = z.number().int('must be a whole number');

export const quizSchema = z
  .strictObject({
    slug,
    title: text,
    passingScore: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100'),
    maxAttempts: wholeNumber.positive('must be at least 1').nullable(),
    cooldownMinutes: z.number().min(0, 'must not be negative'),
    timeLimitMinutes: z.number().positive('must be more than 0').nullable(),
    drawCount: wholeNumber.positive('must be at least 1').nullable(),
    shuffleQuestions: z.boolean(),
    shuffleOptions: z.boolean(),
    feedback: z.enum(['none', 'after-submit', 'after-pass']).transform((f) => feedbackPolicies[f]),
    scoring: z.enum(['all-or-nothing', 'partial-credit']).transform((s) => scoringRules[s]),
    questions: z.array(question).min(1, 'a quiz needs at least one question'),
  })
  .superRefine((quiz, context) => {
    if (quiz.drawCount !== null && quiz.drawCount > quiz.questions.length) {
      context.addIssue({
        code: 'custom',
        path: ['drawCount'],
        message: `draws ${quiz.drawCount} questions from a pool of ${quiz.questions.length}`,
      });
    }
  })
  .transform((quiz): QuizDefinition => ({
    slug: quiz.slug,
    title: quiz.title,
    passingScore: quiz.passingScore,
    maxAttempts: quiz.maxAttempts,
    cooldownSeconds: Math.round(quiz.cooldownMinutes * 60),
    timeLimitSeconds: quiz.timeLimitMinutes === null ? null : Math.round(quiz.timeLimitMinutes * 60),
    drawCount: quiz.drawCount,
    shuffleQuestions: quiz.shuffleQuestions,
    shuffleOptions: quiz.shuffleOptions,
    feedback: quiz.feedback,
    scoring: quiz.scoring,
    questions: quiz.questions,
  }));
