import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthoredQuizCitationReviewsResolver, CitationReviewsResolver } from './citation-reviews.resolver';
import { CitationReviewsService } from './citation-reviews.service';

@Module({
  imports: [AuditModule],
  providers: [CitationReviewsService, CitationReviewsResolver, AuthoredQuizCitationReviewsResolver],
})
export class CitationReviewsModule {}
