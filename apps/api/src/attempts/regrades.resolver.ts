import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { QuizAttempt } from './attempts.types';
import { regradeReason } from './regrade-mail.service';
import { RegradeArgs, RegradeIdArgs, QuizRegradesArgs } from './regrades.inputs';
import { RegradesService } from './regrades.service';
import { AttemptRegradeNote, Regrade, RegradePreview } from './regrades.types';

@Resolver(() => Regrade)
@Roles('INSTRUCTOR', 'ADMIN')
export class RegradesResolver {
  constructor(private readonly regrades: RegradesService) {}

  @Query(() => RegradePreview, { description: 'A dry run: every graded attempt whose score or pass the regrade would change. Writes nothing.' })
  regradePreview(@Args() { input }: RegradeArgs) {
    return this.regrades.preview(input);
  }

  @Mutation(() => Regrade, {
    description: 'Puts the regrade in force and regrades the graded attempts in the background; REGRADE_IN_PROGRESS while another of the quiz runs. Audited.',
  })
  async startRegrade(@Args() { input }: RegradeArgs, @Context() context: RequestContext) {
    return this.regrades.request((await context.viewer())!, input);
  }

  @Query(() => Regrade, { description: "A regrade's status and counts." })
  regrade(@Args() { id }: RegradeIdArgs) {
    return this.regrades.find(id);
  }

  @Query(() => [Regrade], { description: "The quiz's regrades, newest first." })
  quizRegrades(@Args() { quizId }: QuizRegradesArgs) {
    return this.regrades.ofQuiz(quizId);
  }
}

@Resolver(() => QuizAttempt)
export class AttemptRegradeNotesResolver {
  @ResolveField(() => [AttemptRegradeNote], {
    description: "The regrades that changed this attempt's score or pass, oldest first; only the learner's own attempts, and staff, show them.",
  })
  @SignedIn()
  async regrades(@Parent() attempt: QuizAttempt, @Context() context: RequestContext): Promise<AttemptRegradeNote[]> {
    const viewer = (await context.viewer())!;
    const staff = viewer.roles.some((role) => role === 'INSTRUCTOR' || role === 'ADMIN');
    if (attempt.userId !== viewer.id && !staff) return [];
    const notes = await context.loaders.attempts.regradeNotes.load(attempt.id);
    return notes.map(({ attemptId: _, questionKey: __, keyVersion, ...note }) => {
      const reason = regradeReason(note.mode, keyVersion);
      return { ...note, reason: reason[0].toUpperCase() + reason.slice(1) + '.' };
    });
  }
}
