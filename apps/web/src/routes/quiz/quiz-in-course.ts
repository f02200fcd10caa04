interface CourseQuizzes<Quiz extends { id: string }> {
  modules: readonly { position: number; quiz?: Quiz | null }[];
  finalQuiz?: Quiz | null;
}

/** The course's quiz with this id, and where it sits in the course: "Module 2 quiz", "Final exam". */
export function findQuiz<Quiz extends { id: string }>(
  course: CourseQuizzes<Quiz>,
  quizId: string,
): { quiz: Quiz; place: string } | null {
  if (course.finalQuiz?.id === quizId) return { quiz: course.finalQuiz, place: 'Final exam' };
  const module = course.modules.find((candidate) => candidate.quiz?.id === quizId);
  return module?.quiz ? { quiz: module.quiz, place: `Module ${module.position} quiz` } : null;
}
