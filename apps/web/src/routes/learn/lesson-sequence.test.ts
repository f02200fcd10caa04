import { describe, expect, it } from 'vitest';
import { findLesson } from './lesson-sequence';

const lesson = (slug: string, position: number) => ({ slug, position });
const modules = [
  { title: 'Protocol', position: 2, lessons: [lesson('sites', 1)] },
  { title: 'Mechanism', position: 1, lessons: [lesson('pathways', 2), lesson('toxin', 1)] },
];

describe('lesson sequence', () => {
  it('orders lessons by module position, then lesson position', () => {
    const place = findLesson(modules, 'pathways');

    expect(place?.previous?.lesson.slug).toBe('toxin');
    expect(place?.next?.lesson.slug).toBe('sites');
    expect(place?.next?.module.title).toBe('Protocol');
    expect([place?.number, place?.total]).toEqual([2, 3]);
  });

  it('has no previous lesson at the start and no next lesson at the end', () => {
    expect(findLesson(modules, 'toxin')?.previous).toBeNull();
    expect(findLesson(modules, 'sites')?.next).toBeNull();
  });

  it('finds nothing for a slug the course does not have', () => {
    expect(findLesson(modules, 'missing')).toBeNull();
  });
});
