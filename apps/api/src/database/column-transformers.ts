import type { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric columns as strings to keep precision; credit hours fit a double. */
export const decimalNumber: ValueTransformer = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
