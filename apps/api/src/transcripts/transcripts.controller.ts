import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { SignedIn } from '../auth/policy.decorators';
import type { Viewer } from '../auth/viewer';
import { DayRangeQuery } from '../common/day-range.query';
import { TranscriptsService } from './transcripts.service';

@Controller()
export class TranscriptsController {
  constructor(private readonly transcripts: TranscriptsService) {}

  /** The signed-in learner's transcript as a PDF, for the days the page shows: ?from=YYYY-MM-DD&to=YYYY-MM-DD, both optional. */
  @Get('transcript.pdf')
  @SignedIn()
  @Header('Cache-Control', 'private, no-store')
  async pdf(@Query() { from, to }: DayRangeQuery, @CurrentViewer() viewer: Viewer, @Res() response: Response): Promise<void> {
    const pdf = await this.transcripts.pdf(viewer, { from: from || null, to: to || null });
    response.type('application/pdf').attachment('transcript.pdf').send(pdf);
  }
}
