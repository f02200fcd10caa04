import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useSession } from '../../app/session/session-context';
import { graphql } from '../../gql';
import { reportsPath } from '../../paths/report-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { byPosition } from '../../ui/by-position';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { CohortLearners } from './CohortLearners';
import { CourseActivity } from './CourseActivity';
import { CourseEvaluations } from './CourseEvaluations';
import '../../ui/tabs.css';
import './reports.css';

const CohortCourseQuery = graphql(`
  query CohortCourse($courseSlug: String!) {
    course(slug: $courseSlug) {
      id
      slug
      title
      modules {
        id
        slug
        title
        position
      }
      finalQuiz {
        id
      }
    }
  }
`);

/** A course's learners against its modules and its evaluations; admins also see every learning event in it. */
export function CohortReportPage() {
  const { courseSlug = '' } = useParams();
  const { viewer } = useSession();
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CohortCourseQuery, variables: { courseSlug } });

  if (!data) return <QueryStatus subject="this course" error={error} reexecuteQuery={reexecuteQuery} />;
  const { course } = data;
  if (!course) return <NotFoundPage title="Course not found" explanation="There is no course at this address." />;

  const isAdmin = viewer?.roles.includes('ADMIN');
  return (
    <>
      <PageTitle>{`${course.title} · Reports`}</PageTitle>
      <Breadcrumb trail={[{ label: 'Reports', to: reportsPath }]} current={course.title} />
      <header className="page-header">
        <h1>{course.title}</h1>
        <p className="lede">Who has enrolled, how far each learner is, how their quizzes went, and how they rated the course.</p>
      </header>
      <Tabs className="report-tabs">
        <TabList className="report-tabs__list" aria-label="Reports on this course">
          <Tab id="learners" className="report-tabs__tab">
            Learners
          </Tab>
          <Tab id="evaluations" className="report-tabs__tab">
            Evaluations
          </Tab>
          {isAdmin && (
            <Tab id="activity" className="report-tabs__tab">
              Activity log
            </Tab>
          )}
        </TabList>
        <TabPanel id="learners">
          <CohortLearners courseSlug={course.slug} modules={byPosition(course.modules)} hasFinalExam={course.finalQuiz !== null} />
        </TabPanel>
        <TabPanel id="evaluations">
          <CourseEvaluations courseSlug={course.slug} />
        </TabPanel>
        {isAdmin && (
          <TabPanel id="activity">
            <CourseActivity courseSlug={course.slug} />
          </TabPanel>
        )}
      </Tabs>
    </>
  );
}
