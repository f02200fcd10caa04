import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { questionsOfVersions } from '../quizzes/quiz-questions';
import { publishedVersion } from '../quizzes/quiz-versions.records';
import { gradedAttemptCount, optionChoices, questionStatistics } from './item-analysis.records';
import { flagQuestion, type OptionStatistics } from './item-analysis';
import type { ItemAnalysis, QuestionFlagName } from './item-analysis.types';

/** How the questions of a quiz version did in the attempts graded on it. */
@Injectable()
export class ItemAnalysisService {
  constructor(private readonly dataSource: DataSource) {}

  /** Analyses one version of a quiz: the published one unless a version number is given. */
  async analyse(quizId: string, versionNumber?: number): Promise<ItemAnalysis> {
    if (!isUuid(quizId)) throw new PlatformError('NOT_FOUND', 'No quiz has that id.');
    const version = await publishedVersion(this.dataSource, quizId, versionNumber);
    if (!version) throw new PlatformError('NOT_FOUND', 'No published version of that quiz was found.');
    const [questions, questionRows, optionRows, attempts] = await Promise.all([
      questionsOfVersions(this.dataSource, [version.id]).then((found) => found.get(version.id)!),
      questionStatistics(this.dataSource, version.id),
      optionChoices(this.dataSource, version.id),
      gradedAttemptCount(this.dataSource, version.id),
    ]);
    const statisticsOf = new Map(questionRows.map((row) => [row.questionId, row]));
    const choicesOf = new Map(optionRows.map((row) => [`${row.questionId}/${row.optionId}`, row]));
    return {
      quizId,
      version: version.version,
      attempts,
      questions: questions.map((question) => {
        const row = statisticsOf.get(question.id);
        const statistics = {
          attempts: row?.attempts ?? 0,
          shareCorrect: row?.shareCorrect ?? 0,
          discrimination: row?.discrimination ?? null,
          upperLowerIndex: row?.upperLowerIndex ?? null,
        };
        const options = question.options.map((option) => {
          const chosen = choicesOf.get(`${question.id}/${option.id}`);
          return {
            optionId: option.id,
            text: option.text,
            correct: option.correct,
            chosenShare: share(chosen?.chosen ?? 0, statistics.attempts) ?? 0,
            upperChosenShare: share(chosen?.upperChosen ?? 0, row?.upperAttempts ?? 0),
            lowerChosenShare: share(chosen?.lowerChosen ?? 0, row?.lowerAttempts ?? 0),
          } satisfies OptionStatistics & { text: string };
        });
        return {
          questionId: question.id,
          key: question.key,
          prompt: question.prompt,
          position: question.position,
          ...statistics,
          options,
          flags: flagQuestion(statistics, options) as QuestionFlagName[],
        };
      }),
    };
  }
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
