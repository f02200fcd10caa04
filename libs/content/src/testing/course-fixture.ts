import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ContentProblem } from '../model';
import { loadCoursePackage } from '../package/load-course-package';

/** A course package's files by path inside the course folder. */
export type CourseFiles = Record<string, string>;

export const fixtureSlug = 'migraine-basics';

/** A fresh, valid package that uses every question type; each call returns new objects. */
export function validCourseFiles(): CourseFiles {
  return {
    'course.yaml': `slug: ${fixtureSlug}
title: Botulinum toxin for chronic migraine
summary: A short course used by the tests.
creditHours: 0.2
source: source.md
modules:
  - modules/01-mechanism.md
  - modules/02-treatment.md
finalExam: quizzes/final-exam.yaml
completion:
  requireModuleQuizzes: true
  requireFinalExam: true
certificate:
  issue: automatic
  validityMonths: 24
  attestation: I completed this activity myself.
audience: Physicians who treat adults with headache.
scope: Explains treatment choices; does not qualify anyone to inject.
references: references.yaml
`,
    'source.md': `---
title: Botox injections for chronic migraine
origin: article.txt
publisher: Not stated (a training vendor's website)
type: promotional article
date: undated
---

## Background

[§background-1] Botulinum toxin is produced by Clostridium botulinum, a bacterium.

> Appraisal: consistent.

[§migraine-mediation] Migraines are mediated by the release of serotonin;
botox has no effect on it.

> Appraisal: outdated. Current models centre on the trigeminovascular system
> and CGRP [ref:goadsby-2017].

## Treatment

[§injection-points] There are 31 to 39 different injection points in the scalp.

> Appraisal: incorrect. The labelled dose is 155 units at 31 sites in seven head and neck areas [ref:botox-pi].

[§candidates] Botox is recommended when headaches occur on more than 15 days a month.
> Appraisal: incorrect. Chronic migraine is headache on 15 or more days a month for more than 3 months [ref:ichd-3].
`,
    'accreditation.yaml': `provider:
  name: An open-source training project
  accredited: false
statement: The provider is not accredited to award continuing education credit.
format: enduring-material
activityId: migraine-basics-2026
credits:
  - type: participation
    maximum: 0.2
    designation: A certificate of participation states the hours of the activity.
`,
    'disclosures.yaml': `collected: ${new Date().toISOString().slice(0, 10)}
people:
  - name: Dr Ada Author
    roles: [planner, author]
    relationships: none
  - name: Dr Rui Reviewer
    roles: [reviewer]
    relationships:
      - company: A device maker
        nature: Consulting fees
        mitigation: A second reviewer without relationships checked every lesson against its references.
commercialSupport: none
`,
    'evaluation.yaml': `items:
  - id: objectives-met
    kind: rating
    prompt: The activity met its learning objectives.
    scale: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
  - id: free-of-bias
    kind: yes-no
    prompt: Was the content free of commercial bias?
    purpose: commercial-bias
  - id: change
    kind: text
    prompt: What is one change you will make in your practice as a result of this activity?
    purpose: commitment-to-change
`,
    'references.yaml': `- id: botox-pi
  title: "BOTOX (onabotulinumtoxinA) for injection: full prescribing information"
  publisher: AbbVie
  year: 2023
  url: https://www.rxabbvie.com/pdf/botox_pi.pdf
  read: 2026-12-07
- id: ichd-3
  title: The International Classification of Headache Disorders, 3rd edition
  publisher: Cephalalgia
  year: 2018
  identifier: doi:10.1177/0333102417738202
  read: 2026-12-07
- id: goadsby-2017
  title: "Pathophysiology of migraine: a disorder of sensory processing"
  publisher: Physiological Reviews
  year: 2017
  identifier: doi:10.1152/physrev.00034.2015
  url: https://doi.org/10.1152/physrev.00034.2015
  read: 2026-12-06
`,
    'modules/01-mechanism.md': `---
slug: mechanism
title: How botulinum toxin works
objectives:
  - Explain where botulinum toxin comes from.
quiz: quizzes/01-mechanism.yaml
---

## What botulinum toxin is {#what-it-is}

Botulinum toxin is produced by *Clostridium botulinum* [§background-1].

## How it affects migraine {#migraine}

It does not act on serotonin [§migraine-mediation], yet it reduces pain [§migraine-mediation].
See also [§background-1].
Current models centre on CGRP [ref:goadsby-2017].
`,
    'modules/02-treatment.md': `---
slug: treatment
title: Treating chronic migraine
objectives:
  - Say who is a candidate for treatment.
quiz: quizzes/02-treatment.yaml
---

## Who is treated {#candidates}

Chronic migraine on more than 15 days a month [§candidates], injected at 31 sites [ref:botox-pi] [§injection-points] [ref:ichd-3].
`,
    'quizzes/01-mechanism.yaml': `slug: mechanism-quiz
title: How botulinum toxin works
passingScore: 80
maxAttempts: 3
cooldownMinutes: 5
timeLimitMinutes: 10
drawCount: null
shuffleQuestions: true
shuffleOptions: false
feedback: after-submit
scoring: partial-credit
questions:
  - id: toxin-source
    type: single-choice
    prompt: Which organism produces botulinum toxin?
    passage: background-1
    explanation: The source names the bacterium Clostridium botulinum.
    options:
      - { id: a, text: Clostridium botulinum, correct: true }
      - { id: b, text: Staphylococcus aureus }
  - id: toxin-facts
    type: multiple-choice
    prompt: Which statements are true?
    passage: migraine-mediation
    explanation: Serotonin mediates migraine; botox does not change it.
    options:
      - { id: a, text: Serotonin mediates migraine, correct: true }
      - { id: b, text: Botox changes serotonin release }
      - { id: c, text: Botox has no effect on serotonin, correct: true }
  - id: serotonin
    type: true-false
    prompt: Botox works by changing the release of serotonin.
    references: [goadsby-2017]
    explanation: It has no effect on serotonin.
    answer: false
  - id: injection-points
    type: numeric
    prompt: How many injection points does the protocol describe, at most?
    passage: injection-points
    explanation: Up to 39.
    answer: { value: 39, tolerance: 0 }
  - id: organism-name
    type: short-text
    prompt: Name the bacterium that produces botulinum toxin.
    passage: background-1
    explanation: Clostridium botulinum.
    acceptedAnswers: [Clostridium botulinum, C. botulinum]
`,
    'quizzes/02-treatment.yaml': quizYaml('treatment-quiz', 'candidates'),
    'quizzes/final-exam.yaml': quizYaml('final-exam', 'injection-points'),
  };
}

