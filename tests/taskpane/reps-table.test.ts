import { repsFromRange } from '../../src/taskpane/reps-table';

describe('repsFromRange', () => {
  it('reads a team with English headers in any order, blanks as defaults', () => {
    const values = [
      ['Name', 'Rep ID', 'Team', 'History', 'Start date', 'Potential'],
      ['Ann Lee', 'R1', 'North', 120000, '', 150000],
      ['Bo Chen', 'R2', 'East', '', 46100, ''],
      ['', '', '', '', '', ''], // a blank row in the selection
    ];
    expect(repsFromRange(values)).toEqual({
      reps: [
        { id: 'R1', name: 'Ann Lee', team: 'North', startDate: null, history: 120000, potential: 150000 },
        { id: 'R2', name: 'Bo Chen', team: 'East', startDate: 46100, history: 0, potential: 0 },
      ],
    });
  });

  it('reads Chinese headers, text dates and amounts with separators; names stay text', () => {
    const values = [
      ['人员编号', '姓名', '团队', '入职日期', '历史业绩'],
      ['R01', '=1+1', '华北', '2026-03-15', '1,200,000'],
    ];
    // 2026-03-15 = 46096.
    expect(repsFromRange(values)).toEqual({
      reps: [{ id: 'R01', name: '=1+1', team: '华北', startDate: 46096, history: 1_200_000, potential: 0 }],
    });
  });

  it('reads a Leave date column: a leaver stays in the team with their last day, the others have none', () => {
    const values = [
      ['Rep ID', 'Name', 'Start date', 'Leave date'],
      ['R1', 'Ann', '', '2026-09-30'],
      ['R2', 'Bo', 46100, ''],
    ];
    // 2026-09-30 = 46295.
    expect(repsFromRange(values)).toEqual({
      reps: [
        { id: 'R1', name: 'Ann', team: '', startDate: null, history: 0, potential: 0, leaveDate: 46295 },
        { id: 'R2', name: 'Bo', team: '', startDate: 46100, history: 0, potential: 0 },
      ],
    });
    expect(
      repsFromRange([
        ['人员编号', '姓名', '离职日期'],
        ['R1', '甲', 46295],
      ]),
    ).toEqual({
      reps: [{ id: 'R1', name: '甲', team: '', startDate: null, history: 0, potential: 0, leaveDate: 46295 }],
    });
  });

  it('skips rows without a Rep ID (notes, totals)', () => {
    const result = repsFromRange([
      ['ID', 'Name'],
      ['R1', 'Ann'],
      ['', 'Total'],
    ]);
    expect(result).toEqual({ reps: [{ id: 'R1', name: 'Ann', team: '', startDate: null, history: 0, potential: 0 }] });
  });

  it.each<[unknown[][], object]>([
    [[], { kind: 'empty' }],
    [[['Rep ID', 'Name']], { kind: 'empty' }],
    [
      [
        ['Name', 'Team'],
        ['Ann', 'North'],
      ],
      { kind: 'missingColumn', column: 'id' },
    ],
    [
      [
        ['Rep ID', 'Team'],
        ['R1', 'North'],
      ],
      { kind: 'missingColumn', column: 'name' },
    ],
    [
      [
        ['Rep ID', 'Name'],
        ['R1', 'Ann'],
        ['R1', 'Bo'],
      ],
      { kind: 'duplicateId', row: 3, id: 'R1' },
    ],
    [
      [
        ['Rep ID', 'Name', 'History'],
        ['R1', 'Ann', 'a lot'],
      ],
      { kind: 'notNumber', row: 2, column: 'history' },
    ],
    [
      [
        ['Rep ID', 'Name', 'Potential'],
        ['R1', 'Ann', -5],
      ],
      { kind: 'notNumber', row: 2, column: 'potential' },
    ],
    [
      [
        ['Rep ID', 'Name', 'Start date'],
        ['R1', 'Ann', 'next spring'],
      ],
      { kind: 'badDate', row: 2 },
    ],
    [
      [
        ['Rep ID', 'Name', 'Leave date'],
        ['R1', 'Ann', 'soon'],
      ],
      { kind: 'badLeaveDate', row: 2 },
    ],
    [
      [
        ['Rep ID', 'Name', 'Start date', 'Leave date'],
        ['R1', 'Ann', 46100, 46000],
      ],
      { kind: 'leaveBeforeStart', row: 2 },
    ],
  ])('reports the problem in %j', (values, problem) => {
    expect(repsFromRange(values)).toEqual({ problem });
  });
});
