import { describe, expect, it } from 'vitest';
import { readTypedCode } from './certificate-code';

describe('reading a typed certificate code', () => {
  it('takes any case, spaces and dashes, and lays the code out as printed', () => {
    expect(readTypedCode(' 7kq2 m9xd-4trb hw3nf ')).toBe('7KQ2-M9XD-4TRB-HW3N-F');
    expect(readTypedCode('7KQ2M9XD4TRBHW3NF')).toBe('7KQ2-M9XD-4TRB-HW3N-F');
  });

  it('takes a whole verify link pasted in', () => {
    expect(readTypedCode('https://training.example.org/verify/7KQ2-M9XD-4TRB-HW3N-F')).toBe('7KQ2-M9XD-4TRB-HW3N-F');
  });

  it('refuses a code with symbols missing, extra or not letters and digits', () => {
    expect(readTypedCode('7KQ2-M9XD-4TRB-HW3N')).toBeNull();
    expect(readTypedCode('7KQ2-M9XD-4TRB-HW3N-FF')).toBeNull();
    expect(readTypedCode('7KQ2-M9XD-4TRB-HW3N-?')).toBeNull();
  });
});
