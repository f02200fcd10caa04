import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { QuizAttemptResolver, QuizAttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';

/** Attempts are taken at quiz versions, so this module brings the quizzes module with it; grades feed progress. */
@Module({
  imports: [QuizzesModule, ProgressModule],
  providers: [AttemptsService, QuizAttemptResolver, QuizAttemptsResolver],
})
export class AttemptsModule {}
