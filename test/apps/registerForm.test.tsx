import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RegisterForm, type DraftStore } from '../../src/ui/form/RegisterForm';
import { urgentCareReferrals } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import type { FieldDefinition } from '../../src/domain/lists/fields';

const register = urgentCareReferrals as unknown as Register<Record<string, FieldDefinition>>;
const people = [
  { id: 2, title: 'Sam Okafor' },
  { id: 3, title: 'Alex Morgan' }
];

function memoryDrafts(): DraftStore & { saved: Map<string, Record<string, unknown>> } {
  const saved = new Map<string, Record<string, unknown>>();
  return { saved, load: (key) => saved.get(key), save: (key, values) => void saved.set(key, values), clear: (key) => void saved.delete(key) };
}

const ready = {
  Title: 'Ada Lovelace',
  Hospital: 'Trafford General Hospital',
  AdmissionDate: '2026-11-01',
  ReferralDate: '2026-11-03',
  Status: 'Referred'
};

function renderForm(overrides: Partial<React.ComponentProps<typeof RegisterForm>> = {}) {
  const onSave = jest.fn(async () => ({ ok: true as const }));
  const view = render(
    <RegisterForm register={register} initial={{}} mode="new" today="2026-11-22" people={people} onSave={onSave} onClose={() => undefined} {...overrides} />
  );
  return { ...view, onSave };
}

