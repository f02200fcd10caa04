import { Button, Checkbox, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import type { ProgressStatus } from '../../gql/graphql';
import { statusLabels } from '../../ui/progress-words';
import { SearchBox } from '../../ui/SearchBox';
import '../../ui/select-field.css';

const statuses: ProgressStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETE'];
const anyStatus = 'ANY';

interface CohortFiltersProps {
  status: ProgressStatus | null;
  eligibleOnly: boolean;
  search: string;
  onStatusChange: (status: ProgressStatus | null) => void;
  onEligibleOnlyChange: (eligibleOnly: boolean) => void;
  onSearchChange: (search: string) => void;
}

export function CohortFilters(props: CohortFiltersProps) {
  return (
    <div className="cohort-filters">
      <Select
        className="select-field"
        value={props.status ?? anyStatus}
        onChange={(key) => props.onStatusChange(key === anyStatus ? null : (key as ProgressStatus))}
      >
        <Label>Status</Label>
        <Button className="select-field__button">
          <SelectValue />
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="select-field__popover">
          <ListBox className="select-field__options">
            <ListBoxItem id={anyStatus} className="select-field__option">
              Any status
            </ListBoxItem>
            {statuses.map((status) => (
              <ListBoxItem key={status} id={status} className="select-field__option">
                {statusLabels[status]}
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <SearchBox label="Search by name or email" value={props.search} onChange={props.onSearchChange} />
      <Checkbox className="checkbox" isSelected={props.eligibleOnly} onChange={props.onEligibleOnlyChange}>
        <span className="checkbox__box" aria-hidden="true" />
        Only learners eligible for a certificate
      </Checkbox>
    </div>
  );
}
