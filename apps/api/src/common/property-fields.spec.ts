import { graphqlSync, GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldResolver } from 'graphql';
import { withPropertiesReadDirectly } from './property-fields';

/** Resolvers shaped as @nestjs/graphql makes them for a @Field: named so, reading the property or else the default. */
function nestPropertyResolver(name: string, defaultValue?: string): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  const rootFieldResolver = (root: Record<string, unknown>) => root[name] ?? defaultValue;
  return rootFieldResolver;
}

function schemaOf() {
  const lesson = new GraphQLObjectType({
    name: 'Lesson',
    fields: {
      slug: { type: GraphQLString, resolve: nestPropertyResolver('slug') },
      status: { type: GraphQLString, resolve: nestPropertyResolver('status', 'DRAFT') },
      heading: { type: GraphQLString, resolve: (lesson: { title: string }) => lesson.title.toUpperCase() },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { lesson: { type: lesson, resolve: () => ({ slug: 'dosing', title: 'Dosing' }) } },
    }),
  });
}

describe('fields that only read a property are read without a resolver', () => {
  it('drops the resolver of a field without a default value, and keeps every other', () => {
    const fields = (withPropertiesReadDirectly(schemaOf()).getType('Lesson') as GraphQLObjectType).getFields();
    expect(fields.slug.resolve).toBeUndefined();
    expect(fields.status.resolve).toBeDefined();
    expect(fields.heading.resolve).toBeDefined();
  });

  it('answers as before: the property, the default value, the field resolver', () => {
    const query = '{ lesson { slug status heading } }';
    const before = graphqlSync({ schema: schemaOf(), source: query });
    const after = graphqlSync({ schema: withPropertiesReadDirectly(schemaOf()), source: query });
    expect(after).toEqual(before);
    expect(after.data).toEqual({ lesson: { slug: 'dosing', status: 'DRAFT', heading: 'DOSING' } });
  });
});
