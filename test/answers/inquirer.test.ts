// Real Inquirer prompts driven through inquirerAsk with @inquirer/testing's virtual terminal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { inquirerAsk } from '../../src/answers/inquirer.js';
import { promptFor } from '../../src/answers/interview.js';
import { CancelledError } from '../../src/errors.js';
import { questions } from './questions.js';
import { world } from '../world.js';

const question = (id: string) => questions.find((q) => q.id === id)!;

describe('inquirerAsk', () => {
  it('drives a select prompt: labels shown, arrows move, enter answers the value', async () => {
    const { answer, events, getScreen } = await render(inquirerAsk, promptFor(question('purpose'), undefined, { world }));
    expect(getScreen()).toContain('What is this communication for?');
    expect(getScreen()).toContain('❯ A quick question');
    events.keypress('down');
    events.keypress('down');
    expect(getScreen()).toContain('❯ A decision');
    events.keypress('enter');
    await expect(answer).resolves.toBe('decision');
  });

  it('shows escape sequences and bidi overrides in a prompt and its choices escaped', async () => {
    const q = question('purpose');
    const evil = { ...q, prompt: 'Retitle \x1b]0;pwned\x07 now', choices: q.choices!.map((c, i) => (i === 0 ? { ...c, label: 'Clear \x1b[2J \u202eexe' } : c)) };
    const { answer, events, getScreen } = await render(inquirerAsk, promptFor(evil, undefined, { world }));
    expect(getScreen()).toContain('Retitle \\x1b]0;pwned\\x07 now');
    expect(getScreen()).toContain('Clear \\x1b[2J \\u202eexe');
    events.keypress('enter');
    await expect(answer).resolves.toBe(q.choices![0]!.value);
  });

  it('preselects the default choice', async () => {
    const { answer, events, getScreen } = await render(inquirerAsk, promptFor(question('urgency'), 'this-week', { world }));
    expect(getScreen()).toContain('❯ This week');
    events.keypress('enter');
    await expect(answer).resolves.toBe('this-week');
  });

  it('asks a number again after a value out of range, in our words', async () => {
    const { answer, events, getScreen, nextRender } = await render(inquirerAsk, promptFor(question('attendees'), undefined, { world }));
    events.type('1');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('1 is less than the minimum, 2. Give a whole number of at least 2.');
    events.keypress('backspace');
    events.type('6');
    events.keypress('enter');
    await expect(answer).resolves.toBe(6);
  });

  it('takes zones as comma-separated text, suggesting a fix for a near miss', async () => {
    const { answer, events, getScreen, nextRender } = await render(inquirerAsk, promptFor(question('timezones'), ['Europe/Paris'], { world }));
    expect(getScreen()).toContain('Europe/Paris'); // the default, shown dimmed
    events.type('UTC, Europe/Berln');
    events.keypress('enter');
    await nextRender();
    expect(getScreen()).toContain('Europe/Berlin');
    for (let i = 0; i < 'Europe/Berln'.length; i++) events.keypress('backspace');
    events.type('Europe/Berlin');
    events.keypress('enter');
    await expect(answer).resolves.toBe('UTC, Europe/Berlin');
  });

  it('turns Ctrl+C into CancelledError', async () => {
    const { answer, events } = await render(inquirerAsk, promptFor(question('sensitive'), false, { world }));
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('loading Inquirer', () => {
  it('happens only in src/answers/inquirer.ts, which the CLI imports lazily', () => {
    const src = join(import.meta.dirname, '../../src');
    const importers = (readdirSync(src, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => /from '@inquirer\//.test(readFileSync(join(src, file), 'utf8')));
    expect(importers).toEqual([join('answers', 'inquirer.ts')]);
  });
});
