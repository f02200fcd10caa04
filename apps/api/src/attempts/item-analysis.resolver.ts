import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../auth/policy.decorators';
import { ItemAnalysisService } from './item-analysis.service';
import { ItemAnalysis } from './item-analysis.types';

@Resolver(() => ItemAnalysis)
@Roles('INSTRUCTOR', 'ADMIN')
export class ItemAnalysisResolver {
  constructor(private readonly analysis: ItemAnalysisService) {}

  @Query(() => ItemAnalysis, { description: 'How each question of a published quiz version performed.' })
  itemAnalysis(
    @Args('quizId', { type: () => ID }) quizId: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number,
  ) {
    return this.analysis.analyse(quizId, version ?? undefined);
  }
}
