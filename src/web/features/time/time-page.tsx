import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/session';
import { PageHeader } from '../../ui/page-header';
import { UserSelect } from '../users/user-select';
import { TimeDiary } from './time-diary';

/** A person's diary: your own time, or (for a manager or an admin) anyone's they may see. */
export function TimePage() {
  const { t } = useTranslation();
  const me = useMe();
  const canPick = me.user.role === 'admin' || me.user.role === 'sales_manager';
  const [userId, setUserId] = useState(me.user.id);
  return (
    <>
      <PageHeader title={userId === me.user.id ? t('time.myTitle') : t('time.diaryTitle')}>
        {canPick && (
          <UserSelect label={t('time.diaryOf')} value={userId} onChange={(value) => setUserId(value ?? me.user.id)} w={240} />
        )}
      </PageHeader>
      <Group mb="md">
        <Text c="dimmed" maw={760}>
          {t('time.intro')}
        </Text>
      </Group>
      <TimeDiary key={userId} filter={{ 'filter[userId]': userId }} onePerson />
    </>
  );
}
