import { Alert, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { createLazyRoute } from '@tanstack/react-router';
import { FormBuilder } from '../../components/form/form-builder.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { useCan, useMe } from '../../hooks/profile.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';

export const newFormPageLazy = createLazyRoute('/signed-in/forms/new')({ component: NewFormPage });

function NewFormPage() {
  const t = useT(formsSection);
  const me = useMe();
  const allowed = useCan('form.manage');
  return (
    <Stack gap="md">
      <AnchorLink to="/forms" size="sm">
        ← {t.forms.backToList}
      </AnchorLink>
      <Title order={1} size="h2">
        {t.forms.newTitle}
      </Title>
      {me.isPending ? null : allowed ? (
        <FormBuilder />
      ) : (
        <Alert color="yellow" icon={<IconLock aria-hidden />}>
          {t.forms.notAllowed}
        </Alert>
      )}
    </Stack>
  );
}
