import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Tab,
  TabList,
  TabPanel,
  Tabs,
} from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { EligibleLearnersPanel } from './EligibleLearnersPanel';
import { IssuedCertificatesPanel } from './IssuedCertificatesPanel';
import { OutboxPanel } from './OutboxPanel';
import { RegradedCertificatesPanel } from './RegradedCertificatesPanel';
import '../../ui/select-field.css';
import '../../ui/tabs.css';
import './certificates.css';

const CertificateCoursesQuery = graphql(`
  query CertificateCourses {
    courses {
      id
      slug
      title
    }
  }
`);

const tabs = ['eligible', 'issued', 'regraded', 'outbox'] as const;
type TabId = (typeof tabs)[number];

/** Admins issue and revoke certificates per course, and read what holders were sent. */
export function CertificatesAdminPage() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CertificateCoursesQuery });
  // The course and tab are in the address, so a reload or a shared link opens the same view.
  const [params, setParams] = useSearchParams();
  const courses = data?.courses ?? [];
  const course = courses.find(({ slug }) => slug === params.get('course')) ?? courses[0];
  const tab: TabId = tabs.find((id) => id === params.get('tab')) ?? 'eligible';

  function show(name: 'course' | 'tab', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  }

  const noCourse = <p>No course is published yet, so there is nothing to certify.</p>;
  return (
    <>
      <PageTitle>Certificates</PageTitle>
      <header className="page-header">
        <h1>Certificates</h1>
        <p className="lede">
          Issue certificates to learners who completed a course, revoke any that should not stand, and read what holders were sent.
        </p>
      </header>
      {!data ? (
        <QueryStatus subject="courses" error={error} reexecuteQuery={reexecuteQuery} />
      ) : (
        <>
          {course && (
            <Select className="select-field course-choice" value={course.slug} onChange={(slug) => show('course', String(slug))}>
              <Label>Course</Label>
              <Button className="select-field__button">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="select-field__popover">
                <ListBox className="select-field__options" items={courses}>
                  {({ slug, title }) => (
                    <ListBoxItem id={slug} className="select-field__option">
                      {title}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </Select>
          )}
          <Tabs className="report-tabs" selectedKey={tab} onSelectionChange={(key) => show('tab', String(key))}>
            <TabList className="report-tabs__list" aria-label="Certificate work">
              <Tab id="eligible" className="report-tabs__tab">
                Eligible learners
              </Tab>
              <Tab id="issued" className="report-tabs__tab">
                Issued certificates
              </Tab>
              <Tab id="regraded" className="report-tabs__tab">
                After regrades
              </Tab>
              <Tab id="outbox" className="report-tabs__tab">
                Outbox
              </Tab>
            </TabList>
            <TabPanel id="eligible">{course ? <EligibleLearnersPanel key={course.slug} course={course} /> : noCourse}</TabPanel>
            <TabPanel id="issued">{course ? <IssuedCertificatesPanel key={course.slug} course={course} /> : noCourse}</TabPanel>
            <TabPanel id="regraded">
              <RegradedCertificatesPanel />
            </TabPanel>
            <TabPanel id="outbox">
              <OutboxPanel />
            </TabPanel>
          </Tabs>
        </>
      )}
    </>
  );
}
