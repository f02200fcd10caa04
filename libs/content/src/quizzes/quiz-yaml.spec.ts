import * as fs from 'node:fs';
import * as path from 'node:path';
import { validCourseFiles } from '../testing/course-fixture';
import { readQuizFile } from './quiz-file';
import { writeQuizYaml } from './quiz-yaml';

const courseQuizzes = path.resolve(__dirname, '../../../../content/courses/botox-chronic-migraine/quizzes');

describe('writing a quiz as YAML', () => {
  it.each(fs.readdirSync(courseQuizzes))('reads %s back into the same quiz after writing it', (fileName) => {
    const original = readQuizFile(fileName, fs.readFileSync(path.join(courseQuizzes, fileName), 'utf8'));
    expect(original.problems).toEqual([]);

    const written = writeQuizYaml(original.quiz!);
    const reread = readQuizFile(fileName, written);
    expect(reread.problems).toEqual([]);
    expect(reread.quiz).toEqual(original.quiz);
  });

  it('keeps settings in the minutes and kebab-case words of the file format', () => {
    const quiz = readQuizFile('final-exam.yaml', fs.readFileSync(path.join(courseQuizzes, 'final-exam.yaml'), 'utf8')).quiz!;
    const written = writeQuizYaml({ ...quiz, cooldownSeconds: 90, timeLimitSeconds: 1200 });
    expect(written).toContain('cooldownMinutes: 1.5\n');
    expect(written).toContain('timeLimitMinutes: 20\n');
    expect(written).toContain('feedback: after-pass\n');
  });

  it('keeps what each question cites: references only, or a passage and references', () => {
    const files = validCourseFiles();
    for (const name of ['quizzes/01-mechanism.yaml', 'quizzes/02-treatment.yaml']) {
      const original = readQuizFile(name, files[name]).quiz!;
      const reread = readQuizFile(name, writeQuizYaml(original));

      expect(reread.problems).toEqual([]);
      expect(reread.quiz).toEqual(original);
    }
    const serotonin = readQuizFile('q', files['quizzes/01-mechanism.yaml']).quiz!.questions[2];
    expect(writeQuizYaml({ ...readQuizFile('q', files['quizzes/01-mechanism.yaml']).quiz!, questions: [serotonin] })).toContain(
      '    references:\n      - goadsby-2017\n',
    );
  });
});
