import { graphql, readFragment, type FragmentType } from '../../gql';

export const LessonBodyFragment = graphql(`
  fragment LessonBody on Lesson {
    html
  }
`);

export function LessonBody(props: { lesson: FragmentType<typeof LessonBodyFragment> }) {
  const lesson = readFragment(LessonBodyFragment, props.lesson);
  // The server renders lesson Markdown and sanitises the HTML; nothing else is inserted raw.
  return <div className="lesson__body prose" dangerouslySetInnerHTML={{ __html: lesson.html }} />;
}
