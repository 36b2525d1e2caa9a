import { Button, Caption1, Field, Input, Select, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { Rep } from '../../workbook/plan';
import { fill, type UiStrings } from '../i18n';
import { editCount, editedRep, newHire, repFields, replaceRep, type FieldProblem, type HireFields, type RepFields } from '../team-edits';
import { usePlanningStyles } from './styles';

interface Props {
  saved: readonly Rep[];
  team: readonly Rep[];
  onChange: (team: Rep[]) => void;
  t: UiStrings;
  disabled: boolean;
}

const EMPTY_HIRE: HireFields = { id: '', name: '', startDate: '', history: '', potential: '' };

/**
 * The saved team, edited in place: pick a rep to rename, re-weight or mark as a leaver, or add
 * a hire. Each valid edit goes into the team at once; the preview shows what it re-splits.
 */
export function TeamEditor({ saved, team, onChange, t, disabled }: Props) {
  const styles = usePlanningStyles();
  const [selected, setSelected] = useState(team[0]?.id ?? '');
  const current = team.find((r) => r.id === selected);
  const [fields, setFields] = useState<RepFields | null>(current ? repFields(current) : null);
  const [problems, setProblems] = useState<Partial<Record<keyof RepFields, FieldProblem>>>({});
  const [hire, setHire] = useState<HireFields | null>(null);
  const [hireProblems, setHireProblems] = useState<Partial<Record<keyof HireFields, FieldProblem>>>({});
  const problemText = (p: FieldProblem | undefined) =>
    p === undefined
      ? undefined
      : {
          id: t.teamProblemId,
          idTaken: fill(t.teamProblemIdTaken, { id: hire?.id.trim() ?? '' }),
          number: t.teamProblemNumber,
          date: t.teamProblemDate,
        }[p];

  const select = (id: string) => {
    setSelected(id);
    const rep = team.find((r) => r.id === id);
    setFields(rep ? repFields(rep) : null);
    setProblems({});
  };

  const edit = (change: Partial<RepFields>) => {
    if (!current || !fields) return;
    const next = { ...fields, ...change };
    setFields(next);
    const result = editedRep(current, next);
    if ('problems' in result) setProblems(result.problems);
    else {
      setProblems({});
      onChange(replaceRep(team, result.rep));
    }
  };

  const addHire = () => {
    if (!hire) return;
    const result = newHire(hire, team, team[0]?.team ?? '');
    if ('problems' in result) {
      setHireProblems(result.problems);
      return;
    }
    onChange([...team, result.rep]);
    setHire(null);
    setHireProblems({});
    setSelected(result.rep.id);
    setFields(repFields(result.rep));
  };

  const edits = editCount(saved, team);
  return (
    <section className={styles.indented} aria-label={t.teamEditTitle} data-testid="team-editor">
      <Subtitle2 as="h4">{t.teamEditTitle}</Subtitle2>
      {edits > 0 && (
        <div className={styles.actions}>
          <Caption1 data-testid="team-edit-count">{fill(t.teamEditChanges, { count: edits })}</Caption1>
          <Button
            size="small"
            disabledFocusable={disabled}
            onClick={() => {
              onChange([...saved]);
              const first = saved.find((r) => r.id === selected) ?? saved[0];
              if (first) select(first.id);
            }}
          >
            {t.teamEditUndo}
          </Button>
        </div>
      )}
      <Field label={t.teamEditRep} className={styles.control}>
        <Select value={selected} className={styles.control} onChange={(_, d) => select(d.value)}>
          {team.map((rep) => (
            <option key={rep.id} value={rep.id}>
              {rep.id} {rep.name}
            </option>
          ))}
        </Select>
      </Field>
      {current && fields && (
        <div className={styles.pair}>
          <Field label={t.teamEditName}>
            <Input className={styles.control} value={fields.name} onChange={(_, d) => edit({ name: d.value })} />
          </Field>
          <Field label={t.teamEditLeaveDate} validationMessage={problemText(problems.leaveDate)}>
            <Input className={styles.control} type="date" value={fields.leaveDate} onChange={(_, d) => edit({ leaveDate: d.value })} />
          </Field>
          <Field label={t.teamEditHistory} validationMessage={problemText(problems.history)}>
            <Input className={styles.control} inputMode="decimal" value={fields.history} onChange={(_, d) => edit({ history: d.value })} />
          </Field>
          <Field label={t.teamEditPotential} validationMessage={problemText(problems.potential)}>
            <Input
              className={styles.control}
              inputMode="decimal"
              value={fields.potential}
              onChange={(_, d) => edit({ potential: d.value })}
            />
          </Field>
        </div>
      )}
      {hire === null ? (
        <Button size="small" disabledFocusable={disabled} onClick={() => setHire(EMPTY_HIRE)}>
          {t.teamEditAddHire}
        </Button>
      ) : (
        <fieldset className={styles.group} data-testid="team-hire">
          <legend className={styles.legend}>{t.teamEditAddHire}</legend>
          <div className={styles.pair}>
            {(['id', 'name', 'startDate', 'history', 'potential'] as const).map((key) => (
              <Field
                key={key}
                label={
                  {
                    id: t.teamEditRepId,
                    name: t.teamEditName,
                    startDate: t.teamEditStartDate,
                    history: t.teamEditHistory,
                    potential: t.teamEditPotential,
                  }[key]
                }
                required={key === 'id'}
                validationMessage={problemText(hireProblems[key])}
              >
                <Input
                  className={styles.control}
                  type={key === 'startDate' ? 'date' : 'text'}
                  inputMode={key === 'history' || key === 'potential' ? 'decimal' : undefined}
                  value={hire[key]}
                  onChange={(_, d) => {
                    setHire((h) => (h ? { ...h, [key]: d.value } : h));
                    setHireProblems(({ [key]: _edited, ...rest }) => rest);
                  }}
                />
              </Field>
            ))}
          </div>
          <div className={styles.actions}>
            <Button size="small" appearance="primary" disabledFocusable={disabled} onClick={addHire}>
              {t.teamEditAdd}
            </Button>
            <Button size="small" disabledFocusable={disabled} onClick={() => setHire(null)}>
              {t.cancel}
            </Button>
          </div>
        </fieldset>
      )}
    </section>
  );
}
