import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { reportsPath } from '../../paths/report-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { TextInputField } from '../../ui/FormFields';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import { periodProblems, type CreditReportView } from './credit-report-view';
import { CreditSummary } from './CreditSummary';
import '../../ui/select-field.css';
import './reports.css';

const CreditActivitiesQuery = graphql(`
  query CreditActivityChoices {
    creditActivities {
      activityId
      courseTitle
    }
  }
`);

/** Admins read the credit claimed per accredited activity and download the file its accreditor takes. */
export function CreditReportsPage() {
  const [{ data, error }, reexecuteQuery] = useQuery({ query: CreditActivitiesQuery });
  // The activity and days are in the address, so a reload or a shared link opens the same report.
  const [params, setParams] = useSearchParams();
  const activities = data?.creditActivities ?? [];
  const activity = activities.find(({ activityId }) => activityId === params.get('activity')) ?? activities[0];
  const view: CreditReportView = { activityId: activity?.activityId ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const problems = periodProblems(view);

  function show(name: 'activity' | 'from' | 'to', value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <>
      <PageTitle>Credit reports</PageTitle>
      <Breadcrumb trail={[{ label: 'Reports', to: reportsPath }]} current="Credit reports" />
      <header className="page-header">
        <h1>Credit reports</h1>
        <p className="lede">
          The credit learners claimed for each accredited activity, and the completion file its accreditor&rsquo;s reporting system takes.
          Days are the days credit was claimed, in UTC.
        </p>
      </header>
      {!data ? (
        <QueryStatus subject="activities" error={error} reexecuteQuery={reexecuteQuery} />
      ) : !activity ? (
        <p>No released course names an accreditation activity yet.</p>
      ) : (
        <>
          <div className="credit-report-choices">
            <Select className="select-field" value={activity.activityId} onChange={(activityId) => show('activity', String(activityId))}>
              <Label>Activity</Label>
              <Button className="select-field__button">
                <SelectValue />
                <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="select-field__popover">
                <ListBox className="select-field__options" items={activities.map((choice) => ({ ...choice, id: choice.activityId }))}>
                  {({ activityId, courseTitle }) => (
                    <ListBoxItem id={activityId} className="select-field__option">
                      {`${courseTitle} (${activityId})`}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </Select>
            <TextInputField type="date" label="First day" value={view.from} onChange={(from) => show('from', from)} />
            <TextInputField type="date" label="Last day" value={view.to} onChange={(to) => show('to', to)} problem={problems.to} />
          </div>
          {!problems.to && <CreditSummary view={view} />}
        </>
      )}
    </>
  );
}
