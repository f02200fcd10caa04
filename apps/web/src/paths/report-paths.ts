export const reportsPath = '/reports';

export function cohortReportPath(courseSlug: string): string {
  return `${reportsPath}/courses/${encodeURIComponent(courseSlug)}`;
}

export const creditReportsPath = `${reportsPath}/credit`;
