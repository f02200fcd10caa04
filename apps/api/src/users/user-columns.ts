/** The columns of the GraphQL `User` type, for raw queries on app_user. */
export const USER_COLUMNS = `id, email, name, roles, created_at AS "createdAt"`;
