import { Module } from '@nestjs/common';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { AttemptFollowers } from './attempt-followers';
import { QuizAttemptResolver, QuizAttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';
import { ItemAnalysisResolver } from './item-analysis.resolver';
import { ItemAnalysisService } from './item-analysis.service';

/**
 * Attempts are taken at quiz versions, so this module brings the quizzes module with it; progress
 * follows attempts. Item analysis reads how questions did in graded attempts, so it lives here.
 */
@Module({
  imports: [QuizzesModule],
  providers: [AttemptsService, AttemptFollowers, QuizAttemptResolver, QuizAttemptsResolver, ItemAnalysisService, ItemAnalysisResolver],
  exports: [AttemptFollowers],
})
export class AttemptsModule {}
