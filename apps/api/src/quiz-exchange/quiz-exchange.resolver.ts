import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { ImportQtiPackageArgs } from './quiz-exchange.inputs';
import { QuizExchangeService } from './quiz-exchange.service';
import { QtiImportReport } from './quiz-exchange.types';

@Resolver()
@Roles('INSTRUCTOR', 'ADMIN')
export class QuizExchangeResolver {
  constructor(private readonly exchange: QuizExchangeService) {}

  @Mutation(() => QtiImportReport, {
    description:
      "Carries a QTI 3.0 package's items into the quiz's draft (a question with the same key is replaced, others are added); published versions stay as they are.",
  })
  async importQtiPackage(@Args() { quizId, packageBase64, passageAnchor }: ImportQtiPackageArgs, @Context() context: RequestContext) {
    return this.exchange.importPackage((await context.viewer())!, quizId, packageBase64, passageAnchor ?? null);
  }
}
