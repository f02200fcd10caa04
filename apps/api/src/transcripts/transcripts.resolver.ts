import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../auth/policy.decorators';
import type { RequestContext } from '../common/request-context';
import { AddExternalCreditInput, RemoveExternalCreditArgs, Transcript, TranscriptArgs, TranscriptEntry } from './transcript.types';
import { TranscriptsService } from './transcripts.service';

@Resolver(() => Transcript)
export class TranscriptsResolver {
  constructor(private readonly transcripts: TranscriptsService) {}

  @Query(() => Transcript, { description: "The signed-in learner's continuing-education transcript between two days, both included." })
  @SignedIn()
  async myTranscript(@Args() { from, to }: TranscriptArgs, @Context() context: RequestContext): Promise<Transcript> {
    return this.transcripts.transcript((await context.viewer())!, { from: from ?? null, to: to ?? null });
  }

  @Mutation(() => TranscriptEntry, { description: 'Records a credit the signed-in learner earned elsewhere, marked as self-reported; bad values are refused with field errors.' })
  @SignedIn()
  async addExternalCredit(@Args('input') input: AddExternalCreditInput, @Context() context: RequestContext): Promise<TranscriptEntry> {
    return this.transcripts.add((await context.viewer())!, input);
  }

  @Mutation(() => Boolean, { description: "Removes one of the signed-in learner's own self-reported credits; any other id is NOT_FOUND." })
  @SignedIn()
  async removeExternalCredit(@Args() { id }: RemoveExternalCreditArgs, @Context() context: RequestContext): Promise<boolean> {
    return this.transcripts.remove((await context.viewer())!, id);
  }
}
