import {
  codFeeTypes,
  defaultPaymentWindowHours,
  type FormView,
  formCreateInput,
  formPaymentMethods,
  insuranceModes,
} from '@bosonline/contracts';
import { isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Button,
  Card,
  Checkbox,
  ColorInput,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { Controller, type Path, useForm } from 'react-hook-form';
import { applyFieldErrors, errorMessage } from '../../api/errors.ts';
import { useCreateForm, useCsMembers, useUpdateForm } from '../../hooks/forms.ts';
import { formsSection } from '../../i18n/forms.ts';
import { useT } from '../../i18n/i18n.tsx';
import { FailureAlert } from '../failure-alert.tsx';
import { RiskPolicyFields } from '../risk/risk-policy-fields.tsx';
import { RupiahInput } from '../rupiah-input.tsx';
import { CourierPicker } from './courier-picker.tsx';
import { CustomFieldsEditor } from './custom-fields-editor.tsx';
import { formError } from './form-error.ts';
import {
  type FormOutput,
  type FormValues,
  labelsOf,
  newFormValues,
  type VariantLabel,
  valuesOf,
} from './form-values.ts';
import { ItemsEditor } from './items-editor.tsx';
import { SharePanel } from './share-panel.tsx';
import { ShieldRulesEditor } from './shield-rules-editor.tsx';
import { WidgetPreview } from './widget-preview.tsx';

/** Top-level fields a server error may name (deeper paths are explained above the form). */
const topFields = Object.keys(formCreateInput.shape) as Path<FormValues>[];

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `form-section-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * Builds a new form or edits a saved one, with the real widget beside it. The contracts' create
 * rule checks the input in the browser; the server checks the same again.
 */
export function FormBuilder({ saved }: { saved?: FormView }) {
  const t = useT(formsSection);
  const navigate = useNavigate();
  const create = useCreateForm();
  const update = useUpdateForm();
  const staff = useCsMembers();
  const [failure, setFailure] = useState<string | null>(null);
  const wide = useMediaQuery('(min-width: 62em)');
  const [labels, setLabels] = useState<Record<string, VariantLabel>>(() => (saved ? labelsOf(saved) : {}));
  const form = useForm<FormValues, unknown, FormOutput>({
    resolver: zodResolver(formCreateInput),
    defaultValues: saved ? valuesOf(saved) : newFormValues,
  });
  const { control, register } = form;
  const err = (message: string | undefined) => formError(t, message);
  const errors = form.formState.errors;

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        if (saved) {
          // A blank slug keeps the one the form has (its published address does not move).
          const { slug, ...rest } = values;
          const next = await update.mutateAsync({ id: saved.id, ...rest, ...(slug ? { slug } : {}) });
          setLabels(labelsOf(next));
          form.reset(valuesOf(next));
          notifications.show({ color: 'teal', message: t.forms.saved });
        } else {
          const made = await create.mutateAsync(values);
          notifications.show({ color: 'teal', message: t.forms.created });
          await navigate({ to: '/forms/$formId', params: { formId: made.id }, replace: true });
        }
      } catch (error) {
        if (isBosError(error, 'CONFLICT')) {
          form.setError('slug', { type: 'server', message: t.forms.slugTaken }, { shouldFocus: true });
          return;
        }
        if (!applyFieldErrors(t, error, form.setError, topFields)) setFailure(errorMessage(t, error));
      }
    },
    () => setFailure(t.forms.fixErrors),
  );

  const status = form.watch('status');
  const paymentMethods = form.watch('paymentMethods') ?? [];

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <form
          onSubmit={submit}
          noValidate
          aria-label={saved ? t.forms.editTitle(saved.name) : t.forms.newTitle}
        >
          <Stack gap="md">
            <FailureAlert failure={failure} />
            <Section title={t.forms.section.basics}>
              <TextInput
                label={t.forms.field.name}
                required
                error={err(errors.name?.message)}
                {...register('name')}
              />
              <TextInput
                label={t.forms.field.slug}
                description={t.forms.field.slugHint}
                leftSection={
                  <Text size="xs" c="dimmed">
                    /f/
                  </Text>
                }
                leftSectionWidth={32}
                error={err(errors.slug?.message)}
                {...register('slug')}
              />
              <TextInput
                label={t.forms.field.headline}
                error={err(errors.headline?.message)}
                {...register('headline')}
              />
              <Textarea
                label={t.forms.field.description}
                autosize
                minRows={2}
                maxRows={8}
                error={err(errors.description?.message)}
                {...register('description')}
              />
              <Controller
                control={control}
                name="status"
                render={({ field }) => (
                  <Switch
                    label={t.forms.field.active}
                    checked={field.value === 'active'}
                    onChange={(event) => field.onChange(event.currentTarget.checked ? 'active' : 'inactive')}
                  />
                )}
              />
            </Section>

            <Section title={t.forms.section.items}>
              <ItemsEditor
                control={control}
                labels={labels}
                onLabel={(id, label) => setLabels((prev) => ({ ...prev, [id]: label }))}
                error={err(errors.items?.message ?? errors.items?.root?.message)}
              />
            </Section>

            <Section title={t.forms.section.payment}>
              <Controller
                control={control}
                name="paymentMethods"
                render={({ field, fieldState }) => (
                  <Checkbox.Group
                    label={t.forms.field.paymentMethods}
                    value={field.value}
                    onChange={(value) => field.onChange(value)}
                    error={err(fieldState.error?.message)}
                  >
                    <Group gap="md" mt={6}>
                      {formPaymentMethods.map((method) => (
                        <Checkbox key={method} value={method} label={t.paymentMethod[method]} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
              />
              <Controller
                control={control}
                name="couriers"
                render={({ field, fieldState }) => (
                  <CourierPicker
                    value={field.value}
                    onChange={field.onChange}
                    error={err(fieldState.error?.message ?? fieldState.error?.root?.message)}
                    serviceError={(index) => err(errors.couriers?.[index]?.services?.message)}
                  />
                )}
              />
              {paymentMethods.includes('cod') && (
                <Group grow align="flex-start" wrap="wrap">
                  <Controller
                    control={control}
                    name="codFee.type"
                    render={({ field }) => (
                      <Select
                        label={t.forms.field.codFee}
                        value={field.value}
                        allowDeselect={false}
                        onChange={(value) => field.onChange(value ?? 'none')}
                        data={codFeeTypes.map((type) => ({
                          value: type,
                          label: t.forms.field.codFeeType[type],
                        }))}
                        miw={160}
                      />
                    )}
                  />
                  {form.watch('codFee.type') !== 'none' && (
                    <Controller
                      control={control}
                      name="codFee.value"
                      render={({ field, fieldState }) => (
                        <NumberInput
                          label={t.forms.field.codFeeValue}
                          value={field.value ?? 0}
                          onChange={(v) => field.onChange(v ?? 0)}
                          suffix={form.watch('codFee.type') === 'percent' ? ' %' : undefined}
                          prefix={form.watch('codFee.type') === 'fixed' ? 'Rp ' : undefined}
                          thousandSeparator="."
                          decimalSeparator=","
                          decimalScale={2}
                          allowNegative={false}
                          error={err(fieldState.error?.message)}
                          miw={160}
                        />
                      )}
                    />
                  )}
                </Group>
              )}
              <Group grow align="flex-start" wrap="wrap">
                <Controller
                  control={control}
                  name="insurance.mode"
                  render={({ field }) => (
                    <Select
                      label={t.forms.field.insurance}
                      value={field.value}
                      allowDeselect={false}
                      onChange={(value) => field.onChange(value ?? 'none')}
                      data={insuranceModes.map((mode) => ({
                        value: mode,
                        label: t.forms.field.insuranceMode[mode],
                      }))}
                      miw={140}
                    />
                  )}
                />
                {form.watch('insurance.mode') !== 'none' && (
                  <>
                    <Controller
                      control={control}
                      name="insurance.percent"
                      render={({ field, fieldState }) => (
                        <NumberInput
                          label={t.forms.field.insurancePercent}
                          value={field.value ?? 0}
                          onChange={(v) => field.onChange(v ?? 0)}
                          suffix=" %"
                          decimalSeparator=","
                          decimalScale={2}
                          allowNegative={false}
                          error={err(fieldState.error?.message)}
                          miw={120}
                        />
                      )}
                    />
                    <Controller
                      control={control}
                      name="insurance.minimum"
                      render={({ field, fieldState }) => (
                        <RupiahInput
                          label={t.forms.field.insuranceMinimum}
                          value={field.value ?? 0}
                          onChange={(v) => field.onChange(v ?? 0)}
                          error={err(fieldState.error?.message)}
                          miw={120}
                        />
                      )}
                    />
                  </>
                )}
              </Group>
              <Checkbox label={t.forms.field.allowVouchers} {...register('allowVouchers')} />
              <Controller
                control={control}
                name="paymentWindowHours"
                render={({ field, fieldState }) => (
                  <NumberInput
                    label={t.forms.field.paymentWindowHours}
                    description={t.forms.field.paymentWindowHint}
                    value={field.value ?? defaultPaymentWindowHours}
                    onChange={(v) => field.onChange(v === '' ? undefined : Number(v))}
                    suffix={t.forms.field.hoursSuffix}
                    min={1}
                    max={168}
                    allowDecimal={false}
                    allowNegative={false}
                    error={err(fieldState.error?.message)}
                    maw={260}
                  />
                )}
              />
            </Section>

            <Section title={t.risk.policy.title}>
              <RiskPolicyFields control={control} err={err} />
            </Section>

            <Section title={t.forms.section.fields}>
              <CustomFieldsEditor control={control} register={register} />
            </Section>

            <Section title={t.forms.section.staff}>
              <Controller
                control={control}
                name="staffMemberIds"
                render={({ field, fieldState }) => (
                  <MultiSelect
                    label={t.forms.field.staff}
                    description={t.forms.field.staffHint}
                    value={field.value ?? []}
                    onChange={field.onChange}
                    data={[
                      ...(staff.data ?? []).map((m) => ({ value: m.id, label: m.name })),
                      // Staff already on the form stay listed even when the list has not answered.
                      ...(saved?.staff ?? [])
                        .filter((s) => !staff.data?.some((m) => m.id === s.memberId))
                        .map((s) => ({ value: s.memberId, label: s.name })),
                    ]}
                    error={err(fieldState.error?.message)}
                  />
                )}
              />
            </Section>

            <Section title={t.shield.rules.title}>
              <ShieldRulesEditor control={control} register={register} err={err} />
            </Section>

            <Section title={t.forms.section.pixels}>
              <Group grow align="flex-start" wrap="wrap">
                <TextInput
                  label={t.forms.field.metaPixel}
                  inputMode="numeric"
                  error={err(errors.pixels?.metaPixelId?.message)}
                  {...register('pixels.metaPixelId')}
                  miw={180}
                />
                <TextInput
                  label={t.forms.field.tiktokPixel}
                  error={err(errors.pixels?.tiktokPixelId?.message)}
                  {...register('pixels.tiktokPixelId')}
                  miw={180}
                />
              </Group>
            </Section>

            <Section title={t.forms.section.theme}>
              <Group grow align="flex-start" wrap="wrap">
                <Controller
                  control={control}
                  name="theme.primaryColor"
                  render={({ field, fieldState }) => (
                    <ColorInput
                      label={t.forms.field.color}
                      format="hex"
                      // Its eyedropper button has no name a screen reader could read out.
                      withEyeDropper={false}
                      value={field.value ?? ''}
                      onChange={field.onChange}
                      error={err(fieldState.error?.message)}
                      miw={160}
                    />
                  )}
                />
                <TextInput
                  label={t.forms.field.buttonText}
                  error={err(errors.theme?.buttonText?.message)}
                  {...register('theme.buttonText')}
                  miw={160}
                />
              </Group>
            </Section>

            <Section title={t.forms.section.success}>
              <Textarea
                label={t.forms.field.successMessage}
                autosize
                minRows={2}
                error={err(errors.successPage?.message?.message)}
                {...register('successPage.message')}
              />
              <TextInput
                label={t.forms.field.redirectUrl}
                type="url"
                placeholder="https://"
                error={err(errors.successPage?.redirectUrl?.message)}
                {...register('successPage.redirectUrl')}
              />
              <Checkbox
                label={t.forms.field.whatsappButton}
                {...register('successPage.whatsappButton.enabled')}
              />
              {form.watch('successPage.whatsappButton.enabled') && (
                <TextInput
                  label={t.forms.field.whatsappText}
                  error={err(errors.successPage?.whatsappButton?.text?.message)}
                  {...register('successPage.whatsappButton.text')}
                />
              )}
            </Section>

            <Group justify="flex-end">
              <Button
                type="submit"
                leftSection={<IconDeviceFloppy size={16} aria-hidden />}
                loading={form.formState.isSubmitting}
              >
                {t.forms.save}
              </Button>
            </Group>
          </Stack>
        </form>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        {/* Beside the builder on a wide screen the preview stays in view, scrolling on its own. */}
        {/* A block box scrolls; a flex column there would squeeze the cards instead. */}
        <div
          style={
            wide
              ? { position: 'sticky', top: 76, maxHeight: 'calc(100dvh - 92px)', overflowY: 'auto' }
              : undefined
          }
        >
          <Stack gap="md">
            {saved && <SharePanel formId={saved.id} path={saved.url} />}
            <WidgetPreview
              formId={saved?.id ?? null}
              version={saved?.updatedAt.toISOString() ?? ''}
              active={(saved?.status ?? status) === 'active'}
              dirty={form.formState.isDirty}
            />
          </Stack>
        </div>
      </Grid.Col>
    </Grid>
  );
}