describe('a register form', () => {
  it('lays the fields out in the register’s sections, with their help text', () => {
    renderForm();
    for (const section of register.sections) expect(screen.getByRole('group', { name: section })).toBeInTheDocument();
    expect(screen.getByText('The patient’s 10-digit NHS number. Spaces are fine: 943 476 5919.')).toBeInTheDocument();
  });

  it('groups an NHS number 3-3-4 while it is typed, and explains a wrong one when the field is left', async () => {
    renderForm();
    const nhs = screen.getByRole('textbox', { name: /NHS number/ });
    await userEvent.type(nhs, '9434765918');
    expect(nhs).toHaveValue('943 476 5918');
    fireEvent.blur(nhs);
    expect(await screen.findByText('Enter a valid NHS number: 943 476 5918 fails the NHS number check (its last digit does not match the others): check it was copied correctly')).toBeInTheDocument();
    await userEvent.clear(nhs);
    await userEvent.type(nhs, '9434765919');
    fireEvent.blur(nhs);
    await waitFor(() => expect(screen.queryByText(/Enter a valid NHS number/)).not.toBeInTheDocument());
  });

  it('lists every problem at the top on save, each linking to its field, and sends nothing', async () => {
    const { onSave } = renderForm({ initial: { ...ready, Status: 'Discharged' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByRole('region', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    const link = screen.getByRole('link', { name: 'Enter the NHS number' });
    await userEvent.click(link);
    expect(screen.getByRole('textbox', { name: /NHS number/ })).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves a valid item, and forgets its draft', async () => {
    const drafts = memoryDrafts();
    const { onSave } = renderForm({ initial: ready, drafts: { store: drafts, key: 'new-referral' } });
    await userEvent.type(screen.getByRole('textbox', { name: /NHS number/ }), '9434765919');
    expect(drafts.saved.get('new-referral')).toMatchObject({ NhsNumber: '943 476 5919' });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ NhsNumber: '943 476 5919', Title: 'Ada Lovelace' })));
    expect(drafts.saved.has('new-referral')).toBe(false);
  });

  it('brings back what was typed after a reload, and can discard it', async () => {
    const drafts = memoryDrafts();
    drafts.save('new-referral', { Title: 'Half typed' });
    const { unmount } = renderForm({ drafts: { store: drafts, key: 'new-referral' } });
    expect(await screen.findByText(/What you typed before was not saved/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Patient name/ })).toHaveValue('Half typed');
    await userEvent.click(screen.getByRole('button', { name: 'Discard the draft' }));
    expect(screen.getByRole('textbox', { name: /Patient name/ })).toHaveValue('');
    expect(drafts.saved.has('new-referral')).toBe(false);
    unmount();
  });

  it('shows SharePoint’s refusal against the fields and keeps what was typed', async () => {
    const drafts = memoryDrafts();
    const onSave = jest.fn(async () => ({ ok: false as const, messages: { NhsNumber: 'Another referral already has this NHS number and admission date.' } }));
    renderForm({ initial: { ...ready, NhsNumber: '943 476 5919' }, drafts: { store: drafts, key: 'k' }, onSave });
    await userEvent.type(screen.getByRole('textbox', { name: /Ward/ }), 'Ward 4');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Another referral already has this NHS number and admission date.' })).toBeInTheDocument();
    expect(drafts.saved.get('k')).toMatchObject({ Ward: 'Ward 4' });
  });

  it('shows an item to read in view mode: each field’s value as people read it, no inputs', () => {
    renderForm({ initial: { ...ready, NhsNumber: '9434765919', LeadOfficer: { id: 2, title: 'Sam Okafor' } }, mode: 'view' });
    const nhs = screen.getByText('NHS number');
    expect(nhs.tagName).toBe('DT');
    expect(nhs.nextElementSibling).toHaveTextContent('943 476 5919');
    expect(screen.getByText('Admission date').nextElementSibling).toHaveTextContent('01/11/2026');
    expect(screen.getByText('Lead officer').nextElementSibling).toHaveTextContent('Sam Okafor');
    expect(screen.getByText('Date of birth').nextElementSibling).toHaveTextContent('Not recorded');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('keeps only changed fields in a draft, so it never puts back old values over someone else’s newer ones', async () => {
    const drafts = memoryDrafts();
    const { unmount } = renderForm({ initial: { ...ready, Ward: 'AMU' }, mode: 'edit', drafts: { store: drafts, key: 'item-7' } });
    await userEvent.type(screen.getByRole('textbox', { name: /Notes/ }), 'Call the daughter');
    expect(drafts.saved.get('item-7')).toEqual({ Notes: 'Call the daughter' });
    unmount();

    renderForm({ initial: { ...ready, Ward: 'Elm Ward' }, mode: 'edit', drafts: { store: drafts, key: 'item-7' } });
    expect(screen.getByRole('textbox', { name: /Ward/ })).toHaveValue('Elm Ward');
    expect(screen.getByRole('textbox', { name: /Notes/ })).toHaveValue('Call the daughter');
  });

  it('shows a conditional field only when it applies, or when it already holds a value', async () => {
    const { rerender } = renderForm({ initial: { ...ready, Status: 'Assessing' } });
    expect(screen.queryByRole('textbox', { name: /Cancellation reason/ })).not.toBeInTheDocument();
    rerender(
      <RegisterForm register={register} initial={{ ...ready, Status: 'Cancelled' }} mode="edit" today="2026-11-22" people={people} onSave={async () => ({ ok: true })} onClose={() => undefined} key="cancelled" />
    );
    expect(screen.getByRole('textbox', { name: /Cancellation reason/ })).toBeInTheDocument();
    rerender(
      <RegisterForm register={register} initial={{ ...ready, Status: 'Assessing', CancellationReason: 'Moved away' }} mode="edit" today="2026-11-22" people={people} onSave={async () => ({ ok: true })} onClose={() => undefined} key="kept" />
    );
    expect(screen.getByRole('textbox', { name: /Cancellation reason/ })).toHaveValue('Moved away');
  });

  it('takes a rule’s mark off as soon as another field puts it right, and lists problems in the form’s order', async () => {
    renderForm({ initial: { ...ready, NhsNumber: '9434765919', DischargeDate: '2026-10-30', ReferralDate: '2026-10-29' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('region', { name: 'There is a problem' });
    const listed = Array.from(summary.querySelectorAll('li')).map((item) => item.textContent);
    expect(listed).toEqual(['The referral date must be on or after the admission date.', 'The discharge date must be on or after the admission date.']);
    expect(screen.getAllByText('The discharge date must be on or after the admission date.')).toHaveLength(2);

    const admission = screen.getByRole('textbox', { name: /^Admission date/ });
    await userEvent.clear(admission);
    await userEvent.type(admission, '28/10/2026');
    // The field's mark has gone; the summary keeps the list until the next Save, as GOV.UK's pattern does.
    await waitFor(() => expect(screen.getAllByText('The discharge date must be on or after the admission date.')).toHaveLength(1));
  });
});
