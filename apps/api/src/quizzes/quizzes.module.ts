import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CourseFinalQuizResolver, CourseModuleQuizResolver } from './course-quizzes.resolver';
import { QuizAuthoringResolver } from './quiz-authoring.resolver';
import { QuizAuthoringService } from './quiz-authoring.service';
import { QuizFilesResolver } from './quiz-files.resolver';
import { QuizFilesService } from './quiz-files.service';

@Module({
  imports: [AuditModule],
  providers: [
    QuizAuthoringService,
    QuizAuthoringResolver,
    QuizFilesService,
    QuizFilesResolver,
    CourseFinalQuizResolver,
    CourseModuleQuizResolver,
  ],
})
export class QuizzesModule {}
