import { strToU8, zipSync, type Zippable } from 'fflate';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { AuthoredQuestion, AuthoredQuiz } from '../quizzes/quiz-authoring.types';
import { assessmentItemXml, itemIdentifier } from './qti-item-export';
import {
  ITEM_RESOURCE_TYPE,
  LOM_NAMESPACE,
  MANIFEST_NAMESPACE,
  PASSAGE_CATALOG,
  QTI_NAMESPACE,
  REFERENCE_CATALOG,
  TEST_RESOURCE_TYPE,
  XSI_NAMESPACE,
} from './qti-vocabulary';

export const TEST_FILE = 'assessment-test.xml';
const itemFile = (question: AuthoredQuestion) => `items/${question.key}.xml`;

/** The quiz version as a QTI 3.0 content package: imsmanifest.xml, one assessment test, one item per question. */
export function qtiPackage(quiz: AuthoredQuiz): Uint8Array {
  const files: Zippable = {
    'imsmanifest.xml': strToU8(manifestXml(quiz)),
    [TEST_FILE]: strToU8(assessmentTestXml(quiz)),
  };
  for (const question of quiz.questions) files[itemFile(question)] = strToU8(assessmentItemXml(question, quiz));
  return zipSync(files, { level: 6, mtime: quiz.publishedAt ?? new Date('2020-01-01T00:00:00Z') });
}

/** One section holding the items in the quiz's order, with its draw and shuffle; the time limit on the whole test. */
export function assessmentTestXml(quiz: AuthoredQuiz): string {
  const test = create({ version: '1.0', encoding: 'UTF-8' }).ele(QTI_NAMESPACE, 'qti-assessment-test', {
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`,
    identifier: `quiz-${quiz.slug}`,
    title: quiz.title,
  });
  if (quiz.timeLimitSeconds !== null) test.ele('qti-time-limits', { 'max-time': String(quiz.timeLimitSeconds) });
  const section = test
    .ele('qti-test-part', { identifier: 'attempt', 'navigation-mode': 'nonlinear', 'submission-mode': 'simultaneous' })
    .ele('qti-assessment-section', { identifier: 'questions', title: quiz.title, visible: 'true' });
  if (quiz.drawCount !== null) section.ele('qti-selection', { select: String(quiz.drawCount) });
  if (quiz.shuffleQuestions) section.ele('qti-ordering', { shuffle: 'true' });
  for (const question of quiz.questions) {
    section.ele('qti-assessment-item-ref', { identifier: itemIdentifier(question.key), href: itemFile(question) });
  }
  return test.end({ prettyPrint: true });
}

export function manifestXml(quiz: AuthoredQuiz): string {
  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(MANIFEST_NAMESPACE, 'manifest', {
    'xmlns:imsmd': LOM_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': `${MANIFEST_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd`,
    identifier: `quiz-${quiz.slug}-v${quiz.version}`,
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('QTI Package');
  metadata.ele('schemaversion').txt('3.0.0');
  manifest.ele('organizations');
  const resources = manifest.ele('resources');
  const test = resources.ele('resource', { identifier: 'assessment-test', type: TEST_RESOURCE_TYPE, href: TEST_FILE });
  test.ele('file', { href: TEST_FILE });
  for (const question of quiz.questions) test.ele('dependency', { identifierref: itemIdentifier(question.key) });
  for (const question of quiz.questions) {
    const resource = resources.ele('resource', { identifier: itemIdentifier(question.key), type: ITEM_RESOURCE_TYPE, href: itemFile(question) });
    citations(resource, question);
    resource.ele('file', { href: itemFile(question) });
  }
  return manifest.end({ prettyPrint: true });
}

/** What the question cites, as relations of the item's LOM record; another platform may ignore them. */
function citations(resource: XMLBuilder, question: AuthoredQuestion): void {
  const cited = [
    ...(question.passageAnchor ? [[PASSAGE_CATALOG, question.passageAnchor]] : []),
    ...question.referenceKeys.map((key) => [REFERENCE_CATALOG, key]),
  ];
  if (cited.length === 0) return;
  const lom = resource.ele('metadata').ele(LOM_NAMESPACE, 'imsmd:lom');
  for (const [catalog, entry] of cited) {
    const relation = lom.ele(LOM_NAMESPACE, 'imsmd:relation');
    const kind = relation.ele(LOM_NAMESPACE, 'imsmd:kind');
    kind.ele(LOM_NAMESPACE, 'imsmd:source').txt('LOMv1.0');
    kind.ele(LOM_NAMESPACE, 'imsmd:value').txt('isbasedon');
    const identifier = relation.ele(LOM_NAMESPACE, 'imsmd:resource').ele(LOM_NAMESPACE, 'imsmd:identifier');
    identifier.ele(LOM_NAMESPACE, 'imsmd:catalog').txt(catalog);
    identifier.ele(LOM_NAMESPACE, 'imsmd:entry').txt(entry);
  }
}
