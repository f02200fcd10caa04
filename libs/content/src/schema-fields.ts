import { z } from 'zod';
import { slugPattern, slugRule } from './slugs';

export const text = z.string().trim().min(1, 'must not be empty');

export const slug = z.string().regex(slugPattern, slugRule);

/** A path inside the course folder, as written in course.yaml or front matter. */
export const packagePath = z.string().trim().min(1, 'must name a file in the course folder');
