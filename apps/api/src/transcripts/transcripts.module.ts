import { Module } from '@nestjs/common';
import { RateLimitsModule } from '../rate-limits/rate-limits.module';
import { TranscriptsController } from './transcripts.controller';
import { TranscriptsResolver } from './transcripts.resolver';
import { TranscriptsService } from './transcripts.service';

/** The learner's continuing-education transcript: credit claimed here and credit reported from elsewhere. */
@Module({
  imports: [RateLimitsModule],
  controllers: [TranscriptsController],
  providers: [TranscriptsService, TranscriptsResolver],
})
export class TranscriptsModule {}
