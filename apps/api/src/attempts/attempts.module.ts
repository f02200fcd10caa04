import { Module } from '@nestjs/common';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { AttemptFollowers } from './attempt-followers';
import { QuizAttemptResolver, QuizAttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';

/** Attempts are taken at quiz versions, so this module brings the quizzes module with it; progress follows attempts. */
@Module({
  imports: [QuizzesModule],
  providers: [AttemptsService, AttemptFollowers, QuizAttemptResolver, QuizAttemptsResolver],
  exports: [AttemptFollowers],
})
export class AttemptsModule {}
