import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contracts/accounts';
import { useCan } from '../../app/session';
import { RecordDrawer } from '../../ui/record-drawer';
import { RecordEditor } from '../../ui/record-editor';
import { AccountLink } from '../accounts/account-name';
import { RecordTimeline } from '../audit/record-timeline';
import { ContactForm } from './contact-form';

export type ContactDrawerState = { mode: 'create'; accountId?: string } | { mode: 'edit'; id: string } | null;

type Props = { state: ContactDrawerState; onClose: () => void; showAccountLink?: boolean };

/** Creates or edits a contact; on edit also its history and a link to its account. */
export function ContactDrawer({ state, onClose, showAccountLink }: Props) {
  const { t } = useTranslation();
  const canWrite = useCan()('accounts:write');
  return (
    <RecordDrawer opened={state !== null} title={state?.mode === 'edit' ? t('contacts.editTitle') : t('contacts.createTitle')} onClose={onClose}>
      {state?.mode === 'create' && <ContactForm accountId={state.accountId} onDone={onClose} />}
      {state?.mode === 'edit' && (
        <RecordEditor<Contact>
          resource="contacts"
          id={state.id}
          renderForm={(contact, stale) => (
            <>
              {showAccountLink && <AccountLine accountId={contact.accountId} />}
              <ContactForm contact={contact} readOnly={!canWrite} onDone={onClose} stale={stale} />
            </>
          )}
          history={<RecordTimeline resource="contacts" id={state.id} />}
        />
      )}
    </RecordDrawer>
  );
}

function AccountLine({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mb="md">
      <Text size="sm" c="dimmed">
        {t('contacts.account')}:
      </Text>
      <AccountLink id={accountId} size="sm" />
    </Group>
  );
}
