import { catalogStatuses, productCreateInput } from '@bosonline/contracts';
import type { BosOutputs } from '@bosonline/sdk';
import { fieldErrors, isBosError } from '@bosonline/sdk';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { createLazyRoute, getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { errorMessage } from '../../api/errors.ts';
import { ImageDropzone, type ProductImage } from '../../components/product/image-dropzone.tsx';
import { productText } from '../../components/product/messages.ts';
import { notify } from '../../components/product/notify.ts';
import { SkuInput } from '../../components/product/sku-input.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { RupiahInput } from '../../components/rupiah-input.tsx';
import {
  useCategories,
  useCreateProduct,
  useProductForEdit,
  useUpdateProduct,
  useUpdateVariants,
  useWarehouses,
} from '../../hooks/products.ts';
import { useCan } from '../../hooks/profile.ts';
import { useT } from '../../i18n/i18n.tsx';
import { productsSection, type WithProducts } from '../../i18n/products.ts';

export const newProductPageLazy = createLazyRoute('/signed-in/products/new')({ component: NewProductPage });

export const editProductPageLazy = createLazyRoute('/signed-in/products/$id')({ component: EditProductPage });
const editProductRoute = getRouteApi('/signed-in/products/$id');

type Values = z.input<typeof productCreateInput>;
type Output = z.output<typeof productCreateInput>;
type Warehouse = { id: string; name: string };
type Category = { id: number; name: string };
type Product = BosOutputs['product']['detail'];

function NewProductPage() {
  const warehouses = useWarehouses();
  const categories = useCategories();
  if (warehouses.isPending || categories.isPending) return <FormSkeleton />;
  if (!warehouses.data || !categories.data) {
    const failed = warehouses.data ? categories : warehouses;
    return <QueryError error={failed.error} onRetry={() => failed.refetch()} />;
  }
  return <ProductForm warehouses={warehouses.data} categories={categories.data} />;
}

function EditProductPage() {
  const { id } = editProductRoute.useParams();
  const data = useProductForEdit(id);
  if (data.isPending) return <FormSkeleton />;
  if (!data.data) return <QueryError error={data.error} onRetry={() => data.refetch()} />;
  return (
    <ProductForm
      key={data.data.product.id}
      product={data.data.product}
      warehouses={data.data.warehouses}
      categories={data.data.categories}
    />
  );
}

/** A fresh variant row: starting stock 0 in every warehouse, which the seller fills in. */
function blankVariant(warehouses: Warehouse[]): Values['variants'][number] {
  return {
    sku: '',
    options: {},
    price: undefined as unknown as number,
    stock: warehouses.map((w) => ({ warehouseId: w.id, quantity: 0 })),
  };
}

function initialValues(product: Product | undefined, warehouses: Warehouse[]): Values {
  if (!product) {
    return {
      name: '',
      sku: '',
      description: '',
      categoryId: null,
      weightGrams: undefined as unknown as number,
      status: 'active',
      imageIds: [],
      variants: [blankVariant(warehouses)],
    };
  }
  return {
    name: product.name,
    sku: product.sku,
    description: product.description,
    categoryId: product.category?.id ?? null,
    weightGrams: product.weightGrams,
    status: product.status,
    imageIds: product.images.map((i) => i.id),
    // Existing variants keep their stock; it changes through the stock page's ledger.
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      name: v.name || null,
      options: v.options,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      cost: v.cost,
      weightGrams: v.weightGrams,
      status: v.status,
      stock: [],
    })),
  };
}

/** What the server said, for the seller: 409 and 503 in plain words, the rest as usual. */
function saveFailure(t: WithProducts, error: unknown): string {
  if (isBosError(error) && error.data?.httpStatus === 409) return t.products.form.conflict;
  if (isBosError(error) && error.data?.httpStatus === 503) return t.products.form.unavailable;
  return errorMessage(t, error);
}

