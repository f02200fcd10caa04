import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { PlatformError } from './errors';

function messagesOf(errors: ValidationError[], prefix = ''): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const path = `${prefix}${error.property}`;
    const first = Object.values(error.constraints ?? {})[0];
    if (first) fields[path] = first.startsWith(error.property) ? `${path}${first.slice(error.property.length)}` : first;
    Object.assign(fields, messagesOf(error.children ?? [], `${path}.`));
  }
  return fields;
}

/** Inputs are checked before any resolver runs; unknown fields are refused, not ignored. */
export const inputValidationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const fields = messagesOf(errors);
    return new PlatformError('BAD_USER_INPUT', Object.values(fields).join(' '), { fields });
  },
});
