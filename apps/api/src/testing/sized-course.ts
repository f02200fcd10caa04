import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

function choiceQuestion(id: string, fact: number): string {
  return `  - id: ${id}
    type: single-choice
    prompt: Which is fact ${fact}?
    passage: fact-${fact}
    explanation: The source states fact ${fact}.
    options:
      - { id: a, text: Fact ${fact}, correct: true }
      - { id: b, text: Another fact }
`;
}

function quiz(slug: string, title: string, questions: string[]): string {
  return `slug: ${slug}
title: ${title}
passingScore: 50
maxAttempts: null
cooldownMinutes: 0
timeLimitMinutes: null
drawCount: null
shuffleQuestions: false
shuffleOptions: false
feedback: after-submit
scoring: all-or-nothing
questions:
${questions.join('')}`;
}

/**
 * A content folder holding one course of `size` modules, each with one lesson citing one passage
 * and a one-question quiz, and a final exam of `size` questions: every list a course page or a
 * quiz attempt shows grows with `size`.
 */
export function writeSizedCourse(slug: string, size: number): string {
  const root = mkdtempSync(path.join(tmpdir(), `${slug}-`));
  const dir = path.join(root, 'courses', slug);
  mkdirSync(path.join(dir, 'modules'), { recursive: true });
  mkdirSync(path.join(dir, 'quizzes'));
  const numbers = Array.from({ length: size }, (_, index) => index + 1);
  writeFileSync(
    path.join(dir, 'course.yaml'),
    `slug: ${slug}
title: A course of ${size} modules
summary: Generated to show that a page costs the same queries however long its lists are.
audience: Anyone measuring the platform.
scope: It teaches generated facts only.
creditHours: 1
source: source.md
references: references.yaml
modules:
${numbers.map((n) => `  - modules/module-${n}.md\n`).join('')}finalExam: quizzes/final.yaml
completion:
  requireModuleQuizzes: true
  requireFinalExam: true
certificate:
  issue: approval
  validityMonths: 12
  attestation: I completed this activity myself.
`,
  );
  writeFileSync(
    path.join(dir, 'source.md'),
    `---\ntitle: A generated source\norigin: generated.txt\npublisher: Not stated\ntype: other\ndate: undated\n---\n\n## Facts\n\n` +
      numbers.map((n) => `[§fact-${n}] Fact ${n} of the source.\n\n> Appraisal: consistent.\n\n`).join(''),
  );
  writeFileSync(
    path.join(dir, 'accreditation.yaml'),
    `provider: { name: A generated provider, accredited: false }\nstatement: Not accredited.\nformat: enduring-material\n` +
      `activityId: ${slug}\ncredits:\n  - { type: participation, maximum: 1, designation: A certificate of participation. }\n`,
  );
  writeFileSync(
    path.join(dir, 'disclosures.yaml'),
    `collected: ${new Date().toISOString().slice(0, 10)}\npeople:\n  - { name: A generated author, roles: [author], relationships: none }\ncommercialSupport: none\n`,
  );
  writeFileSync(
    path.join(dir, 'evaluation.yaml'),
    `items:\n  - { id: objectives-met, kind: rating, prompt: The objectives were met., scale: [Disagree, Agree] }\n` +
      `  - { id: free-of-bias, kind: yes-no, prompt: Was the content free of commercial bias?, purpose: commercial-bias }\n` +
      `  - { id: change, kind: text, prompt: What will you change?, purpose: commitment-to-change }\n`,
  );
  writeFileSync(
    path.join(dir, 'references.yaml'),
    `- id: generated-label\n  title: A generated label\n  publisher: Nobody\n  year: 2026\n  url: https://example.org/label\n  read: 2026-12-01\n`,
  );
  for (const n of numbers) {
    writeFileSync(
      path.join(dir, 'modules', `module-${n}.md`),
      `---\nslug: module-${n}\ntitle: Module ${n}\nobjectives:\n  - State fact ${n}.\nquiz: quizzes/module-${n}.yaml\n---\n\n` +
        `## Lesson ${n} {#lesson-${n}}\n\nFact ${n} matters [§fact-${n}].\n`,
    );
    writeFileSync(path.join(dir, 'quizzes', `module-${n}.yaml`), quiz(`module-${n}-quiz`, `Module ${n} quiz`, [choiceQuestion('only', n)]));
  }
  writeFileSync(path.join(dir, 'quizzes', 'final.yaml'), quiz('final-exam', 'Final exam', numbers.map((n) => choiceQuestion(`q-${n}`, n))));
  return root;
}