function ProductForm({
  product,
  warehouses,
  categories,
}: {
  product?: Product;
  warehouses: Warehouse[];
  categories: Category[];
}) {
  const t = useT(productsSection);
  const f = t.products.form;
  const navigate = useNavigate();
  // CS members read the catalogue: the same page, with nothing to change (the server says 403).
  const canManage = useCan('catalog.manage');
  const create = useCreateProduct();
  const update = useUpdateProduct();
  const updateVariants = useUpdateVariants();
  const [failure, setFailure] = useState<string | null>(null);
  const [images, setImages] = useState<ProductImage[]>(product?.images ?? []);
  // Every variant is told apart by one option (Ukuran: 250 g / 500 g); its name is asked once.
  const [optionName, setOptionName] = useState(
    Object.keys(product?.variants[0]?.options ?? {})[0] ?? (t.lang === 'id' ? 'Varian' : 'Variant'),
  );
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(productCreateInput),
    defaultValues: initialValues(product, warehouses),
  });
  const variants = useFieldArray({ control: form.control, name: 'variants' });
  const errors = form.formState.errors;
  const say = (message: string | undefined) => productText(t, message);
  const optionKey = optionName.trim() || f.optionValue;

  const setImageList = (next: ProductImage[]) => {
    setImages(next);
    form.setValue(
      'imageIds',
      next.map((i) => i.id),
      { shouldDirty: true },
    );
  };

  /** The server's per-field messages (`variants.1.sku`) under the same fields. */
  const applyServerErrors = (error: unknown) => {
    for (const [field, messages] of Object.entries(fieldErrors(error))) {
      form.setError(field as FieldPath<Values>, { type: 'server', message: messages[0] });
    }
  };

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        if (product) {
          const { variants: rows, ...fields } = values;
          await update.mutateAsync({ id: product.id, ...fields });
          await updateVariants.mutateAsync({ productId: product.id, variants: rows });
          notify('teal', f.saved(values.name));
        } else {
          await create.mutateAsync(values);
          notify('teal', f.created(values.name));
        }
        await navigate({ to: '/products' });
      } catch (error) {
        // Field messages land under their fields; the banner says what kind of failure it was.
        applyServerErrors(error);
        setFailure(saveFailure(t, error));
      }
    },
    () => setFailure(f.fixErrors),
  );

  return (
    <Stack gap="md" maw={880}>
      <Anchor component={Link} to="/products" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {f.backToList}
        </Group>
      </Anchor>
      <Title order={1} size="h2">
        {product ? (canManage ? f.editTitle(product.name) : product.name) : f.createTitle}
      </Title>

      <form onSubmit={submit} noValidate>
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="md">
            {/* "Check the marked fields" goes once the marked fields are fixed. */}
            {failure && (failure !== f.fixErrors || Object.keys(errors).length > 0) && (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
                {failure}
              </Alert>
            )}

            <Card withBorder component="section" aria-labelledby="product-basics">
              <Stack gap="sm">
                <Title order={2} size="h4" id="product-basics">
                  {f.basics}
                </Title>
                <TextInput
                  label={f.name}
                  required
                  error={say(errors.name?.message)}
                  {...form.register('name')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Controller
                    control={form.control}
                    name="sku"
                    render={({ field }) => (
                      <SkuInput
                        kind="product"
                        label={f.sku}
                        description={f.skuHint}
                        required
                        excludeId={product?.id}
                        error={say(errors.sku?.message)}
                        {...field}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="categoryId"
                    render={({ field }) => (
                      <Select
                        label={f.category}
                        placeholder={f.noCategory}
                        data={categories.map((c) => ({ value: String(c.id), label: c.name }))}
                        value={field.value ? String(field.value) : null}
                        onChange={(value) => field.onChange(value ? Number(value) : null)}
                        onBlur={field.onBlur}
                        clearable
                        searchable
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="weightGrams"
                    render={({ field }) => (
                      <NumberInput
                        label={f.weight}
                        description={f.weightHint}
                        required
                        suffix=" g"
                        thousandSeparator="."
                        decimalSeparator=","
                        allowDecimal={false}
                        allowNegative={false}
                        hideControls
                        inputMode="numeric"
                        value={field.value ?? ''}
                        onChange={(value) => field.onChange(typeof value === 'number' ? value : undefined)}
                        onBlur={field.onBlur}
                        error={say(errors.weightGrams?.message)}
                      />
                    )}
                  />
                  <Controller
                    control={form.control}
                    name="status"
                    render={({ field }) => (
                      <Select
                        label={f.status}
                        data={catalogStatuses.map((s) => ({ value: s, label: t.products.status[s] }))}
                        value={field.value ?? 'active'}
                        onChange={(value) => field.onChange(value ?? 'active')}
                        allowDeselect={false}
                      />
                    )}
                  />
                </SimpleGrid>
                <Textarea
                  label={f.description}
                  autosize
                  minRows={3}
                  maxRows={10}
                  error={say(errors.description?.message)}
                  {...form.register('description')}
                />
              </Stack>
            </Card>

            <Card withBorder component="section" aria-labelledby="product-images">
              <Stack gap="sm">
                <Title order={2} size="h4" id="product-images">
                  {f.images}
                </Title>
                <ImageDropzone
                  images={images}
                  onChange={setImageList}
                  error={say(errors.imageIds?.message)}
                  readOnly={!canManage}
                />
              </Stack>
            </Card>

            <Card withBorder component="section" aria-labelledby="product-variants">
              <Stack gap="sm">
                <div>
                  <Title order={2} size="h4" id="product-variants">
                    {f.variantsTitle}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {f.variantsHint}
                  </Text>
                </div>
                <TextInput
                  label={f.optionName}
                  placeholder={f.optionNamePlaceholder}
                  value={optionName}
                  maxLength={30}
                  onChange={(event) => {
                    const next = event.currentTarget.value;
                    setOptionName(next);
                    // Every variant's option follows the new name, keeping its value.
                    form.getValues('variants').forEach((v, i) => {
                      const value = Object.values(v.options ?? {})[0];
                      if (value)
                        form.setValue(`variants.${i}.options`, { [next.trim() || f.optionValue]: value });
                    });
                  }}
                  style={{ maxWidth: 320 }}
                />
                {errors.variants?.root?.message || errors.variants?.message ? (
                  <Text c="red.9" size="sm" role="alert">
                    {say(errors.variants?.root?.message ?? errors.variants?.message)}
                  </Text>
                ) : null}
                {variants.fields.map((row, index) => {
                  const isNew = !form.getValues(`variants.${index}.id`);
                  const rowErrors = errors.variants?.[index];
                  return (
                    <Fieldset key={row.id} legend={f.variant(index + 1)} variant="filled" p="sm">
                      {canManage && variants.fields.length > 1 && (
                        <Group justify="flex-end" mt={-8} mb={4}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={f.removeVariant(index + 1)}
                            onClick={() => variants.remove(index)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      )}
                      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
                        <Controller
                          control={form.control}
                          name={`variants.${index}.options`}
                          render={({ field }) => (
                            <TextInput
                              label={`${f.optionValue} (${optionKey})`}
                              placeholder={f.optionValuePlaceholder}
                              value={Object.values(field.value ?? {})[0] ?? ''}
                              maxLength={60}
                              onChange={(event) => {
                                const value = event.currentTarget.value;
                                field.onChange(value.trim() ? { [optionKey]: value } : {});
                              }}
                              onBlur={field.onBlur}
                              error={say(firstMessage(rowErrors?.options))}
                            />
                          )}
                        />
                        <Controller
                          control={form.control}
                          name={`variants.${index}.sku`}
                          render={({ field }) => (
                            <SkuInput
                              kind="variant"
                              label={f.variantSku}
                              required
                              excludeId={form.getValues(`variants.${index}.id`)}
                              error={say(rowErrors?.sku?.message)}
                              {...field}
                            />
                          )}
                        />
                        <Controller
                          control={form.control}
                          name={`variants.${index}.price`}
                          render={({ field }) => (
                            <RupiahInput
                              label={f.price}
                              required
                              value={field.value}
                              onChange={(value) => field.onChange(value ?? undefined)}
                              onBlur={field.onBlur}
                              error={say(rowErrors?.price?.message)}
                            />
                          )}
                        />
                        <Controller
                          control={form.control}
                          name={`variants.${index}.compareAtPrice`}
                          render={({ field }) => (
                            <RupiahInput
                              label={f.compareAtPrice}
                              value={field.value}
                              onChange={(value) => field.onChange(value)}
                              onBlur={field.onBlur}
                              error={say(rowErrors?.compareAtPrice?.message)}
                            />
                          )}
                        />
                      </SimpleGrid>
                      {isNew ? (
                        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="sm">
                          {warehouses.map((warehouse, w) => (
                            <Controller
                              key={warehouse.id}
                              control={form.control}
                              name={`variants.${index}.stock.${w}.quantity`}
                              render={({ field }) => (
                                <NumberInput
                                  label={f.startingStock(warehouse.name)}
                                  allowDecimal={false}
                                  allowNegative={false}
                                  thousandSeparator="."
                                  decimalSeparator=","
                                  min={0}
                                  value={field.value ?? ''}
                                  onChange={(value) => field.onChange(typeof value === 'number' ? value : 0)}
                                  onBlur={field.onBlur}
                                  error={say(rowErrors?.stock?.[w]?.quantity?.message)}
                                />
                              )}
                            />
                          ))}
                        </SimpleGrid>
                      ) : (
                        <Text size="xs" c="dimmed" mt="xs">
                          {f.stockLater}
                        </Text>
                      )}
                    </Fieldset>
                  );
                })}
                {canManage && (
                  <Button
                    variant="light"
                    leftSection={<IconPlus size={16} />}
                    onClick={() => variants.append(blankVariant(warehouses))}
                    style={{ alignSelf: 'flex-start' }}
                    disabled={variants.fields.length >= 100}
                  >
                    {f.addVariant}
                  </Button>
                )}
              </Stack>
            </Card>

            {canManage && (
              <Group justify="flex-end">
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {f.save}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </Stack>
  );
}

function FormSkeleton() {
  return (
    <Stack gap="md" maw={880} aria-busy="true">
      <Skeleton h={32} w={240} />
      <Skeleton h={220} />
      <Skeleton h={140} />
      <Skeleton h={220} />
    </Stack>
  );
}

/** The first message anywhere in a nested field's errors (an option's key or value). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  if ('message' in error && typeof error.message === 'string') return error.message;
  for (const inner of Object.values(error)) {
    const found = firstMessage(inner);
    if (found) return found;
  }
  return undefined;
}
