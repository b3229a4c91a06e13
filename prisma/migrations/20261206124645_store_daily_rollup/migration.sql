-- CreateTable
CREATE TABLE "StoreDailyRollup" (
    "storeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "courierCode" TEXT NOT NULL,
    "csMemberId" UUID NOT NULL,
    "formId" UUID NOT NULL,
    "orders" INTEGER NOT NULL,
    "items" BIGINT NOT NULL,
    "revenue" BIGINT NOT NULL,
    "itemsTotal" BIGINT NOT NULL,
    "shipping" BIGINT NOT NULL,
    "codFees" BIGINT NOT NULL,

    CONSTRAINT "StoreDailyRollup_pkey" PRIMARY KEY ("storeId","day","status","paymentMethod","courierCode","csMemberId","formId")
);

-- CreateTable
CREATE TABLE "StoreVariantDailyRollup" (
    "storeId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "variantId" UUID NOT NULL,
    "units" BIGINT NOT NULL,
    "sales" BIGINT NOT NULL,

    CONSTRAINT "StoreVariantDailyRollup_pkey" PRIMARY KEY ("storeId","day","status","variantId")
);

-- The rollups are kept by triggers rather than by the services: every write to an order (a
-- checkout's insert, applyOrderChange, an edit, a seed or bench script writing SQL) moves its
-- counts in the same transaction, and no code path can forget to. A row's contribution is taken
-- out under its old key and added under its new one, and rows that reach zero stay (harmless).
--
-- The function bodies are E'' strings with each semicolon written \073: Prisma's pg driver adapter
-- (which applies migrations in the tests on PostgreSQL) splits a migration at every semicolon,
-- even inside $$ quotes or comments.

-- One order's contribution to StoreDailyRollup, times `sign` (1 to add it, -1 to take it out).
CREATE FUNCTION "store_rollup_order_add"(o "Order", sign integer) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "StoreDailyRollup" AS r ("storeId", "day", "status", "paymentMethod", "courierCode",
    "csMemberId", "formId", "orders", "items", "revenue", "itemsTotal", "shipping", "codFees")
  VALUES (o."storeId", (o."createdAt" + interval ''7 hours'')::date, o."status", o."paymentMethod",
    o."courierCode", COALESCE(o."csMemberId", ''00000000-0000-0000-0000-000000000000''),
    COALESCE(o."formId", ''00000000-0000-0000-0000-000000000000''), sign, sign * o."itemCount"::bigint,
    sign * o."total"::bigint, sign * o."itemsTotal"::bigint, sign * o."shippingCost"::bigint,
    sign * o."codFee"::bigint)
  ON CONFLICT ("storeId", "day", "status", "paymentMethod", "courierCode", "csMemberId", "formId")
  DO UPDATE SET "orders" = r."orders" + EXCLUDED."orders", "items" = r."items" + EXCLUDED."items",
    "revenue" = r."revenue" + EXCLUDED."revenue", "itemsTotal" = r."itemsTotal" + EXCLUDED."itemsTotal",
    "shipping" = r."shipping" + EXCLUDED."shipping", "codFees" = r."codFees" + EXCLUDED."codFees"\073
';

-- The items of one order (as they are now) in StoreVariantDailyRollup under the order's store,
-- day and the given status, times `sign`.
CREATE FUNCTION "store_rollup_items_add"(order_id uuid, store_id uuid, created_at timestamp(3),
  order_status "OrderStatus", sign integer) RETURNS void LANGUAGE sql AS E'
  INSERT INTO "StoreVariantDailyRollup" AS r ("storeId", "day", "status", "variantId", "units", "sales")
  SELECT store_id, (created_at + interval ''7 hours'')::date, order_status, i."variantId",
    sign * sum(i."quantity")::bigint, sign * sum(i."quantity"::bigint * i."price")
  FROM "OrderItem" i
  WHERE i."orderId" = order_id
  GROUP BY i."variantId"
  ORDER BY i."variantId"
  ON CONFLICT ("storeId", "day", "status", "variantId")
  DO UPDATE SET "units" = r."units" + EXCLUDED."units", "sales" = r."sales" + EXCLUDED."sales"\073
';

-- Deferred to the commit (a constraint trigger below): it reads only OLD and NEW, so it counts the
-- same whenever it runs, and the store's busiest rollup row (today, this courier, this form) is
-- then locked only while the transaction commits, not for the whole checkout, which would queue
-- every concurrent checkout of a store behind one another.
CREATE FUNCTION "store_rollup_on_order"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND (OLD."storeId", OLD."createdAt", OLD."status", OLD."paymentMethod",
      OLD."courierCode", OLD."csMemberId", OLD."formId", OLD."itemCount", OLD."total",
      OLD."itemsTotal", OLD."shippingCost", OLD."codFee")
    IS NOT DISTINCT FROM (NEW."storeId", NEW."createdAt", NEW."status", NEW."paymentMethod",
      NEW."courierCode", NEW."csMemberId", NEW."formId", NEW."itemCount", NEW."total",
      NEW."itemsTotal", NEW."shippingCost", NEW."codFee") THEN
    RETURN NULL\073 -- follow-up counts, AWBs, payment facts: nothing the recaps count
  END IF\073
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN PERFORM "store_rollup_order_add"(OLD, -1)\073 END IF\073
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN PERFORM "store_rollup_order_add"(NEW, 1)\073 END IF\073
  RETURN NULL\073
END ';

-- The items move with their order's status (they are counted under it). Immediate, like the item
-- trigger, so both always see the items and the status as they are (rows per variant: orders of
-- the same variant already queue on its stock row).
CREATE FUNCTION "store_rollup_items_on_order"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF (OLD."storeId", OLD."createdAt", OLD."status") IS DISTINCT FROM (NEW."storeId", NEW."createdAt", NEW."status") THEN
    PERFORM "store_rollup_items_add"(OLD."id", OLD."storeId", OLD."createdAt", OLD."status", -1)\073
    PERFORM "store_rollup_items_add"(NEW."id", NEW."storeId", NEW."createdAt", NEW."status", 1)\073
  END IF\073
  RETURN NULL\073
END ';

-- A deleted order's items leave the product rollup before the cascade removes them (the item
-- trigger below then no longer finds their order and leaves the rollup alone).
CREATE FUNCTION "store_rollup_on_order_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "store_rollup_items_add"(OLD."id", OLD."storeId", OLD."createdAt", OLD."status", -1)\073
  RETURN OLD\073
