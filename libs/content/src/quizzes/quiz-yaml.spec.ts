import * as fs from 'node:fs';
import * as path from 'node:path';
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
});