function quizYaml(slug: string, passage: string): string {
  return `slug: ${slug}
title: Treating chronic migraine
passingScore: 70
maxAttempts: null
cooldownMinutes: 0
timeLimitMinutes: null
drawCount: 1
shuffleQuestions: false
shuffleOptions: true
feedback: after-pass
scoring: all-or-nothing
questions:
  - id: headache-days
    type: numeric
    prompt: Above how many headache days a month is botox recommended?
    passage: ${passage}
    references: [ichd-3]
    explanation: More than 15 days a month.
    answer: { min: 15, max: 16 }
`;
}

/** Replaces text in one file of a package, failing loudly when the fixture no longer has it. */
export function edit(files: CourseFiles, file: string, from: string, to: string): CourseFiles {
  if (!files[file]?.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  return { ...files, [file]: files[file].replace(from, to) };
}

/** The 1-based line of the first line of `content` that contains `snippet`. */
export function lineOf(content: string, snippet: string, occurrence = 1): number {
  let seen = 0;
  const index = content.split('\n').findIndex((line) => line.includes(snippet) && ++seen === occurrence);
  if (index < 0) throw new Error(`no line with ${JSON.stringify(snippet)}`);
  return index + 1;
}

/** Temporary folders for one spec file, removed after its tests. */
export function useTempDirs(): () => string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ptp-content-'));
  let count = 0;
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));
  return () => {
    const dir = path.join(base, String(++count));
    fs.mkdirSync(dir);
    return dir;
  };
}

/** Writes a package to `<root>/courses/<folder>/` and returns the course folder. */
export function writeCourse(root: string, files: CourseFiles, folder = fixtureSlug): string {
  const courseDir = path.join(root, 'courses', folder);
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(courseDir, relative)), { recursive: true });
    fs.writeFileSync(path.join(courseDir, relative), content);
  }
  return courseDir;
}

/** Writes a package to a fresh folder and loads it; problem files are relative to the course folder. */
export function loadFiles(root: string, files: CourseFiles, folder = fixtureSlug) {
  const courseDir = writeCourse(root, files, folder);
  const loaded = loadCoursePackage(courseDir);
  const relative = (problems: ContentProblem[]) => problems.map((p) => ({ ...p, file: path.relative(courseDir, p.file) }));
  const lint = { errors: relative(loaded.lint.errors), warnings: relative(loaded.lint.warnings) };
  return { ...loaded, problems: relative(loaded.problems), lint, courseDir };
}
