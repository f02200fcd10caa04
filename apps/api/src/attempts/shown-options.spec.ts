import { newShownOptionId, ShownOptions, withShownOptionIds } from './shown-options';

describe("an attempt's own option ids", () => {
  it('are 16 url-safe characters, a new one every time', () => {
    const ids = Array.from({ length: 1000 }, newShownOptionId);
    expect(ids.every((id) => /^[A-Za-z0-9_-]{16}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are given to every option of every drawn question, true and false included', () => {
    const [choice, trueFalse] = withShownOptionIds([
      { questionId: 'q1', optionIds: ['c', 'a', 'b'] },
      { questionId: 'q2', optionIds: ['true', 'false'] },
    ]);
    expect(choice.shownOptionIds).toHaveLength(3);
    expect(trueFalse.shownOptionIds).toHaveLength(2);
    expect([...choice.shownOptionIds, ...trueFalse.shownOptionIds]).not.toEqual(expect.arrayContaining(['a', 'b', 'c', 'true', 'false']));
  });

  it('translate both ways, position by position, and leave out an authored id the attempt did not show', () => {
    const shown = new ShownOptions([{ questionId: 'q1', optionIds: ['b', 'a'], shownOptionIds: ['X1', 'Y2'] }]);
    expect(shown.shownIdsOf('q1')).toEqual(['X1', 'Y2']);
    expect(shown.authored('q1', ['Y2', 'X1'])).toEqual(['a', 'b']);
    expect(shown.shown('q1', ['a', 'z'])).toEqual(['Y2']);
    expect(shown.shown('q1', null)).toBeNull();
    expect(shown.shownIdsOf('elsewhere')).toEqual([]);
  });
});