END ';

CREATE FUNCTION "store_rollup_on_item"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  o record\073
BEGIN
  IF TG_OP IN (''UPDATE'', ''DELETE'') THEN
    SELECT "storeId", "createdAt", "status" INTO o FROM "Order" WHERE "id" = OLD."orderId"\073
    IF FOUND THEN
      INSERT INTO "StoreVariantDailyRollup" AS r ("storeId", "day", "status", "variantId", "units", "sales")
      VALUES (o."storeId", (o."createdAt" + interval ''7 hours'')::date, o."status", OLD."variantId",
        -OLD."quantity", -(OLD."quantity"::bigint * OLD."price"))
      ON CONFLICT ("storeId", "day", "status", "variantId")
      DO UPDATE SET "units" = r."units" + EXCLUDED."units", "sales" = r."sales" + EXCLUDED."sales"\073
    END IF\073
  END IF\073
  IF TG_OP IN (''INSERT'', ''UPDATE'') THEN
    SELECT "storeId", "createdAt", "status" INTO o FROM "Order" WHERE "id" = NEW."orderId"\073
    INSERT INTO "StoreVariantDailyRollup" AS r ("storeId", "day", "status", "variantId", "units", "sales")
    VALUES (o."storeId", (o."createdAt" + interval ''7 hours'')::date, o."status", NEW."variantId",
      NEW."quantity", NEW."quantity"::bigint * NEW."price")
    ON CONFLICT ("storeId", "day", "status", "variantId")
    DO UPDATE SET "units" = r."units" + EXCLUDED."units", "sales" = r."sales" + EXCLUDED."sales"\073
  END IF\073
  RETURN NULL\073
END ';

CREATE CONSTRAINT TRIGGER "store_rollup" AFTER INSERT OR UPDATE OR DELETE ON "Order"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "store_rollup_on_order"();
CREATE TRIGGER "store_rollup_items" AFTER UPDATE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION "store_rollup_items_on_order"();
CREATE TRIGGER "store_rollup_delete" BEFORE DELETE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION "store_rollup_on_order_delete"();
CREATE TRIGGER "store_rollup" AFTER INSERT OR UPDATE OR DELETE ON "OrderItem"
  FOR EACH ROW EXECUTE FUNCTION "store_rollup_on_item"();

-- Backfill: the orders written before the rollups existed.
INSERT INTO "StoreDailyRollup" ("storeId", "day", "status", "paymentMethod", "courierCode",
  "csMemberId", "formId", "orders", "items", "revenue", "itemsTotal", "shipping", "codFees")
SELECT o."storeId", (o."createdAt" + interval '7 hours')::date, o."status", o."paymentMethod",
  o."courierCode", COALESCE(o."csMemberId", '00000000-0000-0000-0000-000000000000'),
  COALESCE(o."formId", '00000000-0000-0000-0000-000000000000'), count(*), sum(o."itemCount"),
  sum(o."total"), sum(o."itemsTotal"), sum(o."shippingCost"), sum(o."codFee")
FROM "Order" o GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO "StoreVariantDailyRollup" ("storeId", "day", "status", "variantId", "units", "sales")
SELECT o."storeId", (o."createdAt" + interval '7 hours')::date, o."status", i."variantId",
  sum(i."quantity"), sum(i."quantity"::bigint * i."price")
FROM "OrderItem" i JOIN "Order" o ON o."id" = i."orderId"
GROUP BY 1, 2, 3, 4;
