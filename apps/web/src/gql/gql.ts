/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n": typeof types.UserRolesRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n    }\n  }\n": typeof types.CitedPassagesFragmentDoc,
    "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n": typeof types.CourseCardFragmentDoc,
    "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n    }\n  }\n": typeof types.CourseOutlineDocument,
    "\n  fragment LessonBody on Lesson {\n    html\n  }\n": typeof types.LessonBodyFragmentDoc,
    "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n        }\n      }\n    }\n  }\n": typeof types.LessonReaderDocument,
    "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n": typeof types.ModuleOutlineFragmentDoc,
    "\n  fragment QuizStep on Quiz {\n    title\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n": typeof types.QuizStepFragmentDoc,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n": types.UserRolesRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n": types.CatalogDocument,
    "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n    }\n  }\n": types.CitedPassagesFragmentDoc,
    "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n": types.CourseCardFragmentDoc,
    "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n    }\n  }\n": types.CourseOutlineDocument,
    "\n  fragment LessonBody on Lesson {\n    html\n  }\n": types.LessonBodyFragmentDoc,
    "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n        }\n      }\n    }\n  }\n": types.LessonReaderDocument,
    "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n": types.ModuleOutlineFragmentDoc,
    "\n  fragment QuizStep on Quiz {\n    title\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n": types.QuizStepFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AuditEntryRow on AuditEntry {\n    action\n    actorEmail\n    subjectEmail\n    details\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String) {\n    auditLog(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...AuditEntryRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n"): (typeof documents)["\n  fragment UserRolesRow on User {\n    id\n    name\n    email\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...UserRolesRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n"): (typeof documents)["\n  query Catalog {\n    courses {\n      id\n      ...CourseCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment CitedPassages on Lesson {\n    sourcePassages {\n      id\n      anchor\n      section\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard on Course {\n    slug\n    title\n    summary\n    creditHours\n    modules {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseOutline($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      summary\n      creditHours\n      sourceTitle\n      modules {\n        id\n        position\n        lessons {\n          slug\n          position\n        }\n        ...ModuleOutline\n      }\n      finalQuiz {\n        ...QuizStep\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonBody on Lesson {\n    html\n  }\n"): (typeof documents)["\n  fragment LessonBody on Lesson {\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonReader($courseSlug: String!) {\n    course(slug: $courseSlug) {\n      id\n      slug\n      title\n      sourceTitle\n      modules {\n        id\n        title\n        position\n        lessons {\n          id\n          slug\n          title\n          position\n          ...LessonBody\n          ...CitedPassages\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n"): (typeof documents)["\n  fragment ModuleOutline on CourseModule {\n    slug\n    title\n    position\n    objectives\n    lessons {\n      id\n      slug\n      title\n      position\n    }\n    quiz {\n      ...QuizStep\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizStep on Quiz {\n    title\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n"): (typeof documents)["\n  fragment QuizStep on Quiz {\n    title\n    questionCount\n    passingScore\n    maxAttempts\n    timeLimitSeconds\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;