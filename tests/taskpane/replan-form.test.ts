import { toReplanRequest } from '../../src/taskpane/replan-form';

describe('toReplanRequest', () => {
  const at = 46218.5;

  it('makes the request, trimming the texts and reading separators in the target', () => {
    expect(toReplanRequest({ newTarget: ' 2,500,000 ', why: ' Market slowed ', who: 'Ann ' }, at)).toEqual({
      request: { newTarget: 2_500_000, at, who: 'Ann', why: 'Market slowed' },
    });
  });

  it.each([
    [{ newTarget: '', why: 'x', who: 'y' }, { newTarget: 'required' }],
    [{ newTarget: 'more', why: 'x', who: 'y' }, { newTarget: 'notNumber' }],
    [{ newTarget: '0', why: 'x', who: 'y' }, { newTarget: 'notPositive' }],
    [
      { newTarget: '5', why: '   ', who: '' },
      { why: 'required', who: 'required' },
    ],
  ])('rejects %j', (form, errors) => {
    expect(toReplanRequest(form, at)).toEqual({ errors });
  });
});
