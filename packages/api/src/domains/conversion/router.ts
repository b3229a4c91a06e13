import {
  conversionDeliveriesInput,
  conversionDeliveriesOutput,
  conversionSettingsOutput,
  conversionSettingsUpdateInput,
  idInput,
} from '@bosonline/contracts';
import { router, sellerCan, sellerWrites } from '../../trpc.ts';
import { forgetStoreForms } from '../cache/forget.ts';
import { deliveries } from './deliveries.ts';
import { settings, updateSettings } from './settings.ts';

// Who may build forms decides where their orders' conversions go (and sees what was sent).
const manage = sellerCan('form.manage');

export const conversionRouter = router({
  settings: manage
    .input(idInput)
    .output(conversionSettingsOutput)
    .query(({ ctx, input }) => settings(ctx, input.id)),
  updateSettings: sellerWrites('form.manage', forgetStoreForms)
    .input(conversionSettingsUpdateInput)
    .output(conversionSettingsOutput)
    .mutation(({ ctx, input }) => updateSettings(ctx, input)),
  deliveries: manage
    .input(conversionDeliveriesInput)
    .output(conversionDeliveriesOutput)
    .query(({ ctx, input }) => deliveries(ctx, input)),
});
