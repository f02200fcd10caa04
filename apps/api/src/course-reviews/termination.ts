import { PlatformError } from '../common/errors';

/** Whether the database refused a write because the course version has terminated (SQLSTATE PT410, raised by its triggers). */
export function isTerminationRefusal(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'PT410';
}

export function courseTerminated(courseTitle: string, refused: 'enrolments' | 'certificates'): PlatformError {
  const consequence = refused === 'enrolments' ? 'takes no new enrolments' : 'grants no certificates';
  return new PlatformError('COURSE_TERMINATED', `${courseTitle} has reached its termination date and ${consequence} until a reviewer signs it off again.`);
}
