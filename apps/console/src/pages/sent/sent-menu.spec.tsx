import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DevelopmentToolName } from '@inquiry-router/contracts/views';
import { Layout } from '../../components/layout';
import { renderInConsole, resetConsole, signIn, urlOf } from '../../testing/console-under-test';

/** The menu as an adviser sees it, with the workdesk offering `tools` (production: no such route, 404); resolves once it has read the answer. */
async function showMenu(tools: DevelopmentToolName[] | null): Promise<void> {
  const answers: Promise<string>[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = urlOf(input);
      const offered = url === '/api/development' && tools !== null;
      const response = new Response(JSON.stringify(offered ? { tools } : { status: 404 }), { status: offered ? 200 : 404 });
      if (url === '/api/development') {
        const read = response.text.bind(response);
        response.text = () => {
          const body = read();
          answers.push(body);
          return body;
        };
      }
      return Promise.resolve(response);
    }),
  );
  renderInConsole(
    <Layout>
      <p>innhold</p>
    </Layout>,
    { locale: 'nb' },
  );
  await waitFor(() => expect(answers).toHaveLength(1));
  // React has applied what the workdesk answered once this settles.
  await act(async () => {
    await Promise.all(answers);
  });
}

describe('the menu entry of the Sent page', () => {
  beforeEach(() => signIn('adviser', ['adviser']));
  afterEach(resetConsole);

  it('is there when the workdesk offers the tool', async () => {
    await showMenu(['sent']);
    const link = await screen.findByRole('link', { name: 'Sendt' });
    expect(link.getAttribute('href')).toBe('/development/sent');
  });

  it('is not there when the workdesk offers other tools, nor in production', async () => {
    await showMenu(['phone']);
    expect(screen.getByRole('link', { name: 'Min arbeidsflate' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Sendt' })).toBeNull();
    cleanup();
    vi.unstubAllGlobals();

    await showMenu(null);
    expect(screen.queryByRole('link', { name: 'Sendt' })).toBeNull();
  });
});
