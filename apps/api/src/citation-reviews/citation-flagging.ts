import { citationReviewStates, citedSources, reviewPairKey, type CoursePackage } from '@ptp/content';
import type { Database } from '../database/typed-sql';
import { clearancesOf, clearOpenFlag, insertFlags, openFlagsOf } from './citation-flags.records';
import { flagsForNewVersion, pairKey } from './flag-rules';
import { insertSourceFingerprints, publishedSourceFingerprints } from './source-fingerprints.records';

/**
 * Records a new course version's passages and references and flags every lesson and question
 * citing one that changed. Runs in the import's transaction, before the version is published, so
 * it compares with the version published until now.
 */
export async function flagChangedCitations(db: Database, courseId: string, versionId: string, coursePackage: CoursePackage): Promise<void> {
  const previous = await publishedSourceFingerprints(db, courseId);
  await insertSourceFingerprints(db, versionId, citedSources(coursePackage));
  const flags = flagsForNewVersion({
    citations: citationReviewStates(coursePackage, coursePackage.reviewedCitations),
    previous: previous.sources,
    openBefore: previous.versionId ? await openFlagsOf(db, previous.versionId) : [],
    cleared: await clearancesOf(db, courseId),
  });
  await insertFlags(db, courseId, versionId, flags);
}

/**
 * Clears the published version's open flags that the package's record says were reviewed against
 * exactly what they now cite (a review recorded with `content:review`), naming the reviewer and
 * the day the record gives. Runs on every import, changed package or not, since recording a review
 * does not change the package's content hash.
 */
export async function clearFlagsReviewedInPackage(db: Database, courseId: string, coursePackage: CoursePackage): Promise<void> {
  if (!coursePackage.reviewedCitations) return;
  const published = await publishedSourceFingerprints(db, courseId);
  if (!published.versionId) return;
  const fingerprints = new Map(published.sources.map((source) => [`${source.kind} ${source.key}`, source.fingerprint]));
  const reviewed = new Map(
    citationReviewStates(coursePackage, coursePackage.reviewedCitations).map((state) => [reviewPairKey(state), state.reviewed]),
  );
  for (const flag of await openFlagsOf(db, published.versionId)) {
    const review = reviewed.get(pairKey(flag));
    if (!review || review.fingerprint !== fingerprints.get(`${flag.citedKind} ${flag.citedKey}`)) continue;
    const { by, on, note } = review.signature;
    await clearOpenFlag(db, flag.id, { clearedIn: 'PACKAGE', clearedById: null, clearedByName: by, clearanceNote: note, clearedAt: new Date(`${on}T00:00:00Z`) });
  }
}
