const designationPattern =
  /designates this enduring material for a maximum of (\d+(?:\.\d+)?) AMA PRA Category 1 Credits?(?:™|\(TM\))\. Physicians should claim only the credit commensurate with the extent of their participation in the activity\.$/;

/**
 * The AMA's designation wording for an enduring material, as CONTENT-STANDARDS.md quotes it: it names
 * the format and the maximum, and tells physicians to claim only what they did. Returns what is wrong, or null.
 */
export function amaDesignationProblem(designation: string, maximum: number): string | null {
  const match = designationPattern.exec(designation.replace(/\s+/g, ' ').trim());
  if (!match) {
    return (
      'must read "... designates this enduring material for a maximum of N AMA PRA Category 1 Credits™. ' +
      'Physicians should claim only the credit commensurate with the extent of their participation in the activity."'
    );
  }
  return Number(match[1]) === maximum ? null : `names ${match[1]} credits but maximum is ${maximum}`;
}
