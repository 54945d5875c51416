CREATE TYPE "public"."product_kind" AS ENUM('product', 'service');--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"currency" text NOT NULL,
	"base_currency" text NOT NULL,
	"rate" numeric(24, 10) NOT NULL,
	"valid_from" date NOT NULL,
	CONSTRAINT "exchange_rates_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "exchange_rates_rate_check" CHECK ("exchange_rates"."rate" > 0),
	CONSTRAINT "exchange_rates_currency_check" CHECK ("exchange_rates"."currency" <> "exchange_rates"."base_currency")
);
--> statement-breakpoint
ALTER TABLE "exchange_rates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	CONSTRAINT "price_lists_org_id_id_key" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "price_lists" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "product_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"price_list_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"unit_price" numeric(20, 4) NOT NULL,
	CONSTRAINT "product_prices_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "product_prices_org_list_product_key" UNIQUE("org_id","price_list_id","product_id"),
	CONSTRAINT "product_prices_unit_price_check" CHECK ("product_prices"."unit_price" >= 0)
);
--> statement-breakpoint
ALTER TABLE "product_prices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" "product_kind" DEFAULT 'product' NOT NULL,
	"unit" text DEFAULT 'unit' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"tax_rate_id" uuid NOT NULL,
	CONSTRAINT "products_org_id_id_key" UNIQUE("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tax_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"archived_at" timestamp (3) with time zone,
	"name" text NOT NULL,
	"rate" numeric(6, 3) NOT NULL,
	"country" text,
	"is_default" boolean DEFAULT false NOT NULL,
	CONSTRAINT "tax_rates_org_id_id_key" UNIQUE("org_id","id"),
	CONSTRAINT "tax_rates_rate_check" CHECK ("tax_rates"."rate" >= 0 and "tax_rates"."rate" <= 100)
);
--> statement-breakpoint
ALTER TABLE "tax_rates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_price_list_fk" FOREIGN KEY ("org_id","price_list_id") REFERENCES "public"."price_lists"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_product_fk" FOREIGN KEY ("org_id","product_id") REFERENCES "public"."products"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_tax_rate_fk" FOREIGN KEY ("org_id","tax_rate_id") REFERENCES "public"."tax_rates"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tax_rates" ADD CONSTRAINT "tax_rates_org_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exchange_rates_org_valid_from_key" ON "exchange_rates" USING btree ("org_id","base_currency","currency","valid_from") WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "exchange_rates_org_valid_from_idx" ON "exchange_rates" USING btree ("org_id","valid_from","id");--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_org_name_key" ON "price_lists" USING btree ("org_id",lower("name")) WHERE archived_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "price_lists_org_is_default_key" ON "price_lists" USING btree ("org_id") WHERE is_default and archived_at is null;--> statement-breakpoint
CREATE INDEX "product_prices_product_idx" ON "product_prices" USING btree ("org_id","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_org_sku_key" ON "products" USING btree ("org_id",lower("sku")) WHERE archived_at is null;--> statement-breakpoint
CREATE INDEX "products_org_name_idx" ON "products" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "products_org_sku_idx" ON "products" USING btree ("org_id","sku","id");--> statement-breakpoint
CREATE INDEX "products_org_created_idx" ON "products" USING btree ("org_id","created_at","id");--> statement-breakpoint
CREATE INDEX "products_org_category_idx" ON "products" USING btree ("org_id","category");--> statement-breakpoint
CREATE INDEX "products_org_tax_rate_idx" ON "products" USING btree ("org_id","tax_rate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_rates_org_name_key" ON "tax_rates" USING btree ("org_id",lower("name")) WHERE archived_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "tax_rates_org_is_default_key" ON "tax_rates" USING btree ("org_id") WHERE is_default and archived_at is null;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "exchange_rates" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "price_lists" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "product_prices" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "products" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tax_rates" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
-- Organisations created before the catalog existed get what new ones get (seedCatalogDefaults): a default
-- price list in the base currency and a default "Standard" tax rate guessed from it (standardTaxRateFor),
-- each on record as a change Ciclo made by itself.
WITH created AS (
  INSERT INTO "price_lists" ("org_id", "name", "currency", "is_default")
  SELECT o."id", 'General', o."base_currency", true FROM "organizations" o
  RETURNING "id", "org_id", "name", "currency"
)
INSERT INTO "audit_events" ("org_id", "entity_type", "entity_id", "action", "changes", "request_id")
SELECT "org_id", 'price-lists', "id", 'create',
  jsonb_build_object('name', jsonb_build_object('before', null, 'after', "name"), 'currency', jsonb_build_object('before', null, 'after', "currency"),
    'isDefault', jsonb_build_object('before', null, 'after', true)),
  'migration-0003-catalog'
FROM created;--> statement-breakpoint
WITH created AS (
  INSERT INTO "tax_rates" ("org_id", "name", "rate", "country", "is_default")
  SELECT o."id", 'Standard',
    CASE o."base_currency" WHEN 'EUR' THEN 21 WHEN 'MXN' THEN 16 WHEN 'IRR' THEN 10 ELSE 0 END,
    CASE o."base_currency" WHEN 'MXN' THEN 'MX' WHEN 'IRR' THEN 'IR' END,
    true
  FROM "organizations" o
  RETURNING "id", "org_id", "name", "rate", "country"
)
INSERT INTO "audit_events" ("org_id", "entity_type", "entity_id", "action", "changes", "request_id")
SELECT "org_id", 'tax-rates', "id", 'create',
  jsonb_build_object('name', jsonb_build_object('before', null, 'after', "name"), 'rate', jsonb_build_object('before', null, 'after', trim(trailing '.' from trim(trailing '0' from "rate"::text))),
    'isDefault', jsonb_build_object('before', null, 'after', true))
    || CASE WHEN "country" IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('country', jsonb_build_object('before', null, 'after', "country")) END,
  'migration-0003-catalog'
FROM created;
