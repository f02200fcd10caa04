import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Client, CombinedError } from 'urql';
import { concat, fromPromise, fromValue, never, type Source } from 'wonka';
import { appRoutes } from '../app/app-routes';
import { SessionProvider } from '../app/session/SessionProvider';
import type {
  AddExternalCreditMutation,
  ChangeEmailMutation,
  ConfirmEmailChangeMutation,
  DeleteMyAccountMutation,
  EndSessionMutation,
  MySessionsQuery,
  RequestPasswordResetMutation,
  ResetPasswordMutation,
  CompleteLessonMutation,
  ConfirmEmailMutation,
  EnrollMutation,
  RemoveExternalCreditMutation,
  ResendConfirmationMutation,
  SetUserRolesMutation,
  SignInMutation,
  CompleteSignInMutation,
  StartTwoFactorSetupMutation,
  ConfirmTwoFactorSetupMutation,
  SaveIdentityProviderMutation,
  SaveLtiPlatformMutation,
  RemoveLtiPlatformMutation,
  LtiPlatformsQuery,
  ResetTwoFactorMutation,
  MyTwoFactorQuery,
  SignInProvidersQuery,
  IdentityProvidersQuery,
  SignOutMutation,
  SignUpMutation,
  UpdateCreditProfileMutation,
} from '../gql/graphql';
import type { AuditEntryData, ConnectionData, UserData } from './account-factory';
import type { ApiShape } from './api-shape';
import type { CertificateApiData } from './certificate-factory';
import type { CitationReviewData } from './citation-review-factory';
import type { CreditClaimApiData } from './credit-claim-factory';
import type { CourseData } from './course-factory';
import type { CreditProfileData } from './credit-profile-factory';
import type { CreditReportApiData } from './credit-report-factory';
import type { CohortMemberData, CourseProgressData, LearningEventData } from './progress-factory';
import type { LearningRecordStoreData } from './learning-record-factory';
import type { QuizApiData } from './quiz-factory';
import type { DueReviewData, SignOffData } from './review-factory';
import type { TranscriptData } from './transcript-factory';

type MutationAnswers = ApiShape<
  SignInMutation &
    CompleteSignInMutation &
    StartTwoFactorSetupMutation &
    ConfirmTwoFactorSetupMutation &
    SaveIdentityProviderMutation &
    SaveLtiPlatformMutation &
    RemoveLtiPlatformMutation &
    ResetTwoFactorMutation &
    SignUpMutation &
    ConfirmEmailMutation &
    ResendConfirmationMutation &
    SignOutMutation &
    SetUserRolesMutation &
    EnrollMutation &
    CompleteLessonMutation &
    UpdateCreditProfileMutation &
    AddExternalCreditMutation &
    RemoveExternalCreditMutation &
    RequestPasswordResetMutation &
    ResetPasswordMutation &
    ChangeEmailMutation &
    ConfirmEmailChangeMutation &
    EndSessionMutation &
    DeleteMyAccountMutation
>;

export interface ApiAnswer {
  data?: QuizApiData & CertificateApiData & CreditReportApiData & CreditClaimApiData & Partial<MutationAnswers> & {
    courses?: CourseData[];
    course?: (CourseData & { myProgress?: CourseProgressData | null }) | null;
    me?: UserData | null;
    users?: ConnectionData<UserData>;
    auditLog?: ConnectionData<AuditEntryData>;
    cohortReport?: ConnectionData<CohortMemberData>;
    activityLog?: ConnectionData<LearningEventData>;
    citationReviews?: CitationReviewData[];
    clearCitationReview?: CitationReviewData;
    dueForReview?: DueReviewData[];
    signOffCourseVersion?: SignOffData;
    myCreditProfile?: CreditProfileData;
    myTranscript?: TranscriptData;
    mySessions?: ApiShape<MySessionsQuery['mySessions']>;
    myData?: Record<string, unknown>;
    myTwoFactor?: MyTwoFactorQuery['myTwoFactor'];
    signInProviders?: SignInProvidersQuery['signInProviders'];
    identityProviders?: IdentityProvidersQuery['identityProviders'];
    ltiPlatforms?: LtiPlatformsQuery['ltiPlatforms'];
    ltiToolConfiguration?: LtiPlatformsQuery['ltiToolConfiguration'];
    learningRecordStore?: LearningRecordStoreData['learningRecordStore'];
    learningRecordQueue?: LearningRecordStoreData['learningRecordQueue'];
  };
  error?: CombinedError;
}

/** What the app asked: the operation's name, e.g. `SetUserRoles`, and its variables. */
export interface ApiRequest {
  operationName: string;
  variables: Record<string, unknown>;
}

type Answering = ApiAnswer | 'loading' | ((request: ApiRequest) => ApiAnswer | 'loading');

/**
 * A GraphQL client that answers every query with the given data, or with `loading` never answers.
 * Each page reads only the fields it asked for, so one answer can serve `courses` and `me`.
 * Mutations get `mutationAnswer`, which may be a promise (still sending until it settles).
 */
export function stubClient(
  queryAnswer: Answering,
  mutationAnswer: (request: ApiRequest) => ApiAnswer | Promise<ApiAnswer> = () => ({}),
): Client {
  const executeQuery = (request: StubRequest) => {
    const answer = typeof queryAnswer === 'function' ? queryAnswer(readRequest(request)) : queryAnswer;
    if (answer === 'loading') return never;
    // A real client keeps a query's stream open after its answer; urql clears an error when a stream ends.
    return concat([fromValue(withOperation(withTwoFactorOn(answer), request)), never]);
  };
  const executeMutation = (request: StubRequest): Source<unknown> =>
    fromPromise(Promise.resolve(mutationAnswer(readRequest(request))).then((answer) => withOperation(answer, request)));
  return { executeQuery, executeMutation, executeSubscription: () => never } as unknown as Client;
}

interface StubRequest {
  query: { definitions: { name?: { value: string } }[] };
  variables?: Record<string, unknown>;
}

function readRequest({ query, variables = {} }: StubRequest): ApiRequest {
  return { operationName: query.definitions[0]?.name?.value ?? '', variables };
}

/** As the API's test accounts: admins and reviewers have two-factor sign-in on unless a test says otherwise. */
function withTwoFactorOn(answer: ApiAnswer): ApiAnswer {
  if (!answer.data || answer.data.myTwoFactor) return answer;
  return { ...answer, data: { ...answer.data, myTwoFactor: { enabled: true, required: true, recoveryCodesLeft: 10 } } };
}

/** urql tells which request an answer is for through `operation`. */
function withOperation(answer: ApiAnswer, { variables = {} }: StubRequest) {
  return { ...answer, operation: { variables } };
}

/**
 * Renders the whole app at an address, as a browser opening it would. Pass a function that makes
 * clients when signing in or out should show a new person: the app starts a fresh client then.
 */
export function renderPage(path: string, client: Client | (() => Client)) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const createClient = typeof client === 'function' ? (client as () => Client) : () => client;
  render(
    <SessionProvider createClient={createClient}>
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return { router };
}

/** The site's header. Testing Library also counts a page's own <header> inside <main> as a banner. */
export function siteHeader(): HTMLElement {
  const [header] = screen.getAllByRole('banner');
  if (!header) throw new Error('The page has no header');
  return header;
}
