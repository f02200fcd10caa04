import { Button, Input, Label, SearchField } from 'react-aria-components';
import './search-box.css';

interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled search input with a button that clears it. */
export function SearchBox({ label, value, onChange }: SearchBoxProps) {
  return (
    <SearchField className="search-field" value={value} onChange={onChange}>
      <Label>{label}</Label>
      <div className="search-field__box">
        <Input className="form-field__input" />
        <Button className="search-field__clear" aria-label="Clear search">
          ×
        </Button>
      </div>
    </SearchField>
  );
}
