import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AuthoredQuestion, AuthoredQuiz } from '../quizzes/quiz-authoring.types';
import { FeedbackPolicyName, QuizVersionStatusName, ScoringRuleName } from '../quizzes/quiz-authoring.types';
import { QuestionTypeName } from '../quizzes/quizzes.types';

const question = (key: string, type: QuestionTypeName, fields: Partial<AuthoredQuestion>): AuthoredQuestion => ({
  id: `00000000-0000-4000-8000-${String(key.length).padStart(12, '0')}`,
  key,
  position: 1,
  type,
  prompt: `Prompt of ${key}`,
  explanation: `Why ${key} is so.`,
  passageAnchor: 'basics-1',
  referenceKeys: [],
  options: [],
  numericAnswer: null,
  acceptedAnswers: [],
  ...fields,
});

/** A quiz with one question of each kind the platform has, and text that XML must escape. */
export function quizOfEveryKind(scoring = ScoringRuleName.PARTIAL_CREDIT): AuthoredQuiz {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    slug: 'every-kind',
    versionId: '00000000-0000-4000-8000-000000000002',
    version: 3,
    status: QuizVersionStatusName.DRAFT,
    publishedAt: null,
    title: 'Every kind of question',
    passingScore: 80,
    maxAttempts: null,
    cooldownSeconds: 0,
    timeLimitSeconds: 600,
    drawCount: 5,
    shuffleQuestions: true,
    shuffleOptions: true,
    feedback: FeedbackPolicyName.AFTER_SUBMIT,
    scoring,
    questions: [
      question('dose-site', QuestionTypeName.SINGLE_CHOICE, {
        prompt: 'Which site is injected <first> & why "so"?',
        options: [
          { id: 'a', text: 'Frontalis <b>', correct: true },
          { id: 'b', text: 'Occipitalis ]]>', correct: false },
        ],
      }),
      question('muscles', QuestionTypeName.MULTIPLE_CHOICE, {
        referenceKeys: ['sample-label'],
        options: [
          { id: 'a', text: 'Corrugator', correct: true },
          { id: 'b', text: 'Procerus', correct: true },
          { id: '3', text: 'Deltoid', correct: false },
        ],
      }),
      question('repeat-interval', QuestionTypeName.TRUE_FALSE, {
        options: [
          { id: 'true', text: 'True', correct: false },
          { id: 'false', text: 'False', correct: true },
        ],
      }),
      question('total-units', QuestionTypeName.NUMERIC, { numericAnswer: { value: 155, tolerance: 0.5 } }),
      question('sites-range', QuestionTypeName.NUMERIC, { numericAnswer: { min: 31, max: 39 } }),
      question('toxin-name', QuestionTypeName.SHORT_TEXT, { acceptedAnswers: ['onabotulinumtoxinA', 'Botox'] }),
    ].map((each, index) => ({ ...each, position: index + 1 })),
  };
}

/** A zip of the given files, for packages an exporter of this platform would never write. */
export function zipOf(files: Record<string, string | Uint8Array>): Buffer {
  const entries: Zippable = {};
  for (const [name, contents] of Object.entries(files)) entries[name] = typeof contents === 'string' ? strToU8(contents) : contents;
  return Buffer.from(zipSync(entries));
}

const MANIFEST_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="foreign-package">
  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
  <organizations/>
  <resources>`;

/** A manifest listing the given item files, as another authoring tool would write it. */
export function manifestListing(itemFiles: string[]): string {
  const resources = itemFiles.map(
    (file, index) => `
    <resource identifier="resource-${index + 1}" type="imsqti_item_xmlv3p0" href="${file}"><file href="${file}"/></resource>`,
  );
  return `${MANIFEST_HEAD}${resources.join('')}
  </resources>
</manifest>
`;
}
