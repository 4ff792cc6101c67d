CREATE TABLE "order_reviews" (
	"site_id" text NOT NULL,
	"order_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "order_reviews_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"label" text NOT NULL,
	"note" text,
	"reviewer" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "order_reviews_site_id_order_id_id_pk" PRIMARY KEY("site_id","order_id","id")
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "label_reviewer" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "person_key" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "kana_key" text;--> statement-breakpoint
ALTER TABLE "secret_keys" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "order_reviews_order_idx" ON "order_reviews" USING btree ("site_id","order_id","at");--> statement-breakpoint
CREATE INDEX "orders_recent_idx" ON "orders" USING btree ("site_id","placed_at","order_id");--> statement-breakpoint
CREATE INDEX "orders_decision_idx" ON "orders" USING btree ("site_id","decision","placed_at","order_id");--> statement-breakpoint
CREATE INDEX "orders_open_idx" ON "orders" USING btree ("site_id","placed_at","order_id") WHERE "orders"."decision" = 'review' and "orders"."label" is null;--> statement-breakpoint
CREATE INDEX "orders_decided_idx" ON "orders" USING btree ("site_id","placed_at","order_id") WHERE "orders"."label" is not null;--> statement-breakpoint
CREATE INDEX "orders_score_idx" ON "orders" USING btree ("site_id","score");--> statement-breakpoint
CREATE INDEX "orders_reasons_idx" ON "orders" USING gin ("reasons" jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "orders_person_idx" ON "orders" USING btree ("site_id","person_key");--> statement-breakpoint
CREATE INDEX "orders_kana_idx" ON "orders" USING btree ("site_id","kana_key");--> statement-breakpoint
-- Written by hand: orders stored before this migration get the name key their identifier rows
-- already carry, and the label a person gave becomes the first entry of its history.
UPDATE "orders" o SET "person_key" = i."person_key" FROM (
  SELECT DISTINCT ON ("site_id", "order_id") "site_id", "order_id", "person_key" FROM "order_identifiers"
  WHERE "person_key" IS NOT NULL ORDER BY "site_id", "order_id"
) i WHERE o."site_id" = i."site_id" AND o."order_id" = i."order_id";--> statement-breakpoint
INSERT INTO "order_reviews" ("site_id", "order_id", "label", "note", "reviewer", "at")
SELECT "site_id", "order_id", "label", "label_note", NULL, "labeled_at"
FROM "orders" WHERE "label" IS NOT NULL AND "labeled_at" IS NOT NULL;
