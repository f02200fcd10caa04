import { useState } from 'react';
import type { CohortSortField } from '../../gql/graphql';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { cohortCsvPath, cohortQueryArguments, sortBy, wholeCohort, type CohortView } from './cohort-view';
import { CohortFilters } from './CohortFilters';
import { CohortTable } from './CohortTable';

interface CohortLearnersProps {
  courseSlug: string;
  /** In teaching order. */
  modules: { slug: string; title: string; position: number }[];
  hasFinalExam: boolean;
}

/** The course's learners, filtered and sorted as the reader chooses, with the same list as a CSV. */
export function CohortLearners({ courseSlug, modules, hasFinalExam }: CohortLearnersProps) {
  const [choices, setChoices] = useState<Omit<CohortView, 'search'>>(wholeCohort);
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const view: CohortView = { ...choices, search: settledSearch };

  return (
    <section className="report-section">
      <h2>Learners</h2>
      <CohortFilters
        status={choices.status}
        eligibleOnly={choices.eligibleOnly}
        search={search}
        onStatusChange={(status) => setChoices({ ...choices, status })}
        onEligibleOnlyChange={(eligibleOnly) => setChoices({ ...choices, eligibleOnly })}
        onSearchChange={setSearch}
      />
      <p>
        <a className="button button--quiet" href={cohortCsvPath(courseSlug, view)} download>
          Download CSV
        </a>
      </p>
      {/* New filters start again from the first page. */}
      <CohortTable
        key={JSON.stringify(cohortQueryArguments(view).filter)}
        courseSlug={courseSlug}
        modules={modules}
        hasFinalExam={hasFinalExam}
        view={view}
        onSort={(field: CohortSortField) => setChoices({ ...choices, sort: sortBy(choices.sort, field) })}
      />
    </section>
  );
}
