import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/policy.decorators';
import type { Viewer } from '../auth/viewer';
import { sendCsv } from '../reports/csv';
import { COMPLETION_FILE_HEADER } from './completion-file';
import { DayRangeQuery } from '../common/day-range.query';
import { CreditReportsService } from './credit-reports.service';

/** The accreditor's completion file, for a browser (session cookie) or a script (Bearer token). */
@Controller('reports')
export class CreditReportsController {
  constructor(private readonly creditReports: CreditReportsService) {}

  @Get('activities/:activityId/completions.csv')
  @Roles('ADMIN')
  async completions(@Param('activityId') activityId: string, @Query() { from, to }: DayRangeQuery, @CurrentViewer() admin: Viewer, @Res() response: Response) {
    const records = await this.creditReports.completionFile(admin, activityId, { from: from ?? null, to: to ?? null });
    await sendCsv(response, `${activityId}-completions.csv`, COMPLETION_FILE_HEADER, records);
  }
}
