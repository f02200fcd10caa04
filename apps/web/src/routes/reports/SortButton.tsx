import { Button } from 'react-aria-components';
import type { CohortSortField } from '../../gql/graphql';
import type { CohortSort } from './cohort-view';

interface SortButtonProps {
  label: string;
  field: CohortSortField;
  sort: CohortSort;
  onSort: (field: CohortSortField) => void;
}

/** A column heading that sorts by its column; the heading cell itself says how the rows are sorted. */
export function SortButton({ label, field, sort, onSort }: SortButtonProps) {
  const arrow = sort.field !== field ? '↕' : sort.direction === 'ASC' ? '▲' : '▼';
  return (
    <Button className="sort-button" onPress={() => onSort(field)}>
      {label}
      <span className="sort-button__arrow" aria-hidden="true">
        {arrow}
      </span>
    </Button>
  );
}
