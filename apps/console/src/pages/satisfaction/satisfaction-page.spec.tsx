import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SatisfactionFiguresView, SatisfactionReportView, SurveyCommentsView } from '@inquiry-router/contracts/views';
import { answerJson, notHere, renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';
import { SatisfactionPage } from './satisfaction-page';

const figures = (key: string | null): SatisfactionFiguresView => ({
  key,
  resolved: 4,
  surveysSent: 3,
  answers: 2,
  averageScore: 4.5,
  responseRate: 2 / 3,
  medianWaitSeconds: 300,
  averageWaitSeconds: 360,
});

const report: SatisfactionReportView = {
  from: '2026-11-15',
  to: '2026-12-15',
  total: figures(null),
  byQueue: [figures('first-line')],
  byChannel: [figures('email')],
  byCategory: [figures('login'), figures(null)],
  byAdviser: [figures('adviser1')],
};
const comments: SurveyCommentsView = { from: report.from, to: report.to, items: [] };

describe('SatisfactionPage', () => {
  beforeEach(() => {
    signIn('supervisor', ['supervisor']);
    vi.stubGlobal(
      'fetch',
      vi.fn((input: RequestInfo | URL) => {
        const url = urlOf(input);
        const body = url.startsWith('/api/satisfaction/comments?') ? comments : url.startsWith('/api/satisfaction?') ? report : null;
        return body ? answerJson(body) : notHere();
      }),
    );
  });
  afterEach(resetConsole);

  it('names the queues, channels and categories in Norwegian, not by their codes', async () => {
    renderInConsole(<SatisfactionPage />, { locale: 'nb' });
    const groupName = (testId: string) => screen.getByTestId(testId).children[0].textContent;
    expect(await screen.findByTestId('satisfaction-category-login')).toBeTruthy();
    expect(groupName('satisfaction-category-login')).toBe('Innlogging');
    expect(groupName('satisfaction-category-none')).toBe('Ingen');
    expect(groupName('satisfaction-queue-first-line')).toBe('Førstelinje');
    expect(groupName('satisfaction-channel-email')).toBe('E-post');
  });
});
