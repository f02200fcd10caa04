import { useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { LearnerSearchQuery as LearnerSearchAnswer } from '../../gql/graphql';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import '../../ui/select-field.css';

const LearnerSearchQuery = graphql(`
  query LearnerSearch($search: String) {
    users(search: $search, first: 8) {
      edges {
        node {
          id
          name
          email
        }
      }
    }
  }
`);

export type PickedLearner = LearnerSearchAnswer['users']['edges'][number]['node'];

interface LearnerPickerProps {
  onPick: (learner: PickedLearner | null) => void;
}

/** Finds an account by part of its name or email, as the admin types. */
export function LearnerPicker({ onPick }: LearnerPickerProps) {
  const [typed, setTyped] = useState('');
  const search = useDebouncedValue(typed.trim(), 300);
  const [{ data, fetching }] = useQuery({ query: LearnerSearchQuery, variables: { search }, pause: search.length < 2 });
  const learners = search.length < 2 ? [] : (data?.users.edges.map(({ node }) => node) ?? []);

  return (
    <ComboBox
      className="select-field learner-picker"
      items={learners}
      inputValue={typed}
      onInputChange={setTyped}
      onSelectionChange={(id) => onPick(learners.find((learner) => learner.id === id) ?? null)}
      allowsEmptyCollection
    >
      <Label>Learner</Label>
      <div className="learner-picker__box">
        <Input className="form-field__input" />
        <Button className="learner-picker__open" aria-label="Show matching learners">
          ▾
        </Button>
      </div>
      <Text slot="description" className="form-field__hint">
        Type at least two letters of a name or email.
      </Text>
      <Popover className="select-field__popover">
        <ListBox<PickedLearner>
          className="select-field__options"
          renderEmptyState={() => <p className="learner-picker__empty">{fetching ? 'Searching…' : 'No account matches.'}</p>}
        >
          {(learner) => (
            <ListBoxItem id={learner.id} textValue={learner.name} className="select-field__option">
              {learner.name} <span className="learner-picker__email">{learner.email}</span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
