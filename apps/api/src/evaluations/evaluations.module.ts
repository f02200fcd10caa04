import { Module } from '@nestjs/common';
import { EvaluationResultsService } from './evaluation-results.service';
import { EvaluationsResolver } from './evaluations.resolver';
import { EvaluationsService } from './evaluations.service';

@Module({
  providers: [EvaluationsService, EvaluationResultsService, EvaluationsResolver],
  exports: [EvaluationsService, EvaluationResultsService],
})
export class EvaluationsModule {}
