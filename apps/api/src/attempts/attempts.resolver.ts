import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { Quiz } from '../quizzes/quizzes.types';
import { feedbackFor } from './attempt-feedback';
import { questionsAsShown } from './attempt-questions';
import { AttemptAnswersArgs, AttemptIdArgs, QuizIdArgs, SubmitAttemptArgs } from './attempts.inputs';
import { AttemptsService } from './attempts.service';
import { AttemptQuestion, QuestionFeedback, QuizAttempt, SavedAnswer } from './attempts.types';
import { ShownOptions } from './shown-options';

@Resolver(() => QuizAttempt)
@SignedIn()
export class QuizAttemptResolver {
  constructor(private readonly attempts: AttemptsService) {}

  @Query(() => QuizAttempt, {
    nullable: true,
    description: "The viewer's own attempt; instructors and admins may read anyone's. Any other id is NOT_FOUND.",
  })
  async attempt(@Args() { id }: AttemptIdArgs, @Context() context: RequestContext) {
    return this.attempts.find((await context.viewer())!, id);
  }

  @Mutation(() => QuizAttempt, { description: 'Starts an attempt on the published quiz version, or returns the open one.' })
  async startQuizAttempt(@Args() { quizId }: QuizIdArgs, @Context() context: RequestContext) {
    return this.attempts.start((await context.viewer())!, quizId);
  }

  @Mutation(() => QuizAttempt, {
    description: 'Keeps answers as the learner goes; a later answer to a question replaces the earlier one.',
  })
  async saveQuizAnswers(@Args() { attemptId, answers }: AttemptAnswersArgs, @Context() context: RequestContext) {
    return this.attempts.saveAnswers((await context.viewer())!, attemptId, answers);
  }

  @Mutation(() => QuizAttempt, { description: 'Keeps the final answers and grades the attempt on the server, once.' })
  async submitQuizAttempt(@Args() { attemptId, answers, idempotencyKey }: SubmitAttemptArgs, @Context() context: RequestContext) {
    return this.attempts.submit((await context.viewer())!, attemptId, answers, idempotencyKey ?? null);
  }

  @ResolveField(() => [AttemptQuestion], { description: 'In the order this attempt shows them, the same on every reload.' })
  async questions(@Parent() attempt: QuizAttempt, @Context() context: RequestContext) {
    return questionsAsShown(attempt, await context.loaders.quizzes.questionsOfVersion.load(attempt.quizVersionId));
  }

  @ResolveField(() => [SavedAnswer])
  async savedAnswers(@Parent() attempt: QuizAttempt, @Context() context: RequestContext) {
    const shown = new ShownOptions(attempt.drawnQuestions);
    const saved = await context.loaders.attempts.savedAnswers.load(attempt.id);
    return saved.map((answer) => ({ ...answer, optionIds: shown.shown(answer.questionId, answer.optionIds) }));
  }

  @ResolveField(() => [QuestionFeedback], {
    nullable: true,
    description: "Null while in progress, and afterwards whenever the quiz's feedback policy withholds it.",
  })
  feedback(@Parent() attempt: QuizAttempt, @Context() context: RequestContext) {
    return feedbackFor(attempt, context.loaders.quizzes.questionsOfVersion, context.loaders.attempts);
  }
}

@Resolver(() => Quiz)
export class QuizAttemptsResolver {
  constructor(private readonly attempts: AttemptsService) {}

  @ResolveField(() => [QuizAttempt], { description: "The viewer's own attempts, first to last; empty for anonymous visitors." })
  @Public()
  async myAttempts(@Parent() quiz: Quiz, @Context() context: RequestContext) {
    const viewer = await context.viewer();
    if (!viewer) return [];
    const attempts = await context.loaders.attempts.ofLearner.load({ userId: viewer.id, quizId: quiz.id });
    return this.attempts.withDeadlinesApplied(viewer.id, quiz.id, attempts);
  }
}
