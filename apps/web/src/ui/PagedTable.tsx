import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { CombinedError } from 'urql';
import { readProblem } from './api-problem';
import { countLabel } from './count-label';
import './table.css';

interface PagedTableProps {
  /** Names the table, e.g. "Accounts". */
  label: string;
  columns: ReactNode[];
  /** The column the rows are ordered by, for a table the reader can sort. */
  sortedColumn?: { index: number; direction: 'ascending' | 'descending' };
  /** What one row is, singular: "account". */
  noun: string;
  emptyText: string;
  shownCount: number;
  loading: boolean;
  hasNextPage: boolean;
  error: CombinedError | undefined;
  onLoadMore: () => void;
  onRetry: () => void;
  /** The rows. */
  children: ReactNode;
}

/** A table read a page at a time: how much is shown is read out as it changes, then "Load more". */
export function PagedTable(props: PagedTableProps) {
  const { label, columns, sortedColumn, noun, emptyText, shownCount, loading, hasNextPage, error, onLoadMore, onRetry } = props;
  const count = shownCount > 0 ? `${countLabel(shownCount, noun)} shown.` : loading ? `Loading ${noun}s…` : emptyText;
  return (
    <>
      {shownCount > 0 && (
        // Scrolls sideways on a narrow screen; focusable so a keyboard can scroll it too.
        <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                {columns.map((column, index) => (
                  <th key={index} scope="col" aria-sort={sortedColumn?.index === index ? sortedColumn.direction : undefined}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{props.children}</tbody>
          </table>
        </div>
      )}
      <div className="paging">
        <p role="status" className="paging__count">
          {error && shownCount === 0 ? '' : count}
        </p>
        {error && (
          <div role="alert" className="form-alert">
            <p>
              We couldn’t load the {noun}s. {readProblem(error).message}
            </p>
            <Button className="button" onPress={onRetry}>
              Try again
            </Button>
          </div>
        )}
        {hasNextPage && (
          <Button className="button button--quiet" isPending={loading} onPress={onLoadMore}>
            {loading ? `Loading more ${noun}s…` : `Load more ${noun}s`}
          </Button>
        )}
      </div>
    </>
  );
}
