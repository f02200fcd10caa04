import { Field, ObjectType } from '@nestjs/graphql';
import { AuthoredQuiz } from '../quizzes/quiz-authoring.types';
import { QuestionTypeName } from '../quizzes/quizzes.types';

@ObjectType({ description: "An item of the package that became a question of the quiz's draft." })
export class QtiImportedQuestion {
  @Field({ description: "The item's identifier in the package." })
  itemIdentifier: string;

  @Field({ description: 'The question it became, by key.' })
  questionKey: string;

  @Field(() => QuestionTypeName)
  type: QuestionTypeName;

  @Field({ description: 'Whether it replaced a draft question with the same key, rather than being added.' })
  replaced: boolean;

  @Field(() => [String], { description: 'What the item had that the question does not keep.' })
  leftOut: string[];
}

@ObjectType({ description: 'An item of the package that was not carried over, and why.' })
export class QtiItemNotImported {
  @Field({ description: "The item's identifier in the package, or its resource's when the item could not be read." })
  itemIdentifier: string;

  @Field({ description: 'Its file in the package.' })
  file: string;

  @Field(() => [String])
  reasons: string[];
}

@ObjectType({ description: 'What an import of a QTI 3.0 package did: the draft as it now is, what came over, what did not.' })
export class QtiImportReport {
  @Field(() => AuthoredQuiz, { description: 'The draft when anything was carried over; otherwise the quiz as it was.' })
  quiz: AuthoredQuiz;

  @Field(() => [QtiImportedQuestion])
  imported: QtiImportedQuestion[];

  @Field(() => [QtiItemNotImported])
  notImported: QtiItemNotImported[];

  @Field(() => [String], { description: 'Parts of the package other than items (shared stimuli, for instance) that were not carried over.' })
  otherContentLeftOut: string[];
}
