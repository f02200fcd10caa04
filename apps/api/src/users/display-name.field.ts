import { Field } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { readDisplayName } from './display-name';

const problemOf = (value: unknown) => (typeof value === 'string' ? readDisplayName(value).problem : 'Enter a name as text.');

/**
 * An input field holding a person's display name: stored trimmed and composed (NFC), refused
 * with BAD_USER_INPUT and the reason when it holds anything that would not print as it reads.
 */
export function DisplayNameField(): PropertyDecorator {
  return (target, property) => {
    Field()(target, property);
    Transform(({ value }) => (typeof value === 'string' ? (readDisplayName(value).name ?? value) : value))(target, property);
    ValidateBy({
      name: 'isDisplayName',
      validator: { validate: (value) => problemOf(value) === undefined, defaultMessage: (args) => problemOf(args?.value) ?? '' },
    })(target, property);
  };
}
