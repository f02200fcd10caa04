import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PlatformError } from '../common/errors';
import { isUuid } from '../common/pagination';
import { QuestionEntity } from './question.entity';
import { flagQuestion, type OptionStatistics } from './item-analysis';
import type { ItemAnalysis, QuestionFlagName } from './item-analysis.types';

// Each graded attempt with its score band (top and bottom 27% by score, ties split by id), one row per shown question.
const SHOWN_QUESTIONS = `
  WITH graded AS (
    SELECT a.id, a.score::float8 AS score, a.questions, jsonb_array_length(a.questions) AS shown_count,
           CASE WHEN row_number() OVER (ORDER BY a.score DESC, a.id) <= ceil(0.27 * count(*) OVER ()) THEN 'UPPER'
                WHEN row_number() OVER (ORDER BY a.score, a.id) <= ceil(0.27 * count(*) OVER ()) THEN 'LOWER' END AS band
      FROM quiz_attempt a
     WHERE a.quiz_version_id = $1 AND a.status <> 'IN_PROGRESS'
  ), shown AS (
    SELECT g.score, g.shown_count, g.band, (q ->> 'questionId')::uuid AS question_id,
           COALESCE(answer.credit, 0)::float8 AS credit, answer.option_ids
      FROM graded g
      CROSS JOIN LATERAL jsonb_array_elements(g.questions) q
      LEFT JOIN attempt_answer answer ON answer.attempt_id = g.id AND answer.question_id = (q ->> 'questionId')::uuid
  )`;

interface QuestionRow {
  questionId: string;
  attempts: number;
  upperAttempts: number;
  lowerAttempts: number;
  shareCorrect: number;
  discrimination: number | null;
  upperLowerIndex: number | null;
}

interface OptionRow {
  questionId: string;
  optionId: string;
  chosen: number;
  upperChosen: number;
  lowerChosen: number;
}

@Injectable()
export class ItemAnalysisService {
  constructor(private readonly dataSource: DataSource) {}

  /** Analyses one version of a quiz: the published one unless a version number is given. */
  async analyse(quizId: string, versionNumber?: number): Promise<ItemAnalysis> {
    const version = await this.findVersion(quizId, versionNumber);
    const [questions, questionRows, optionRows, [{ attempts }]] = await Promise.all([
      this.dataSource.getRepository(QuestionEntity).find({ where: { quizVersionId: version.id }, order: { position: 'ASC' } }),
      this.dataSource.query(
        `${SHOWN_QUESTIONS}
         SELECT question_id AS "questionId", count(*)::int AS attempts,
                count(*) FILTER (WHERE band = 'UPPER')::int AS "upperAttempts",
                count(*) FILTER (WHERE band = 'LOWER')::int AS "lowerAttempts",
                avg((credit = 1)::int)::float8 AS "shareCorrect",
                corr(credit, score - credit * 100.0 / shown_count) AS discrimination,
                (avg((credit = 1)::int) FILTER (WHERE band = 'UPPER') - avg((credit = 1)::int) FILTER (WHERE band = 'LOWER'))::float8
                  AS "upperLowerIndex"
           FROM shown GROUP BY question_id`,
        [version.id],
      ) as Promise<QuestionRow[]>,
      this.dataSource.query(
        `${SHOWN_QUESTIONS}
         SELECT question_id AS "questionId", option_id AS "optionId", count(*)::int AS chosen,
                count(*) FILTER (WHERE band = 'UPPER')::int AS "upperChosen",
                count(*) FILTER (WHERE band = 'LOWER')::int AS "lowerChosen"
           FROM shown CROSS JOIN LATERAL unnest(option_ids) AS option_id
          GROUP BY question_id, option_id`,
        [version.id],
      ) as Promise<OptionRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS attempts FROM quiz_attempt WHERE quiz_version_id = $1 AND status <> 'IN_PROGRESS'`,
        [version.id],
      ),
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

  private async findVersion(quizId: string, versionNumber?: number): Promise<{ id: string; version: number }> {
    if (!isUuid(quizId)) throw new PlatformError('NOT_FOUND', 'No quiz has that id.');
    const [version] = await this.dataSource.query(
      versionNumber === undefined
        ? `SELECT v.id, v.version FROM quiz q JOIN quiz_version v ON v.id = q.published_version_id WHERE q.id = $1`
        : `SELECT id, version FROM quiz_version WHERE quiz_id = $1 AND version = $2 AND status = 'PUBLISHED'`,
      versionNumber === undefined ? [quizId] : [quizId, versionNumber],
    );
    if (!version) throw new PlatformError('NOT_FOUND', 'No published version of that quiz was found.');
    return version;
  }
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
