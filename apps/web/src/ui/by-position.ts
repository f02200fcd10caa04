export interface Positioned {
  position: number;
}

/** Modules, lessons and questions in their teaching order. */
export function byPosition<T extends Positioned>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}
