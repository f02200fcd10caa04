import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { Roles } from '../auth/policy.decorators';
import { QuizArgs } from './quiz-authoring.inputs';
import { AuthoredQuiz } from './quiz-authoring.types';
import { QuizFilesService } from './quiz-files.service';

@ArgsType()
class ImportQuizYamlArgs extends QuizArgs {
  @Field({ description: 'A quiz file in the format of content/ (libs/content/FORMAT.md).' })
  @IsString()
  @MaxLength(200_000)
  yaml: string;
}

@Resolver()
@Roles('INSTRUCTOR', 'ADMIN')
export class QuizFilesResolver {
  constructor(private readonly files: QuizFilesService) {}

  @Query(() => String, { description: 'The quiz (its draft if any) as a YAML file for content/.' })
  quizYaml(@Args() { quizId }: QuizArgs) {
    return this.files.exportYaml(quizId);
  }

  @Mutation(() => AuthoredQuiz, { description: "Replaces the draft with a quiz file's settings and questions." })
  importQuizYaml(@Args() { quizId, yaml }: ImportQuizYamlArgs) {
    return this.files.importYaml(quizId, yaml);
  }
}
