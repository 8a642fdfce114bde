import type { Competence } from './competences';
import { shiftStaffing, TraineeStaffFactor } from './roster-staffing';

const competence = (areaKind: Competence['areaKind'], area: string, level: Competence['level']): Competence => ({
  areaKind,
  area,
  level,
  mentor: null,
});

describe('shiftStaffing', () => {
  it('counts a trainee as half a qualified adviser', () => {
    expect(TraineeStaffFactor).toBe(0.5);
  });

  it('counts an adviser with no competences recorded, or qualified ones, in full', () => {
    expect(shiftStaffing([], [])).toEqual({ weight: 1, trainee: false, mentor: false });
    expect(shiftStaffing([competence('category', 'login', 'qualified')], ['first-line'])).toEqual({
      weight: 1,
      trainee: false,
      mentor: false,
    });
  });

  it('counts training in a category in every shift, whatever its queues', () => {
    const trainee = [competence('category', 'login', 'in-training'), competence('category', 'inbox', 'qualified')];
    expect(shiftStaffing(trainee, ['second-line'])).toEqual({ weight: TraineeStaffFactor, trainee: true, mentor: false });
    expect(shiftStaffing(trainee, []).weight).toBe(TraineeStaffFactor);
  });

  it('counts training in a queue only in shifts that may take that queue', () => {
    const trainee = [competence('queue', 'second-line', 'in-training'), competence('queue', 'first-line', 'qualified')];
    expect(shiftStaffing(trainee, ['first-line'])).toEqual({ weight: 1, trainee: false, mentor: false });
    expect(shiftStaffing(trainee, ['first-line', 'second-line']).weight).toBe(TraineeStaffFactor);
    expect(shiftStaffing(trainee, []).weight).toBe(TraineeStaffFactor);
  });

  it('marks a mentor in the shift’s areas, counted in full', () => {
    const mentor = [competence('queue', 'first-line', 'mentor')];
    expect(shiftStaffing(mentor, ['first-line'])).toEqual({ weight: 1, trainee: false, mentor: true });
    expect(shiftStaffing(mentor, ['servicedesk']).mentor).toBe(false);
    expect(shiftStaffing([competence('category', 'signing', 'mentor')], ['servicedesk']).mentor).toBe(true);
  });
});
