import { Injectable } from '@nestjs/common';
import { readQuizFile, writeQuizYaml, type NumericAnswer, type QuestionDefinition, type QuizDefinition } from '@ptp/content';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { questionProblems, type QuestionProposal } from './question-rules';
import type { AuthoredQuiz } from './quiz-authoring.types';
import { QuizAuthoringService } from './quiz-authoring.service';
import { deleteQuestionsOfVersion, insertQuestions } from './questions.records';
import { citableFor, editQuizDraft, questionContent } from './quiz-drafts';
import { quizSlug, writeSettings } from './quiz-versions.records';

const refuse = (problems: string[]) => new PlatformError('BAD_USER_INPUT', problems.join(' '), { problems });

/**
 * Quizzes round-trip with the YAML files of `content/`: an instructor can export what they
 * authored for review in a pull request, and load a reviewed file back into the draft.
 */
@Injectable()
export class QuizFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly authoring: QuizAuthoringService,
  ) {}

  /** The draft if there is one, else the published version, as a quiz file. */
  async exportYaml(quizId: string): Promise<string> {
    return writeQuizYaml(asDefinition(await this.authoring.quizForAuthoring(quizId)));
  }

  /** Replaces the draft's settings and questions with the file's; publishing stays a separate step. */
  importYaml(quizId: string, yaml: string): Promise<AuthoredQuiz> {
    return editQuizDraft(this.dataSource, quizId, async (manager, draftId) => {
      const file = readUploadedQuizFile(yaml);
      if (!file.quiz) throw refuse(file.problems.map((problem) => `Line ${problem.line}: ${problem.message}.`));
      const slug = await quizSlug(manager, quizId);
      if (file.quiz.slug !== slug) throw refuse([`The file is for the quiz "${file.quiz.slug}", not "${slug}".`]);
      const citable = await citableFor(manager, quizId);
      const questions = file.quiz.questions.map(asProposal);
      const problems = questions.flatMap((question) =>
        questionProblems(question, citable).map((problem) => `Question "${question.key}": ${problem}`),
      );
      if (problems.length > 0) throw refuse(problems);

      await deleteQuestionsOfVersion(manager, draftId);
      await insertQuestions(
        manager,
        draftId,
        questions.map((question, index) => ({ ...questionContent(question), key: question.key, position: index + 1 })),
      );
      await writeSettings(manager, draftId, file.quiz);
    });
  }
}

/**
 * The YAML library stops a file whose aliases would expand without bound (a "billion laughs"
 * file) by throwing, not by reporting a problem on a line: that is the author's to fix, not a fault.
 */
function readUploadedQuizFile(yaml: string): ReturnType<typeof readQuizFile> {
  try {
    return readQuizFile('quiz.yaml', yaml);
  } catch (error) {
    if (!(error instanceof ReferenceError && /alias/i.test(error.message))) throw error;
    throw refuse(['The file uses aliases (*name) so often that it would expand without bound; write the repeated parts out instead.']);
  }
}

function asProposal(question: QuestionDefinition): QuestionProposal & { key: string } {
  return { ...question, referenceKeys: question.referenceIds };
}

function asDefinition(quiz: AuthoredQuiz): QuizDefinition {
  return {
    ...quiz,
    questions: quiz.questions.map((question) => ({
      key: question.key,
      type: question.type,
      prompt: question.prompt,
      explanation: question.explanation,
      passageAnchor: question.passageAnchor,
      referenceIds: question.referenceKeys,
      options: question.options,
      numericAnswer: question.numericAnswer as NumericAnswer | null,
      acceptedAnswers: question.acceptedAnswers,
    })),
  };
}
