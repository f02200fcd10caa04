/** "1 module", "4 modules", "1.5 credit hours". */
export function countLabel(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
