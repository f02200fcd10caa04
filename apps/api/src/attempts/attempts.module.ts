import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { MailModule } from '../mail/mail.module';
import { QuizzesModule } from '../quizzes/quizzes.module';
import { AttemptFollowers } from './attempt-followers';
import { QuizAttemptResolver, QuizAttemptsResolver } from './attempts.resolver';
import { AttemptsService } from './attempts.service';
import { ItemAnalysisResolver } from './item-analysis.resolver';
import { ItemAnalysisService } from './item-analysis.service';
import { RegradeMail } from './regrade-mail.service';
import { RegradeRunner } from './regrade-runner.service';
import { AttemptRegradeNotesResolver, RegradesResolver } from './regrades.resolver';
import { RegradesService } from './regrades.service';

/**
 * Attempts are taken at quiz versions, so this module brings the quizzes module with it; progress
 * follows attempts. Item analysis reads how questions did in graded attempts, and regrades grade
 * them again, so both live here.
 */
@Module({
  imports: [QuizzesModule, AuditModule, MailModule],
  providers: [
    AttemptsService,
    AttemptFollowers,
    QuizAttemptResolver,
    QuizAttemptsResolver,
    ItemAnalysisService,
    ItemAnalysisResolver,
    RegradesService,
    RegradeRunner,
    RegradeMail,
    RegradesResolver,
    AttemptRegradeNotesResolver,
  ],
  exports: [AttemptFollowers],
})
export class AttemptsModule {}
