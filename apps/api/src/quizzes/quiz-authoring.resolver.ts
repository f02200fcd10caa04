import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import {
  AuthoredQuizArgs,
  CreateQuestionArgs,
  QuestionArgs,
  QuizArgs,
  ReorderQuestionsArgs,
  UpdateQuestionArgs,
  UpdateQuizSettingsArgs,
} from './quiz-authoring.inputs';
import { QuizAuthoringService } from './quiz-authoring.service';
import { AuthoredQuiz, QuizChanges } from './quiz-authoring.types';

@Resolver(() => AuthoredQuiz)
@Roles('INSTRUCTOR', 'ADMIN')
export class QuizAuthoringResolver {
  constructor(private readonly authoring: QuizAuthoringService) {}

  @Query(() => AuthoredQuiz, { nullable: true, description: 'The draft if there is one, else the published version, answers included.' })
  quizForAuthoring(@Args() { id }: AuthoredQuizArgs) {
    return this.authoring.quizForAuthoring(id);
  }

  @ResolveField(() => QuizChanges, { nullable: true, description: 'Compared with the version published before; null for the first.' })
  changes(@Parent() quiz: AuthoredQuiz) {
    return this.authoring.changes(quiz);
  }

  @Mutation(() => AuthoredQuiz, { description: 'Adds a question at the end of the draft.' })
  createQuestion(@Args() { quizId, input }: CreateQuestionArgs) {
    return this.authoring.createQuestion(quizId, input);
  }

  @Mutation(() => AuthoredQuiz, { description: "Replaces the question in the draft; published versions keep theirs." })
  updateQuestion(@Args() { questionId, input }: UpdateQuestionArgs) {
    return this.authoring.updateQuestion(questionId, input);
  }

  @Mutation(() => AuthoredQuiz, { description: 'Removes the question from the draft; published versions keep it.' })
  archiveQuestion(@Args() { questionId }: QuestionArgs) {
    return this.authoring.archiveQuestion(questionId);
  }

  @Mutation(() => AuthoredQuiz)
  reorderQuestions(@Args() { quizId, questionIds }: ReorderQuestionsArgs) {
    return this.authoring.reorderQuestions(quizId, questionIds);
  }

  @Mutation(() => AuthoredQuiz)
  updateQuizSettings(@Args() { quizId, input }: UpdateQuizSettingsArgs) {
    return this.authoring.updateSettings(quizId, input);
  }

  @Mutation(() => AuthoredQuiz, { description: 'Publishes the draft as the next version; `changes` says what it changed.' })
  async publishQuiz(@Args() { quizId }: QuizArgs, @Context() context: RequestContext) {
    return this.authoring.publish((await context.viewer())!, quizId);
  }
}
