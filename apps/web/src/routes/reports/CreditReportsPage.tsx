import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { reportsPath } from '../../paths/report-paths';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { DayRangeForm } from '../../ui/DayRangeForm';
import { PageTitle } from '../../ui/PageTitle';
import { QueryStatus } from '../../ui/QueryStatus';
import type { CreditReportView } from './credit-report-view';
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
  const view: CreditReportView = { activityId: activity?.activityId ?? '', from: params.get('from'), to: params.get('to') };

  function show(choices: Partial<Record<'activity' | 'from' | 'to', string | null>>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [name, value] of Object.entries(choices)) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
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
          <Select
            className="select-field credit-report-activity"
            value={activity.activityId}
            onChange={(activityId) => show({ activity: String(activityId) })}
          >
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
          <DayRangeForm key={`${view.from}/${view.to}`} label="Days credit was claimed" range={view} onShow={show} />
          <CreditSummary view={view} />
        </>
      )}
    </>
  );
}
