import { Alert, Card, Skeleton, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi } from '@tanstack/react-router';
import { ConversionPanel } from '../../components/form/conversion-settings.tsx';
import { FormBuilder } from '../../components/form/form-builder.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useFormDetail } from '../../hooks/forms.ts';
import { useCan, useMe } from '../../hooks/profile.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';

export const editFormPageLazy = createLazyRoute('/signed-in/forms/$formId')({ component: EditFormPage });
const editFormRoute = getRouteApi('/signed-in/forms/$formId');

function EditFormPage() {
  const t = useT(formsSection);
  const me = useMe();
  const allowed = useCan('form.manage');
  return (
    <Stack gap="md">
      <AnchorLink to="/forms" size="sm">
        ← {t.forms.backToList}
      </AnchorLink>
      {me.isPending ? (
        <BuilderSkeleton />
      ) : allowed ? (
        <Editor />
      ) : (
        <Alert color="yellow" icon={<IconLock aria-hidden />}>
          {t.forms.notAllowed}
        </Alert>
      )}
    </Stack>
  );
}

function Editor() {
  const t = useT(formsSection);
  const { formId } = editFormRoute.useParams();
  const detail = useFormDetail(formId);
  if (detail.isPending) return <BuilderSkeleton />;
  if (!detail.data) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  return (
    <>
      <Title order={1} size="h2">
        {t.forms.editTitle(detail.data.name)}
      </Title>
      <FormBuilder key={detail.data.id} saved={detail.data} />
      <ConversionPanel formId={detail.data.id} />
    </>
  );
}

function BuilderSkeleton() {
  return (
    <Card withBorder aria-busy="true">
      <Stack gap="md">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} h={40} />
        ))}
      </Stack>
    </Card>
  );
}
