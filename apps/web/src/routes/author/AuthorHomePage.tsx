import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { citationReviewsPath, itemAnalysisPath, quizEditorPath } from '../../paths/author-paths';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import '../../ui/table.css';
import './author.css';

const AuthorQuizzesQuery = graphql(`
  query AuthorQuizzes {
    courses {
      id
      slug
      title
      modules {
        id
        position
        title
        quiz {
          id
          title
          questionCount
          version
        }
      }
      finalQuiz {
        id
        title
        questionCount
        version
      }
    }
  }
`);

/** Every quiz of the published courses, each with the way into its editor and its item analysis. */
export function AuthorHomePage() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: AuthorQuizzesQuery });

  return (
    <>
      <PageTitle>Authoring</PageTitle>
      <header className="page-header">
        <h1>Authoring</h1>
        <p className="lede">
          Edit a quiz’s questions and settings as a draft, then publish it as a new version. Learners keep the version
          they started with.
        </p>
      </header>
      {!data ? (
        <QueryStatus subject="the quizzes" error={error} reexecuteQuery={reexecuteQuery} />
      ) : data.courses.length === 0 ? (
        <p>No courses are published yet.</p>
      ) : (
        data.courses.map((course) => {
          const quizzes = [
            ...course.modules.flatMap((module) =>
              module.quiz ? [{ place: `Module ${module.position}: ${module.title}`, ...module.quiz }] : [],
            ),
            ...(course.finalQuiz ? [{ place: 'Final exam', ...course.finalQuiz }] : []),
          ];
          return (
            <section key={course.id} className="author-course" aria-labelledby={`course-${course.id}`}>
              <h2 id={`course-${course.id}`}>{course.title}</h2>
              <p>
                <Link to={citationReviewsPath(course.slug)}>
                  Citations to review <span className="visually-hidden">in {course.title}</span>
                </Link>
              </p>
              <div className="table-scroll" role="region" aria-label={`Quizzes of ${course.title}`} tabIndex={0}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Quiz</th>
                      <th scope="col">Place in the course</th>
                      <th scope="col">Questions per attempt</th>
                      <th scope="col">Published version</th>
                      <th scope="col">Item analysis</th>
                    </tr>
                  </thead>
                  <tbody>
                    {quizzes.map((quiz) => (
                      <tr key={quiz.id}>
                        <th scope="row">
                          <Link to={quizEditorPath(quiz.id)}>{quiz.title}</Link>
                        </th>
                        <td>{quiz.place}</td>
                        <td>{quiz.questionCount}</td>
                        <td>{quiz.version}</td>
                        <td>
                          <Link to={itemAnalysisPath(quiz.id)}>
                            Item analysis <span className="visually-hidden">of {quiz.title}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })
      )}
    </>
  );
}
