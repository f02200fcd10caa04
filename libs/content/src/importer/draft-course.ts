import { stringify } from 'yaml';
import { writeSource } from '../source/write-source';
import type { ArticleImport, ImportedSection } from './import-article';

export interface CourseDraft {
  slug: string;
  title: string;
  /** The article's file name, recorded in source.md. */
  origin: string;
}

/** The files of a draft course package, by path inside the course folder. */
export function draftCourseFiles(imported: ArticleImport, draft: CourseDraft): Map<string, string> {
  const files = new Map<string, string>();
  const passages = imported.sections.flatMap((section) =>
    section.passages.map((p) => ({ anchor: p.anchor, section: section.heading, text: p.text, appraisal: null })),
  );
  files.set('source.md', writeSource({ title: draft.title, origin: draft.origin, provenance: null, passages }));
  files.set('references.yaml', referencesToDo);
  const modulePaths = imported.sections.map((section, index) => {
    const modulePath = `modules/${String(index + 1).padStart(2, '0')}-${section.slug}.md`;
    files.set(modulePath, draftModule(section));
    return modulePath;
  });
  files.set('course.yaml', draftCourseYaml(draft, modulePaths));
  files.set('accreditation.yaml', draftAccreditation(draft.slug));
  files.set('disclosures.yaml', disclosuresToDo);
  files.set('evaluation.yaml', draftEvaluation);
  return files;
}

function draftCourseYaml(draft: CourseDraft, modules: string[]): string {
  const course = {
    slug: draft.slug,
    title: draft.title,
    summary: `Draft imported from ${draft.origin}.`,
    audience: 'TODO: who the course is for',
    scope: 'TODO: what the course does and does not qualify anyone to do',
    creditHours: 1,
    source: 'source.md',
    references: 'references.yaml',
    modules,
    completion: { requireModuleQuizzes: false, requireFinalExam: false },
    // A draft issues nothing by itself until an instructor has reviewed it.
    certificate: {
      issue: 'approval',
      validityMonths: 24,
      attestation: 'I completed this activity myself and reviewed the cited source passages.',
    },
  };
  const note = `# Draft imported from ${draft.origin}: review every field, write the lessons and add quizzes.\n`;
  return note + stringify(course);
}

function draftAccreditation(slug: string): string {
  return `# Draft: who provides the activity and what credit it offers (see FORMAT.md).
provider:
  name: "TODO: the provider's name"
  accredited: false            # true only with an accreditation to award the credit types below
statement: "TODO: the accreditation statement, or that the provider is not accredited"
format: enduring-material
activityId: ${slug}
credits:
  - type: participation        # ama-pra-category-1 | nursing-contact-hours | pharmacy | participation
    maximum: 1
    designation: "TODO: the designation statement for this credit type"
`;
}

const disclosuresToDo = `# Draft: everyone in control of content and their financial relationships of the past 24 months.
collected: TODO                # the date collected, YYYY-MM-DD; older than 12 months is refused
people:
  - name: "TODO: a planner, author or reviewer"
    roles: [author]            # planner, author, reviewer
    relationships: none        # or a list of { company, nature, mitigation }
commercialSupport: none        # or a list of { supporter, kind }
`;

const draftEvaluation = `# Draft: the evaluation learners fill in after the course; adapt the items (see FORMAT.md).
items:
  - id: objectives-met
    kind: rating                 # rating | yes-no | text
    prompt: The activity met its stated learning objectives.
    scale: &agreement [Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree]
  - id: relevant-to-practice
    kind: rating
    prompt: The content was relevant to my practice.
    scale: *agreement
  - id: free-of-bias
    kind: yes-no
    prompt: Was the content free of commercial bias?
    purpose: commercial-bias
  - id: practice-change
    kind: text
    prompt: What is one change you will make in your practice as a result of this activity?
    purpose: commitment-to-change
`;

const referencesToDo = `# Draft: list the references that appraisals, lessons and questions cite as [ref:id], e.g.
# - id: example-2024            # lowercase letters, digits and hyphens, unique
#   title: Title of the label, trial report, classification or guideline
#   publisher: Publisher or journal
#   year: 2024
#   identifier: "doi:10.1000/example"   # DOI, PMID or another identifier; this, a url, or both
#   url: https://example.org/
#   read: 2026-01-31             # the date you read it
[]
`;

function draftModule(section: ImportedSection): string {
  const frontMatter = stringify({
    slug: section.slug,
    title: section.heading,
    objectives: ['Draft: state what the learner will be able to do after this module.'],
  });
  const citations = section.passages.map((p) => `- [§${p.anchor}]`).join('\n');
  return [
    `---\n${frontMatter}---`,
    `## ${section.heading} {#${section.slug}}`,
    'Draft: write this lesson for practitioners from the source passages it cites.',
    `${citations}\n`,
  ].join('\n\n');
}
